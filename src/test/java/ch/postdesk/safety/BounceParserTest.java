package ch.postdesk.safety;

import static org.assertj.core.api.Assertions.assertThat;

import ch.postdesk.parsing.MailParser;
import ch.postdesk.safety.BounceReport.FailedRecipient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Recipient extraction of {@link BounceParser} on small notifications written for these tests,
 * one per wording of the MTAs that send no machine-readable delivery status.
 */
class BounceParserTest {

    private static final MailParser PARSER = new MailParser();
    private final BounceParser parser = new BounceParser();

    @Test
    void deliveryStatusReportsOriginalRecipient() {
        BounceReport report = parse("""
                From: Mail Delivery System <MAILER-DAEMON@mx.partner.test>
                To: bounces@postdesk.test
                Subject: Delivery Status Notification (Failure)
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

                --b1
                Content-Type: text/plain

                Your message could not be delivered.

                --b1
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.partner.test

                Final-Recipient: rfc822; bob.forwarded@elsewhere.test
                Original-Recipient: rfc822;bob@partner.test
                Action: failed
                Status: 5.2.2

                --b1--
                """);

        assertThat(report.format()).isEqualTo("rfc3464");
        assertThat(report.recipients()).extracting(FailedRecipient::address)
                .containsExactly("bob.forwarded@elsewhere.test", "bob@partner.test");
        assertThat(report.recipients()).allSatisfy(recipient -> assertThat(recipient.status()).isEqualTo("5.2.2"));
    }

    @Test
    void deliveryStatusSkipsX400FinalRecipient() {
        BounceReport report = parse("""
                From: postmaster@gateway.partner.test
                To: bounces@postdesk.test
                Subject: Delivery Report (failure) for bob@partner.test
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

                --b1
                Content-Type: text/plain

                This report relates to your message:
                    Message-ID: <pd.pd-1001.6a1b2c3d@postdesk.test>,
                    To: <bob@partner.test>

                --b1
                Content-Type: message/delivery-status

                Reporting-MTA: x400; mta gateway in /ADMD= /C=CH/

                Original-Recipient: rfc822; bob@partner.test
                Final-Recipient: x400; /S=bob/O=partner/ADMD= /C=CH/
                Action: failed
                Status: 5.0.0

                --b1--
                """);

        assertThat(report.recipients()).extracting(FailedRecipient::address).containsExactly("bob@partner.test");
        assertThat(report.permanent()).isTrue();
    }

    @Test
    void wrappedReportRead() {
        BounceReport report = parse("""
                From: postmaster@partner.test
                To: bounces@postdesk.test
                Subject: Delivery Status Notification (Failure)
                MIME-Version: 1.0
                Content-Type: multipart/mixed; report-type=delivery-status; boundary="outer"

                --outer
                Content-Type: message/rfc822

                From: postmaster@partner.test
                To: bounces@postdesk.test
                Subject: Delivery Status Notification (Failure)
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="inner"

                --inner
                Content-Type: text/plain

                Delivery to the following recipients failed.

                       bob@partner.test

                --inner
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.partner.test

                Final-Recipient: rfc822; bob@partner.test
                Action: failed
                Status: 5.1.1

                --inner
                Content-Type: message/rfc822

                From: Postdesk Support <support@postdesk.test>
                To: bob@partner.test
                Message-ID: <pd.pd-1001.6a1b2c3d@postdesk.test>
                Subject: [PD-1001] Re: Printer broken

                Thank you for your message.
                --inner--

                --outer--
                """);

        assertThat(report.format()).isEqualTo("rfc3464");
        assertThat(report.recipients()).extracting(FailedRecipient::address).containsExactly("bob@partner.test");
        assertThat(report.recipients().get(0).status()).isEqualTo("5.1.1");
        assertThat(report.originalMessageId()).isEqualTo("pd.pd-1001.6a1b2c3d@postdesk.test");
    }

    @Test
    void exchangeListSkipsQuotedHeaders() {
        BounceReport report = parse("""
                From: System Administrator <postmaster@partner.test>
                To: support@postdesk.test
                Subject: Undeliverable: Re: Printer broken

                Your message

                  To:      Carol Help <carol@partner.test>
                  Subject: Re: Printer broken
                  Sent:    Fri, 4 Dec 2026 08:59:10 +0100

                did not reach the following recipient(s):

                bob@partner.test on Fri, 4 Dec 2026 09:00:02 +0100
                    The recipient name is not recognized
                c=CH;a= ;p=Partner;o=Main;dda:SMTP=dave@partner.test; on Fri, 4 Dec 2026 09:00:02 +0100
                    The recipient name is not recognized
                """);

        assertThat(report.recipients()).extracting(FailedRecipient::address)
                .containsExactly("bob@partner.test", "dave@partner.test");
    }

    @Test
    void listedAddressesSpanParagraphs() {
        BounceReport report = parse("""
                From: Mail Delivery System <mailer-daemon@mx.partner.test>
                To: bounces@postdesk.test
                Subject: Mail delivery failed

                A message that you sent could not be delivered. The following
                recipients did not get it:

                  * bob@partner.test
                    mailbox is full

                  * dave@partner.test
                    no such user

                Please contact postmaster@partner.test
                or erin@partner.test for help.
                """);

        assertThat(report.recipients()).extracting(FailedRecipient::address)
                .containsExactly("bob@partner.test", "dave@partner.test");
    }

