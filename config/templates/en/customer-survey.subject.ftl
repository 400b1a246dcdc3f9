How satisfied are you with ${company.name}?
