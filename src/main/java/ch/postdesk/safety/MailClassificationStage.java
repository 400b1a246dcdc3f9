package ch.postdesk.safety;

import ch.postdesk.directory.Directory;
import ch.postdesk.inbound.InboundMail;
import ch.postdesk.inbound.InboundProperties;
import ch.postdesk.notify.OwnAddresses;
import ch.postdesk.outbox.OutboundProperties;
import ch.postdesk.parsing.MailAddress;
import ch.postdesk.parsing.ParsedMail;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Pipeline stage after parsing: gives the mail its {@link Classification} and lists its
 * participants without Postdesk's own addresses. It reads only; what each class does happens in
 * the store step ({@link MailSafetyHandler}).
 */
@Component("mailClassification")
public class MailClassificationStage {

    private static final Logger log = LoggerFactory.getLogger(MailClassificationStage.class);

    private final MailClassifier classifier;
    private final OwnAddresses ownAddresses;
    private final VerpAddress verp;

    public MailClassificationStage(InboundProperties inbound, OutboundProperties outbound, SafetyProperties safety,
            OwnAddresses ownAddresses) {
        Set<String> system = new LinkedHashSet<>();
        inbound.mailboxes().forEach(m -> system.add(Directory.normalize(m.address())));
        system.add(Directory.normalize(outbound.fromAddress()));
        if (outbound.bounceAddress() != null && !outbound.bounceAddress().isBlank()) {
            system.add(Directory.normalize(outbound.bounceAddress()));
        }
        this.verp = new VerpAddress(outbound.bounceAddress(), outbound.messageIdDomain());
        this.classifier = new MailClassifier(outbound.loopMarker(), outbound.messageIdDomain(), system, verp,
                safety.spam());
        this.ownAddresses = ownAddresses;
    }

    public void classify(InboundMail mail) {
        ParsedMail parsed = mail.parsed();
        Classification classification = classifier.classify(parsed, mail.oversized() ? null : mail.raw());
        mail.setClassification(classification);
        mail.setParticipants(participants(parsed));
        if (!classification.human()) {
            log.info("Classified <{}> from {} as {}: {}", parsed.messageId(), parsed.fromAddress(),
                    classification.mailClass().apiName(), classification.reason());
        }
    }

    private List<String> participants(ParsedMail parsed) {
        Set<String> own = ownAddresses.all();
        List<MailAddress> all = new ArrayList<>();
        if (parsed.from() != null) {
            all.add(parsed.from());
        }
        all.addAll(parsed.replyTo());
        all.addAll(parsed.to());
        all.addAll(parsed.cc());
        Set<String> result = new LinkedHashSet<>();
        for (MailAddress address : all) {
            if (address.valid() && !own.contains(Directory.normalize(address.address()))
                    && !verp.isBounceAddress(address.address())) {
                result.add(address.address());
            }
        }
        return List.copyOf(result);
    }
}
