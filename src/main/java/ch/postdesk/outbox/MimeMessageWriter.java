package ch.postdesk.outbox;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Renders an {@link OutgoingMail} to RFC 5322 bytes: multipart/alternative text and HTML in
 * UTF-8, wrapped in multipart/mixed when there are attachments, with threading headers and the
 * loop markers that let Postdesk and other systems recognise automatic mail.
 */
public final class MimeMessageWriter {

    /** Header that names the ticket on every mail Postdesk sends. */
    public static final String TICKET_HEADER = "X-Postdesk-Ticket";

    private final Session session = Session.getInstance(new Properties());
    private final String loopMarker;

    public MimeMessageWriter(String loopMarker) {
        this.loopMarker = loopMarker;
    }

    public byte[] write(OutgoingMail mail, String messageId, String ticketNumber, Instant date) {
        try {
            MimeMessage message = new FixedIdMimeMessage(session, messageId);
            message.setFrom(new InternetAddress(mail.fromAddress(), mail.fromName(), StandardCharsets.UTF_8.name()));
            message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(String.join(",", mail.to())));
            if (!mail.cc().isEmpty()) {
                message.setRecipients(MimeMessage.RecipientType.CC, InternetAddress.parse(String.join(",", mail.cc())));
            }
            if (mail.replyTo() != null) {
                message.setReplyTo(InternetAddress.parse(mail.replyTo()));
            }
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(date));
            if (mail.inReplyTo() != null) {
                message.setHeader("In-Reply-To", "<" + mail.inReplyTo() + ">");
            }
            if (!mail.references().isEmpty()) {
                message.setHeader("References", mail.references().stream()
                        .map(id -> "<" + id + ">").collect(Collectors.joining(" ")));
            }
            if (mail.autoSubmitted() != null) {
                message.setHeader("Auto-Submitted", mail.autoSubmitted());
                // Exchange and Outlook send no out-of-office reply to mail with this header.
                message.setHeader("X-Auto-Response-Suppress", "All");
                message.setHeader("Precedence", "auto_reply");
            }
            message.setHeader("X-Loop", loopMarker);
            if (ticketNumber != null) {
                message.setHeader(TICKET_HEADER, ticketNumber);
            }
            if (mail.language() != null) {
                message.setHeader("Content-Language", mail.language());
            }
            for (Map.Entry<String, String> header : mail.extraHeaders().entrySet()) {
                message.setHeader(header.getKey(), header.getValue());
            }
            message.setContent(body(mail));
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("Outgoing mail '" + mail.kind() + "' cannot be built: "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MimeMultipart body(OutgoingMail mail) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        text.setHeader("Content-Transfer-Encoding", "quoted-printable");
        alternative.addBodyPart(text);
        if (mail.html() != null) {
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
            html.setHeader("Content-Transfer-Encoding", "quoted-printable");
            alternative.addBodyPart(html);
        }
        List<OutgoingMail.OutgoingAttachment> inline = mail.attachments().stream()
                .filter(attachment -> attachment.contentId() != null).toList();
        List<OutgoingMail.OutgoingAttachment> attached = mail.attachments().stream()
                .filter(attachment -> attachment.contentId() == null).toList();
        MimeMultipart content = alternative;
        if (!inline.isEmpty()) {
            // multipart/related keeps images that the HTML part shows as cid: references next to it.
            MimeMultipart related = new MimeMultipart("related");
            MimeBodyPart alternativePart = new MimeBodyPart();
            alternativePart.setContent(alternative);
            related.addBodyPart(alternativePart);
            for (OutgoingMail.OutgoingAttachment image : inline) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(image.content(), image.contentType())));
                part.setFileName(image.filename());
                part.setContentID("<" + image.contentId() + ">");
                part.setDisposition(MimeBodyPart.INLINE);
                related.addBodyPart(part);
            }
            content = related;
        }
        if (attached.isEmpty()) {
            return content;
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart contentPart = new MimeBodyPart();
        contentPart.setContent(content);
        mixed.addBodyPart(contentPart);
        for (OutgoingMail.OutgoingAttachment attachment : attached) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
            part.setFileName(attachment.filename());
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            mixed.addBodyPart(part);
        }
        return mixed;
    }

    /** A MIME message whose Message-ID is set by Postdesk and kept by {@code saveChanges()}. */
    static final class FixedIdMimeMessage extends MimeMessage {

        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        FixedIdMimeMessage(Session session, java.io.InputStream in) throws MessagingException {
            super(session, in);
            this.messageId = null;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            if (messageId != null) {
                setHeader("Message-ID", "<" + messageId + ">");
            }
            // A message read back from its stored bytes keeps the Message-ID it already has.
        }
    }
}
