package ch.postdesk.inbound;

import ch.postdesk.directory.Directory;
import ch.postdesk.directory.DirectoryService;
import org.springframework.stereotype.Component;

/**
 * Pipeline stage that finds the sender's customer in the directory by address, then by domain,
 * and picks the language of the customer's templates (the company default for unknown senders).
 */
@Component("customerResolver")
public class CustomerResolver {

    private final DirectoryService directoryService;

    public CustomerResolver(DirectoryService directoryService) {
        this.directoryService = directoryService;
    }

    public void resolve(InboundMail mail) {
        Directory directory = directoryService.current();
        var customer = directory.customerForAddress(mail.parsed().fromAddress()).orElse(null);
        mail.setCustomer(customer);
        mail.setLanguage(customer != null && customer.language() != null
                ? customer.language() : directory.defaultLanguage());
    }
}
