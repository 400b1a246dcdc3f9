package ch.postdesk.ticket;

import ch.postdesk.content.BlobStore;
import ch.postdesk.content.MailContent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;

    @Column(nullable = false)
    private String filename;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "content_id")
    private String contentId;

    @Column(name = "inline_part", nullable = false)
    private boolean inline;

    /** Charset that a text attachment declares, served with its downloads; null for other types. */
    private String charset;

    /**
     * Content of a new row until {@link BlobStore} has written it. The {@code content} column is
     * not mapped: {@link BlobStore} streams it in and out.
     */
    @Transient
    private MailContent pendingContent;

    protected Attachment() {
    }

    public Attachment(Article article, String filename, String contentType, MailContent content, String contentId,
            boolean inline) {
        this.article = article;
        this.filename = filename;
        this.contentType = contentType;
        this.pendingContent = content;
        this.size = content.size();
        this.sha256 = content.sha256();
        this.contentId = contentId;
        this.inline = inline;
    }

    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public String getFilename() {
        return filename;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public String getContentId() {
        return contentId;
    }

    public boolean isInline() {
        return inline;
    }

    public String getCharset() {
        return charset;
    }

    public void setCharset(String charset) {
        this.charset = charset;
    }

    /** Returns the content of a new row until its transaction ends, or null for a row loaded from the database. */
    public MailContent pendingContent() {
        return pendingContent;
    }

    /** Writes the content of a new row; call once after the row is inserted. */
    public void writeContent(BlobStore store) {
        if (pendingContent != null) {
            store.write(BlobStore.BlobTable.ATTACHMENT, id, pendingContent);
        }
    }
}
