package ch.postdesk.ticket;

import ch.postdesk.parsing.HtmlSanitizer;
import ch.postdesk.parsing.MailAddress;
import ch.postdesk.parsing.MailParser;
import ch.postdesk.parsing.ParsedAttachment;
import ch.postdesk.parsing.ParsedMail;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Builds inbound articles, with their raw message and attachments, from parsed mail. */
@Component
public class ArticleFactory {

    public Article inbound(Ticket ticket, ParsedMail parsed, byte[] raw, String mailbox, Instant now) {
        Article article = new Article(ticket, Article.Direction.INBOUND, parsed.messageId(), now);
        article.setMailbox(mailbox);
        article.setFromAddress(parsed.from() == null ? null : parsed.from().formatted());
        article.setToAddresses(join(parsed.to()));
        article.setCcAddresses(join(parsed.cc()));
        article.setSubject(parsed.subject());
        article.setInReplyTo(String.join(" ", parsed.inReplyTo()));
        article.setReferencesIds(String.join(" ", parsed.references()));
        article.setSentAt(parsed.date());
        article.setHeaders(parsed.headers().stream()
                .map(h -> h.name() + ": " + h.value())
                .collect(Collectors.joining("\n")));
        article.setTextBody(parsed.text());
        article.setHtmlBody(HtmlSanitizer.sanitize(parsed.html()));
        article.setVisibleText(parsed.visibleText());
        article.setParseWarnings(parsed.warnings().isEmpty() ? null : String.join("\n", parsed.warnings()));
        article.setRawMessage(new RawMessage(raw, MailParser.sha256Hex(raw), now));
        for (ParsedAttachment part : parsed.attachments()) {
            article.getAttachments().add(new Attachment(article, part.filename(), part.contentType(), part.content(),
                    MailParser.sha256Hex(part.content()), part.contentId(), part.inline()));
        }
        return article;
    }

    static String join(List<MailAddress> addresses) {
        return addresses.isEmpty() ? null
                : addresses.stream().map(MailAddress::formatted).collect(Collectors.joining(", "));
    }
}
