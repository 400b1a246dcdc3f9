package ch.postdesk.sla;

import ch.postdesk.config.ReloadableConfig;
import ch.postdesk.config.ReloadableConfigSource;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Holds the active SLA policies; an invalid change of the file leaves the previous policies active. */
@Service
public class SlaPolicyService implements ReloadableConfigSource {

    private static final Logger log = LoggerFactory.getLogger(SlaPolicyService.class);

    private final ReloadableConfig<SlaPolicies> config;

    public SlaPolicyService(SlaProperties properties, Clock clock) {
        this.config = new ReloadableConfig<>("sla", properties.file(), SlaPolicyLoader::load, clock);
        log.info("SLA policies loaded from {}: {}", properties.file(),
                config.current().policies().stream().map(SlaPolicy::name).toList());
    }

    public SlaPolicies current() {
        return config.current();
    }

    @Override
    public ReloadableConfig<SlaPolicies> config() {
        return config;
    }
}