    @Test
    void explanatoryProseIsNoRecipient() {
        BounceReport report = parse("""
                From: MAILER-DAEMON@mx.partner.test
                To: bounces@postdesk.test
                Subject: Returned mail: directory lookup failed

                Mail could not be delivered to one of the names in your message. A name
                bob.smith@partner.test that fails may work as bob@partner.test instead.

                Original message follows.

                To: <carol@partner.test>
                <dave@partner.test>
                """);

        assertThat(report.recipients()).isEmpty();
    }

    @Test
    void screenNamesGetSenderDomain() {
        BounceReport report = parse("""
                From: "Mail Delivery Subsystem" <MAILER-DAEMON@portal.test>
                To: <bounces@postdesk.test>
                Subject: Mail Delivery Problem

                Your mail to the following recipients could not be delivered because they block mail from support@postdesk.test:
                \tbobsmith42
                \tcarol.w

                """);

        assertThat(report.recipients()).extracting(FailedRecipient::address)
                .containsExactly("bobsmith42@portal.test", "carol.w@portal.test");
    }

    static Stream<Arguments> recipientWordings() {
        return Stream.of(
                Arguments.of("hotpop", "Undeliverable Address: bob@partner.test\n\nReason: the mailbox is over quota."),
                Arguments.of("smtp32-userid", "Invalid final delivery userid: bob@partner.test"),
                Arguments.of("smtp32-attempts", "Delivery failed 12 attempts: bob@partner.test"),
                Arguments.of("smtp32-undeliverable", "undeliverable to bob@partner.test"),
                Arguments.of("usa.net", "Intended recipient: bob@partner.test\n\nThe mail was returned after an error."),
                Arguments.of("next line", "Your message could not be delivered to\nbob@partner.test\n"),
                Arguments.of("originally addressed",
                        "Delivery to local user bsmith failed.\n(Originally addressed to bob@partner.test)\n\nUser not known"),
                Arguments.of("quoted address",
                        "The following message, addressed to 'bob@partner.test',\nfailed because it was not collected in time."),
                Arguments.of("listserv", "--> Error description:\nError-for:   bob@partner.test\nError-Text: mailbox unavailable"),
                Arguments.of("mail.ru", "Message was not accepted.\n Local mailbox bob@partner.test is unavailable: user not found"),
                Arguments.of("final-recipient line", "Action: failed\nFinal-Recipient: rfc822; bob@partner.test\nStatus: 5.1.1"),
                Arguments.of("dash reason", "bob@partner.test - no such user here."),
                Arguments.of("colon reason", "bob@partner.test: unknown user"),
                Arguments.of("sendmail", "550 5.1.1 <bob@partner.test>... User unknown"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recipientWordings")
    void recipientWordingRecognised(String wording, String text) {
        BounceReport report = parse("""
                From: Mail Delivery Subsystem <MAILER-DAEMON@mx.partner.test>
                To: bounces@postdesk.test
                Subject: Undeliverable mail

                %s

                Original message follows.

                From: Postdesk Support <support@postdesk.test>
                To: carol@partner.test
                Subject: [PD-1001] Re: Printer broken
                """.formatted(text));

        assertThat(report.recipients()).extracting(FailedRecipient::address).containsExactly("bob@partner.test");
    }

    @Test
    void warningSubjectWithUnknownUserIsPermanent() {
        BounceReport report = parse("""
                From: MDaemon@mx.partner.test
                To: bounces@postdesk.test
                Subject: Warning: bob@partner.test - User unknown!

                bob@partner.test - no such user here.
                """);

        assertThat(report.recipients()).extracting(FailedRecipient::address).containsExactly("bob@partner.test");
        assertThat(report.permanent()).isTrue();
    }

    @Test
    void phoneNumberIsNoStatusCode() {
        assertThat(BounceParser.statusCode("please call our help desk at 480-555-0100")).isNull();
        assertThat(BounceParser.statusCode("421-mx.partner.test busy, try later")).isEqualTo("4.0.0");
        assertThat(BounceParser.statusCode("550-5.1.1 The email account does not exist")).isEqualTo("5.1.1");
        assertThat(BounceParser.statusCode("Remote host said: 554 rejected")).isEqualTo("5.0.0");
    }

    static Stream<Arguments> daemonWordings() {
        return Stream.of(
                Arguments.of("Processing Error",
                        "Intended recipient: bob@partner.test\n\nThe following mail has been returned because an error"
                                + " occurred while it was processed."),
                // "Message not delivered" in Russian, which no bounce subject pattern covers.
                Arguments.of("=?utf-8?b?0KHQvtC+0LHRidC10L3QuNC1INC90LUg0LTQvtGB0YLQsNCy0LvQtdC90L4=?=",
                        "Local mailbox bob@partner.test is unavailable: user not found"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("daemonWordings")
    void daemonWordingMakesBounce(String subject, String text) {
        BounceReport report = parse("""
                From: MAILER-DAEMON@mx.partner.test
                To: bounces@postdesk.test
                Subject: %s

                %s
                """.formatted(subject, text));

        assertThat(report.format()).isEqualTo("generic");
        assertThat(report.recipients()).extracting(FailedRecipient::address).containsExactly("bob@partner.test");
    }

    private BounceReport parse(String mail) {
        byte[] raw = mail.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        Optional<BounceReport> report = parser.parse(PARSER.parse(raw, Instant.parse("2026-12-04T09:00:00Z")), raw);
        assertThat(report).as("bounce report").isPresent();
        return report.get();
    }
}
