package ch.postdesk.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.postdesk.communication.FollowUpPlanner.Action;
import ch.postdesk.sla.SlaPolicyService;
import ch.postdesk.support.CommunicationTestSupport;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Status mail, keeping informed and reopening over real SMTP and IMAP, with the clock moved
 * forward instead of waiting. Acme is tier business (update every 2 business days), Beispiel is
 * tier premium-24x7 (reminders after 2 and 4, resolution after 8 business days).
 */
class CustomerCommunicationTest extends CommunicationTestSupport {

    @Autowired
    private SlaPolicyService slaPolicies;

    /**
     * Moves the shared clock to a Monday morning followed by five weeks without any public holiday of
     * the SLA calendars, so that the business-day counts below do not depend on the date the earlier
     * tests left the clock at.
     */
    @BeforeEach
    void startOnQuietMonday() {
        Set<LocalDate> holidays = slaPolicies.current().policies().stream()
                .flatMap(policy -> policy.holidays().stream())
                .collect(Collectors.toSet());
        ZoneId zurich = ZoneId.of("Europe/Zurich");
        LocalDate day = clock.instant().atZone(zurich).toLocalDate().plusDays(1);
        while (day.getDayOfWeek() != DayOfWeek.MONDAY || holidayWithinFiveWeeks(day, holidays)) {
            day = day.plusDays(1);
        }
        clock.advanceTo(day.atTime(9, 0).atZone(zurich).toInstant());
    }

    private static boolean holidayWithinFiveWeeks(LocalDate monday, Set<LocalDate> holidays) {
        return holidays.stream().anyMatch(h -> !h.isBefore(monday) && h.isBefore(monday.plusWeeks(5)));
    }

    @Autowired
    private KeepingInformedJob keepingInformed;

    @Test
    void everyCustomerMailIsThreaded() {
        OpenedTicket ticket = openTicket("acme.test", "Printer broken");
        String number = ticket.number();

        setStatus(number, "waiting-team");
        awaitMail(ticket.customer(), "being worked on");
        assertThat(postJson("/api/tickets/" + number + "/replies", "{\"author\":\"" + AGENT
                + "\",\"text\":\"Please restart the printer.\",\"status\":\"waiting-customer\"}").statusCode())
                .isEqualTo(201);
        // The acknowledgement has the same subject, so wait for the second mail with it.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mailsWithSubject(ticket.customer(), "Re: Printer broken").size() == 2);
        MimeMessage agentReply = mailsWithSubject(ticket.customer(), "Re: Printer broken").stream()
                .filter(m -> header(m, "Auto-Submitted") == null).findFirst().orElseThrow();
        setStatus(number, "with-account-manager");
        awaitMail(ticket.customer(), "account manager");
        setStatus(number, "resolved");
        awaitMail(ticket.customer(), "Resolved:");
        awaitMail(ticket.customer(), "How did we do?");
        setStatus(number, "closed");
        awaitMail(ticket.customer(), "Closed:");

        List<MimeMessage> all = inbox(ticket.customer());
        assertThat(all).hasSize(7);
        for (MimeMessage mail : all) {
            String name = subject(mail);
            assertThat(name).as("subject").contains("[" + number + "]");
            assertThat(header(mail, "In-Reply-To")).as(name).isEqualTo("<" + ticket.firstMessageId() + ">");
            assertThat(header(mail, "References")).as(name).contains("<" + ticket.firstMessageId() + ">");
            assertThat(header(mail, "Reply-To")).as(name).contains(SUPPORT);
            assertThat(header(mail, "X-Postdesk-Ticket")).as(name).isEqualTo(number);
            assertThat(html(mail)).as(name).doesNotContain("<img");
            if (!header(mail, "Message-ID").equals(header(agentReply, "Message-ID"))) {
                assertThat(header(mail, "Auto-Submitted")).as(name).startsWith("auto-");
            }
        }
        assertThat(header(agentReply, "Auto-Submitted")).isNull();
        assertThat(text(agentReply)).contains("Please restart the printer.").doesNotContain("Please help.");
        assertThat(ticketStatus(number)).isEqualTo("CLOSED");
    }

