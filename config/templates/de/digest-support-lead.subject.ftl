Support-Prozess vom ${digest.metrics.from} bis ${digest.metrics.to}
