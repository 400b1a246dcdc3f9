Your support requests at ${company.name}
