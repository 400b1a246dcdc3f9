package ch.postdesk.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Shows the reloadable configuration files under {@code /actuator/health} as component
 * {@code configuration}. A rejected reload does not make Postdesk unhealthy, because the previous
 * version keeps working; the details name the error so that an operator can fix the file.
 */
@Component("configuration")
public class ConfigurationHealthIndicator implements HealthIndicator {

    private final List<ReloadableConfigSource> sources;

    public ConfigurationHealthIndicator(List<ReloadableConfigSource> sources) {
        this.sources = sources;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up();
        for (ReloadableConfigSource source : sources) {
            ReloadableConfig.Status status = source.config().status();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("file", status.file());
            details.put("loadedAt", status.loadedAt().toString());
            details.put("state", status.error() == null ? "active" : "reload-rejected");
            if (status.error() != null) {
                details.put("error", status.error());
                details.put("failedAt", status.failedAt().toString());
            }
            health.withDetail(status.name(), details);
        }
        return health.build();
    }
}