    @Test
    void stillInProgressEveryTwoBusinessDays() {
        OpenedTicket ticket = openTicket("acme.test", "VPN slow");
        setStatus(ticket.number(), "waiting-team");
        awaitMail(ticket.customer(), "being worked on");

        clock.advance(Duration.ofHours(1));
        assertThat(keepingInformed.check(ticket.number())).isEqualTo(Action.NONE);

        clock.advance(Duration.ofDays(4));
        assertThat(keepingInformed.check(ticket.number())).isEqualTo(Action.STILL_IN_PROGRESS);
        MimeMessage update = awaitMail(ticket.customer(), "Still in progress");
        assertThat(text(update)).contains("our platform specialists").contains("next update by");
        assertThat(header(update, "Auto-Submitted")).isEqualTo("auto-generated");
        assertThat(keepingInformed.check(ticket.number())).isEqualTo(Action.NONE);

        // An agent writes within the next period, so no update is due at its end.
        clock.advance(Duration.ofDays(4));
        assertThat(postJson("/api/tickets/" + ticket.number() + "/replies", "{\"author\":\"" + AGENT
                + "\",\"text\":\"We found the cause.\"}").statusCode()).isEqualTo(201);
        assertThat(keepingInformed.check(ticket.number())).isEqualTo(Action.NONE);

        clock.advance(Duration.ofDays(4));
        assertThat(keepingInformed.check(ticket.number())).isEqualTo(Action.STILL_IN_PROGRESS);
    }

    @Test
    void remindersThenAutomaticResolution() {
        OpenedTicket ticket = openTicket("beispiel.test", "Zugang gesperrt");
        setStatus(ticket.number(), "waiting-customer");
        awaitMail(ticket.customer(), "Wir benötigen Angaben");

        assertThat(keepingInformed.check(ticket.number())).isEqualTo(Action.NONE);
        clock.advance(Duration.ofDays(4));
        assertThat(keepingInformed.check(ticket.number())).isEqualTo(Action.FIRST_REMINDER);
        assertThat(text(awaitMail(ticket.customer(), "] Erinnerung"))).contains("warten wir noch auf Ihre Antwort");
        clock.advance(Duration.ofDays(3));
        assertThat(keepingInformed.check(ticket.number())).isEqualTo(Action.SECOND_REMINDER);
        awaitMail(ticket.customer(), "Zweite Erinnerung");
        assertThat(keepingInformed.check(ticket.number())).isEqualTo(Action.NONE);
        clock.advance(Duration.ofDays(5));
        assertThat(keepingInformed.check(ticket.number())).isEqualTo(Action.AUTO_RESOLVE);

        MimeMessage notice = awaitMail(ticket.customer(), "Ohne Antwort erledigt");
        assertThat(header(notice, "Auto-Submitted")).isEqualTo("auto-generated");
        assertThat(ticketStatus(ticket.number())).isEqualTo("RESOLVED");
        assertThat(mailsWithSubject(ticket.customer(), "Wie zufrieden")).isEmpty();
    }

    @Test
    void customerAnswerStopsReminders() {
        OpenedTicket ticket = openTicket("acme.test", "Licence question");
        setStatus(ticket.number(), "waiting-customer");
        MimeMessage question = awaitMail(ticket.customer(), "We need information");

        reply(ticket.customer(), question, "The licence key is ABC-123.");

        await().atMost(Duration.ofSeconds(20)).until(() -> "OPEN".equals(ticketStatus(ticket.number())));
        clock.advance(Duration.ofDays(7));
        assertThat(keepingInformed.check(ticket.number())).isEqualTo(Action.NONE);
    }

    @Test
    void replyWithinPeriodReopens() {
        OpenedTicket ticket = openTicket("acme.test", "Mail quota");
        setStatus(ticket.number(), "resolved");
        MimeMessage resolved = awaitMail(ticket.customer(), "Resolved:");

        clock.advance(Duration.ofDays(13));
        reply(ticket.customer(), resolved, "The quota is full again.");

        MimeMessage reopened = awaitMail(ticket.customer(), "Reopened:");
        assertThat(ticketStatus(ticket.number())).isEqualTo("OPEN");
        assertThat(ticketCount(ticket.customer())).isEqualTo(1);
        assertThat(header(reopened, "In-Reply-To")).isNotEqualTo("<" + ticket.firstMessageId() + ">");
    }

    @Test
    void lateReplyOpensLinkedTicket() {
        OpenedTicket ticket = openTicket("acme.test", "Backup failed");
        setStatus(ticket.number(), "resolved");
        MimeMessage resolved = awaitMail(ticket.customer(), "Resolved:");

        clock.advance(Duration.ofDays(15));
        reply(ticket.customer(), resolved, "The backup failed again last night.");

        await().atMost(Duration.ofSeconds(20)).until(() -> ticketCount(ticket.customer()) == 2);
        assertThat(ticketStatus(ticket.number())).isEqualTo("RESOLVED");
        String newNumber = jdbc.queryForObject("select number from ticket where contact_address = ? and number <> ?",
                String.class, ticket.customer().toLowerCase(), ticket.number());
        assertThat(get("/api/tickets/" + ticket.number() + "/links", API_TOKEN).body())
                .contains("\"linkedTicket\":\"" + newNumber + "\"").contains("follow-up");
        assertThat(historyTypes(ticket.number())).contains("follow-up-ticket");
        assertThat(historyTypes(newNumber)).contains("follows-up");
        awaitMail(ticket.customer(), "[" + newNumber + "]");
    }
}
