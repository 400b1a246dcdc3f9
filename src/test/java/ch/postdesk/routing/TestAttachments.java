package ch.postdesk.routing;

import ch.postdesk.content.MailContent;
import ch.postdesk.ticket.Attachment;

/** Attachments built without a database, with the id they would have after saving. */
final class TestAttachments {

    private TestAttachments() {
    }

    /** Returns a saved attachment whose content a test may read. */
    static Attachment readable(long id, String filename, byte[] content) {
        return new FixedIdAttachment(id, filename, content);
    }

    /**
     * Returns a saved attachment of {@code size} bytes whose content must not be read: its
     * {@code pendingContent()} throws, so a test fails when the code loads a file it should only link.
     */
    static Attachment unreadable(long id, String filename, long size) {
        return new UnreadableAttachment(id, filename, size);
    }

    private static class FixedIdAttachment extends Attachment {

        private final long id;

        FixedIdAttachment(long id, String filename, byte[] content) {
            super(null, filename, "application/octet-stream", MailContent.of(content), null, false);
            this.id = id;
        }

        @Override
        public Long getId() {
            return id;
        }
    }

    private static final class UnreadableAttachment extends FixedIdAttachment {

        private final long size;

        UnreadableAttachment(long id, String filename, long size) {
            super(id, filename, new byte[0]);
            this.size = size;
        }

        @Override
        public long getSize() {
            return size;
        }

        @Override
        public MailContent pendingContent() {
            throw new AssertionError("content of " + getFilename() + " was read, but it should only be linked");
        }
    }
}
