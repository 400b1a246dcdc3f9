package ch.postdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Loading and matching of SLA policies. */
class SlaPolicyLoaderTest {

    private static SlaPolicies load(String yaml) {
        return SlaPolicyLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    @Test
    void shippedFileLoads() {
        SlaPolicies policies = SlaPolicyLoader.load(Path.of("config/sla.yaml"));

        assertThat(policies.find("premium-24x7", "P1")).map(SlaPolicy::name).contains("premium-urgent");
        assertThat(policies.find("premium-24x7", "P3")).map(SlaPolicy::name).contains("premium");
        assertThat(policies.find("business", null)).map(SlaPolicy::name).contains("business");
        assertThat(policies.find(null, "P2")).map(SlaPolicy::name).contains("standard");
    }

    @Test
    void firstMatchingPolicyWins() {
        SlaPolicies policies = load("""
                holiday-calendars:
                  ch: [2026-12-25]
                policies:
                  - name: urgent
                    tier: gold
                    priorities: [p1]
                    calendar: 24x7
                    first-response: 15m
                    resolution: 4h
                    warning-percent: 50
                  - name: gold
                    tier: gold
                    calendar: business-hours
                    holidays: ch
                    first-response: 4h
                    next-update: 1d
                    resolution: 2d
                """);

        SlaPolicy urgent = policies.find("gold", "P1").orElseThrow();
        assertThat(urgent.aroundTheClock()).isTrue();
        assertThat(urgent.nextUpdate()).isNull();
        assertThat(urgent.warningPercent()).isEqualTo(50);
        SlaPolicy gold = policies.find("gold", "P2").orElseThrow();
        assertThat(gold.holidays()).containsExactly(LocalDate.of(2026, 12, 25));
        assertThat(gold.firstResponse()).isEqualTo(Duration.ofHours(4));
        assertThat(gold.warningPercent()).isEqualTo(80);
        assertThat(policies.find("silver", "P1")).isEmpty();
    }

    @Test
    void invalidPoliciesAreListedTogether() {
        assertThatThrownBy(() -> load("""
                policies:
                  - name: broken
                    calendar: weekdays
                    holidays: nowhere
                    first-response: soon
                    priorities: [P9]
                    warning-percent: 120
                """))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("calendar 'weekdays' is not valid")
                .hasMessageContaining("holidays 'nowhere'")
                .hasMessageContaining("first-response 'soon' is not a duration")
                .hasMessageContaining("resolution is missing")
                .hasMessageContaining("priority 'P9'")
                .hasMessageContaining("warning-percent 120");
    }
}
