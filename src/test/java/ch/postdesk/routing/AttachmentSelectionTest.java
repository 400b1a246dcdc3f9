package ch.postdesk.routing;

import static ch.postdesk.routing.TestAttachments.unreadable;
import static org.assertj.core.api.Assertions.assertThat;

import ch.postdesk.ticket.Attachment;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttachmentSelectionTest {

    @Test
    void allFilesWithinLimitAttached() {
        List<Attachment> files = List.of(unreadable(1, "a.png", 40), unreadable(2, "b.pdf", 60));

        AttachmentSelection selection = AttachmentSelection.bySize(files, 100);

        assertThat(selection.attached()).containsExactlyElementsOf(files);
        assertThat(selection.linked()).isEmpty();
    }

    @Test
    void totalExactlyAtLimitAttached() {
        List<Attachment> files = List.of(unreadable(1, "a.png", 30), unreadable(2, "b.pdf", 70));

        AttachmentSelection selection = AttachmentSelection.bySize(files, 100);

        assertThat(selection.attached()).extracting(Attachment::getFilename).containsExactly("a.png", "b.pdf");
        assertThat(selection.linked()).isEmpty();
    }

    @Test
    void fileOverRemainingBudgetLinked() {
        List<Attachment> files = List.of(unreadable(1, "a.png", 60), unreadable(2, "b.pdf", 41));

        AttachmentSelection selection = AttachmentSelection.bySize(files, 100);

        assertThat(selection.attached()).extracting(Attachment::getFilename).containsExactly("a.png");
        assertThat(selection.linked()).extracting(Attachment::getFilename).containsExactly("b.pdf");
    }

    @Test
    void smallFileAfterLargeOneAttached() {
        List<Attachment> files = List.of(unreadable(1, "log.txt", 10), unreadable(2, "dump.bin", 500),
                unreadable(3, "photo.jpg", 80), unreadable(4, "notes.txt", 20));

        AttachmentSelection selection = AttachmentSelection.bySize(files, 100);

        assertThat(selection.attached()).extracting(Attachment::getFilename).containsExactly("log.txt", "photo.jpg");
        assertThat(selection.linked()).extracting(Attachment::getFilename).containsExactly("dump.bin", "notes.txt");
    }

    @Test
    void zeroLimitLinksEveryFile() {
        List<Attachment> files = List.of(unreadable(1, "a.png", 1), unreadable(2, "b.pdf", 2));

        AttachmentSelection selection = AttachmentSelection.bySize(files, 0);

        assertThat(selection.attached()).isEmpty();
        assertThat(selection.linked()).containsExactlyElementsOf(files);
    }

    @Test
    void emptyFileAttachedAtZeroLimit() {
        AttachmentSelection selection = AttachmentSelection.bySize(List.of(unreadable(1, "empty.txt", 0)), 0);

        assertThat(selection.attached()).extracting(Attachment::getFilename).containsExactly("empty.txt");
        assertThat(selection.linked()).isEmpty();
    }

    @Test
    void hugeSizesDoNotOverflow() {
        List<Attachment> files = List.of(unreadable(1, "a.bin", Long.MAX_VALUE - 5), unreadable(2, "b.bin", 10),
                unreadable(3, "c.bin", Long.MAX_VALUE));

        AttachmentSelection selection = AttachmentSelection.bySize(files, Long.MAX_VALUE);

        assertThat(selection.attached()).extracting(Attachment::getFilename).containsExactly("a.bin");
        assertThat(selection.linked()).extracting(Attachment::getFilename).containsExactly("b.bin", "c.bin");
    }

    @Test
    void noFilesGiveEmptySelection() {
        AttachmentSelection selection = AttachmentSelection.bySize(List.of(), 100);

        assertThat(selection.attached()).isEmpty();
        assertThat(selection.linked()).isEmpty();
    }
}
