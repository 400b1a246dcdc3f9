Wie zufrieden sind Sie mit ${company.name}?
