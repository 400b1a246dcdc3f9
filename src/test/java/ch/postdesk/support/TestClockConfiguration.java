package ch.postdesk.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the application clock with a {@link MutableClock} in the shared integration test context. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    /** Primary, so that it wins over the application's system clock wherever a {@code Clock} is injected. */
    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }
}
