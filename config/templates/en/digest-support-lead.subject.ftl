Support process from ${digest.metrics.from} to ${digest.metrics.to}
