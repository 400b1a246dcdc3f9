package ch.postdesk.content;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@link Spooling} bean, and removal of spool files that a crashed process left behind. */
@Configuration(proxyBeanMethods = false)
class SpoolConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SpoolConfiguration.class);

    /** A spool file lives only while one mail is processed; one this old belongs to no running process. */
    private static final Duration LEFTOVER_AGE = Duration.ofHours(6);

    @Bean
    Spooling spooling(SpoolProperties properties) {
        return properties.spooling();
    }

    @Bean
    ApplicationRunner spoolCleanup(Spooling spooling, Clock clock) {
        return args -> {
            int deleted = spooling.deleteLeftovers(clock.instant().minus(LEFTOVER_AGE));
            if (deleted > 0) {
                log.warn("Deleted {} spool files left behind in {}", deleted, spooling.directory());
            }
        };
    }
}
