package ch.postdesk.routing;

import ch.postdesk.ticket.Attachment;
import java.util.ArrayList;
import java.util.List;

/**
 * The customer's files of a staff mail, split into those attached to the mail and those only
 * linked because they would take the attached files over their size limit.
 */
record AttachmentSelection(List<Attachment> attached, List<Attachment> linked) {

    /**
     * Splits {@code attachments}, keeping their order: a file is attached when its size plus the sizes
     * of the files attached before it stay within {@code maxAttachedBytes}, and linked otherwise. A
     * smaller file after a linked one is still attached when it fits. Only {@link Attachment#getSize()}
     * is read, never the content.
     */
    static AttachmentSelection bySize(List<Attachment> attachments, long maxAttachedBytes) {
        List<Attachment> attached = new ArrayList<>();
        List<Attachment> linked = new ArrayList<>();
        long attachedBytes = 0;
        for (Attachment file : attachments) {
            // Compared as a difference, so that a huge size cannot overflow the sum.
            if (file.getSize() <= maxAttachedBytes - attachedBytes) {
                attached.add(file);
                attachedBytes += file.getSize();
            } else {
                linked.add(file);
            }
        }
        return new AttachmentSelection(List.copyOf(attached), List.copyOf(linked));
    }
}
