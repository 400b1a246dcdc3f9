package ch.postdesk.directory;

import ch.postdesk.config.ReloadableConfig;
import ch.postdesk.config.ReloadableConfigSource;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Holds the active directory. Loading fails at startup when the file is invalid; a later change
 * is loaded by {@link ch.postdesk.config.ConfigReloader}, and an invalid change leaves the
 * previous directory active.
 */
@Service
public class DirectoryService implements ReloadableConfigSource {

    private static final Logger log = LoggerFactory.getLogger(DirectoryService.class);

    private final ReloadableConfig<Directory> config;

    public DirectoryService(DirectoryProperties properties, Clock clock) {
        this.config = new ReloadableConfig<>("directory", properties.file(),
                path -> DirectoryLoader.load(path, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)), clock);
        Directory directory = config.current();
        log.info("Directory loaded from {}: {} customers, {} teams", properties.file(),
                directory.customers().size(), directory.teams().size());
    }

    public Directory current() {
        return config.current();
    }

    @Override
    public ReloadableConfig<Directory> config() {
        return config;
    }
}
