package ch.postdesk.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirectoryLoaderTest {

    @Test
    void demoDirectoryLoads() {
        Directory demo = DirectoryLoader.load(Path.of("config/directory.yaml"), TestDirectories.CHECK_START);

        assertThat(demo.team("platform")).isPresent();
        assertThat(demo.isTeamMember("platform", "agent@postdesk.test")).isTrue();
        assertThat(demo.isTeamMember("data", "agent@postdesk.test")).isTrue();
    }

    @Test
    void validFixtureBuildsLookups() {
        Directory directory = TestDirectories.valid();

        assertThat(directory.customerForAddress("boss@gmail.test")).map(c -> c.key()).contains("globex");
        assertThat(directory.accountManagersOf(directory.customer("acme").orElseThrow()))
                .containsExactly("am@example.test");
        assertThat(directory.responseTime(directory.customer("acme").orElseThrow())).contains(Duration.ofDays(2));
        assertThat(directory.staffAddresses()).contains("oncall-zurich@example.test", "oncall-default@example.test");
    }

    @ParameterizedTest(name = "{0} is inside: {1}")
    @CsvSource({
            // Acme: Europe/London, Monday to Friday 08:00-18:00 from the company default.
            "2026-12-07T08:00:00Z, true",
            "2026-12-07T07:59:00Z, false",
            "2026-12-07T17:59:00Z, true",
            "2026-12-07T18:00:00Z, false",
            "2026-12-05T12:00:00Z, false",
            // Summer time: 08:00 in London is 07:00 UTC.
            "2026-07-06T07:00:00Z, true",
            "2026-07-06T17:00:00Z, false"
    })
    void customerBusinessHoursUseCustomerZone(String instant, boolean inside) {
        Directory directory = TestDirectories.valid();
        WeeklyHours hours = directory.businessHours(directory.customer("acme").orElseThrow());

        assertThat(hours.contains(Instant.parse(instant))).isEqualTo(inside);
    }

    @Test
    void tierHoursApplyAroundTheClock() {
        Directory directory = TestDirectories.valid();
        WeeklyHours hours = directory.businessHours(directory.customer("globex").orElseThrow());

        assertThat(hours.contains(Instant.parse("2026-12-06T03:00:00Z"))).isTrue();
    }

    @ParameterizedTest(name = "{0} pages {1}")
    @CsvSource({
            // Zurich 08:00-14:00 local: 07:00-13:00 UTC in winter.
            "2026-12-05T08:30:00Z, oncall-zurich@example.test, zurich",
            // New York 10:00-16:00 local: 15:00-21:00 UTC in winter.
            "2026-12-05T16:00:00Z, oncall-newyork@example.test, new-york",
            // Sydney 08:00-16:00 local: 21:00-05:00 UTC in the southern summer.
            "2026-12-05T23:00:00Z, agent@example.test, sydney",
            // 13:30 UTC: after Zurich, before New York.
            "2026-12-05T13:30:00Z, oncall-default@example.test, default",
            // Summer: Zurich starts at 06:00 UTC, New York at 14:00 UTC.
            "2026-07-04T06:00:00Z, oncall-zurich@example.test, zurich",
            "2026-07-04T14:00:00Z, oncall-newyork@example.test, new-york"
    })
    void onCallFollowsTheSun(String instant, String address, String window) {
        OnCallSchedule schedule = TestDirectories.valid().onCall("platform").orElseThrow();

        OnCallSchedule.OnCallTarget target = schedule.at(Instant.parse(instant));

        assertThat(target.address()).isEqualTo(address);
        assertThat(target.window()).isEqualTo(window);
    }

    @Test
    void unknownTeamInCustomerRejected() {
        String yaml = TestDirectories.validYaml().replace("default-team: data", "default-team: sales");

        assertThatThrownBy(() -> TestDirectories.load(yaml))
                .isInstanceOf(DirectoryException.class)
                .hasMessageContaining("Directory file test.yaml is inconsistent")
                .hasMessageContaining("customer 'globex': default-team 'sales' is not a team key; use one of"
                        + " [platform, data]");
    }

    @Test
    void duplicateDomainRejected() {
        String yaml = TestDirectories.validYaml().replace("domains: [globex.test]", "domains: [globex.test, acme.test]");

        assertThatThrownBy(() -> TestDirectories.load(yaml))
                .hasMessageContaining("customer 'globex': domain 'acme.test' already belongs to customer 'acme';"
                        + " list each domain under one customer only");
    }

    @Test
    void overlappingOnCallWindowsRejected() {
        // With New York starting at 08:00, the windows only touch in most weeks. In the March
        // weeks when only the US observes summer time, Zurich runs until 13:00 UTC while New York
        // starts at 12:00 UTC, and the check must find that hour.
        String yaml = TestDirectories.validYaml().replace("""
                          time-zone: America/New_York
                          from: "10:00"\
                """, """
                          time-zone: America/New_York
                          from: "08:00"\
                """);

        assertThatThrownBy(() -> TestDirectories.load(yaml))
                .hasMessageContaining("team 'platform' on-call: windows 'zurich' and 'new-york' overlap (for example from")
                .hasMessageContaining("shift one so that it ends before the other begins");
    }

    @Test
    void invalidTimeZoneRejected() {
        String yaml = TestDirectories.validYaml().replace("time-zone: Europe/London", "time-zone: Europe/Londn");

        assertThatThrownBy(() -> TestDirectories.load(yaml))
                .hasMessageContaining("customer 'acme': time-zone 'Europe/Londn' is not valid; use an IANA name such as"
                        + " 'Europe/Zurich'");
    }

    @Test
    void invalidOnCallZoneRejected() {
        String yaml = TestDirectories.validYaml().replace("time-zone: Australia/Sydney", "time-zone: Sydney");

        assertThatThrownBy(() -> TestDirectories.load(yaml))
                .hasMessageContaining("team 'platform' on-call window 'sydney': time-zone 'Sydney' is not valid");
    }

    @Test
    void invalidBusinessHoursRejected() {
        String yaml = TestDirectories.validYaml().replace("to: \"18:00\"", "to: \"6pm\"");

        assertThatThrownBy(() -> TestDirectories.load(yaml))
                .hasMessageContaining("company: business-hours to '6pm' is not a time; use HH:mm such as \"08:00\"");
    }

    @Test
    void unknownTierRejected() {
        String yaml = TestDirectories.validYaml().replace("tier: standard", "tier: gold");

        assertThatThrownBy(() -> TestDirectories.load(yaml))
                .hasMessageContaining("customer 'acme': tier 'gold' is not a tier key; use one of [standard, premium-24x7]");
    }

    @Test
    void onCallMemberOutsideTeamRejected() {
        String yaml = TestDirectories.validYaml().replace("member: agent@example.test", "member: stranger@example.test");

        assertThatThrownBy(() -> TestDirectories.load(yaml))
                .hasMessageContaining("team 'platform' on-call window 'sydney': member 'stranger@example.test' is not a"
                        + " member of the team");
    }

    @Test
    void agentTeamMissingFromTeamMembersRejected() {
        String yaml = TestDirectories.validYaml().replace(
                "members: [agent@example.test]\n    time-zone: America/New_York",
                "members: []\n    time-zone: America/New_York");

        assertThatThrownBy(() -> TestDirectories.load(yaml))
                .hasMessageContaining("agent 'Test Agent': lists team 'data' but that team's members do not include"
                        + " the agent");
    }

    @Test
    void invalidRoleRejected() {
        String yaml = TestDirectories.validYaml().replace("roles: [agent, team-member]", "roles: [admin]");

        assertThatThrownBy(() -> TestDirectories.load(yaml))
                .hasMessageContaining("agent 'Test Agent': role 'admin' is not valid; use agent, team-member or lead");
    }

    @Test
    void invalidDefaultPriorityRejected() {
        String yaml = TestDirectories.validYaml().replace("default-priority: P3", "default-priority: urgent");

        assertThatThrownBy(() -> TestDirectories.load(yaml))
                .hasMessageContaining("customer 'acme': default-priority 'urgent' is not valid; use P1, P2, P3 or P4");
    }

    @Test
    void unknownFieldRejectedWithPath() {
        String yaml = TestDirectories.validYaml().replace("queue-address: platform@example.test",
                "queue-adress: platform@example.test");

        assertThatThrownBy(() -> TestDirectories.load(yaml))
                .hasMessageContaining("Directory file test.yaml is not valid")
                .hasMessageContaining("queue-adress");
    }
}
