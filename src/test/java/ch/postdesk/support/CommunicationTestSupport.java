package ch.postdesk.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Helpers for the customer communication tests: open a ticket by mail, act through the API, read the mail. */
public abstract class CommunicationTestSupport extends PostdeskIntegrationTest {

    protected static final String SUPPORT = "support@postdesk.test";
    protected static final String AGENT = "agent@postdesk.test";

    /** A ticket opened by mail, with the Message-ID of the customer's first mail. */
    protected record OpenedTicket(String number, String customer, String firstMessageId) {
    }

    /** Opens a ticket by mail from a new address at {@code domain} and waits for the acknowledgement. */
    protected OpenedTicket openTicket(String domain, String subject) {
        String customer = uniqueAddress("contact", domain);
        String messageId = uniqueMessageId(domain);
        deliver(TestMails.plain("Jane Doe <" + customer + ">", SUPPORT, subject, messageId, "Please help."), SUPPORT);
        awaitInbox(customer, 1);
        String number = jdbc.queryForObject("select number from ticket where contact_address = ? order by id limit 1",
                String.class, customer.toLowerCase());
        return new OpenedTicket(number, customer, messageId);
    }

    protected void setStatus(String number, String status) {
        HttpResponse<String> response = postJson("/api/tickets/" + number + "/status",
                "{\"status\":\"" + status + "\",\"actor\":\"" + AGENT + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** Waits for the customer's mail whose subject contains {@code subjectPart} and returns the newest one. */
    protected MimeMessage awaitMail(String address, String subjectPart) {
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsWithSubject(address, subjectPart).size() >= 1);
        List<MimeMessage> matching = mailsWithSubject(address, subjectPart);
        return matching.get(matching.size() - 1);
    }

    protected List<MimeMessage> mailsWithSubject(String address, String subjectPart) {
        return inbox(address).stream().filter(m -> subject(m).contains(subjectPart)).toList();
    }

    /** Replies as the customer to {@code answered} with {@code body}, keeping the subject and threading headers. */
    protected void reply(String from, MimeMessage answered, String body) {
        try {
            String id = answered.getMessageID();
            deliver(TestMails.plain(from, SUPPORT, "Re: " + answered.getSubject(), uniqueMessageId("reply.test"),
                    body, "In-Reply-To: " + id, "References: " + id), SUPPORT);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static String subject(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns the plain-text part of a mail Postdesk sent. */
    protected static String text(MimeMessage message) {
        try {
            return (String) ((Multipart) message.getContent()).getBodyPart(0).getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    protected static String html(MimeMessage message) {
        try {
            return (String) ((Multipart) message.getContent()).getBodyPart(1).getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns the path of the first link in {@code text} that starts with {@code pathPrefix}, such as {@code /p/approvals/}. */
    protected static String linkPath(String text, String pathPrefix, String suffix) {
        Matcher matcher = Pattern.compile("https://support\\.postdesk\\.test(" + Pattern.quote(pathPrefix)
                + "[A-Za-z0-9_\\-.]+" + Pattern.quote(suffix) + ")").matcher(text);
        assertThat(matcher.find()).as("link " + pathPrefix + "..." + suffix + " in:\n" + text).isTrue();
        return matcher.group(1);
    }

    protected String ticketStatus(String number) {
        return jdbc.queryForObject("select status from ticket where number = ?", String.class, number);
    }
}
