package ch.postdesk.triage;

import ch.postdesk.config.ReloadableConfig;
import ch.postdesk.config.ReloadableConfigSource;
import ch.postdesk.directory.DirectoryService;
import ch.postdesk.inbound.InboundProperties;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Holds the active triage rules. An invalid file stops Postdesk at startup; an invalid change
 * later leaves the previous rules active. Rules are checked against the directory that is active
 * when they load.
 */
@Service
public class TriageRulesService implements ReloadableConfigSource {

    private static final Logger log = LoggerFactory.getLogger(TriageRulesService.class);

    private final ReloadableConfig<TriageRules> config;

    public TriageRulesService(TriageProperties properties, DirectoryService directory, InboundProperties inbound,
            Clock clock) {
        Set<String> mailboxes = new LinkedHashSet<>();
        inbound.mailboxes().forEach(mailbox -> mailboxes.add(mailbox.id()));
        this.config = new ReloadableConfig<>("triage-rules", properties.rulesFile(),
                path -> TriageRulesLoader.load(path, directory.current(), mailboxes), clock);
        log.info("Triage rules loaded from {}: {} rules and the default rule '{}'", properties.rulesFile(),
                config.current().rules().size(), config.current().defaultRule().name());
    }

    public TriageRules current() {
        return config.current();
    }

    @Override
    public ReloadableConfig<TriageRules> config() {
        return config;
    }
}
