package ch.postdesk.ticket;

import ch.postdesk.content.BlobStore;
import ch.postdesk.content.MailContent;
import ch.postdesk.parsing.HtmlSanitizer;
import ch.postdesk.parsing.MailAddress;
import ch.postdesk.parsing.ParsedAttachment;
import ch.postdesk.parsing.ParsedMail;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Builds and stores inbound articles with their raw message and attachments. The raw message
 * and the attachments are streamed into their rows after the insert, so that a large mail is not
 * copied into the heap on its way to the database.
 */
@Component
public class ArticleFactory {

    private final ArticleRepository articles;
    private final BlobStore blobs;

    public ArticleFactory(ArticleRepository articles, BlobStore blobs) {
        this.articles = articles;
        this.blobs = blobs;
    }

    /**
     * Stores an inbound article built from {@code parsed}; {@code adjust} sets flags such as
     * internal or automatic before the insert.
     */
    public Article saveInbound(Ticket ticket, ParsedMail parsed, MailContent raw, String mailbox, Instant now,
            Consumer<Article> adjust) {
        Article article = inbound(ticket, parsed, raw, mailbox, now);
        adjust.accept(article);
        Article saved = articles.saveAndFlush(article);
        saved.getRawMessage().writeContent(blobs);
        saved.getAttachments().forEach(attachment -> attachment.writeContent(blobs));
        return saved;
    }

    /** Stores an inbound article built from {@code parsed} as it is. */
    public Article saveInbound(Ticket ticket, ParsedMail parsed, MailContent raw, String mailbox, Instant now) {
        return saveInbound(ticket, parsed, raw, mailbox, now, article -> { });
    }

    Article inbound(Ticket ticket, ParsedMail parsed, MailContent raw, String mailbox, Instant now) {
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
        article.setRawMessage(new RawMessage(raw, now));
        for (ParsedAttachment part : parsed.attachments()) {
            Attachment attachment = new Attachment(article, part.filename(), part.contentType(), part.data(),
                    part.contentId(), part.inline());
            attachment.setCharset(part.charset());
            article.getAttachments().add(attachment);
        }
        return article;
    }

    static String join(List<MailAddress> addresses) {
        return addresses.isEmpty() ? null
                : addresses.stream().map(MailAddress::formatted).collect(Collectors.joining(", "));
    }
}
