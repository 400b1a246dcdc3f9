Low satisfaction rating ${rating.value}/5 from ${rating.customerName}
