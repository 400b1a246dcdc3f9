Niedrige Zufriedenheitsbewertung ${rating.value}/5 von ${rating.customerName}
