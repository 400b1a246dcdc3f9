Ihre Support-Anfragen bei ${company.name}
