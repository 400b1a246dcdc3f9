package ch.postdesk.routing;

import ch.postdesk.content.BlobStore;
import ch.postdesk.content.MailContent;
import static ch.postdesk.routing.TestAttachments.readable;
import static ch.postdesk.routing.TestAttachments.unreadable;
import static org.assertj.core.api.Assertions.assertThat;

import ch.postdesk.approval.ApprovalRequestRepository;
import ch.postdesk.directory.DirectoryFile.Team;
import ch.postdesk.directory.DirectoryService;
import ch.postdesk.inbound.InboundProperties;
import ch.postdesk.outbox.OutboundProperties;
import ch.postdesk.outbox.OutgoingMail;
import ch.postdesk.outbox.OutgoingMail.OutgoingAttachment;
import ch.postdesk.security.ReplyToken;
import ch.postdesk.support.PostdeskIntegrationTest;
import ch.postdesk.ticket.Article;
import ch.postdesk.ticket.Attachment;
import ch.postdesk.ticket.Ticket;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;

/**
 * The size limit for files attached to team tasks and account-manager hand-offs, with the
 * application's directory and settings but a composer whose limit is 100 bytes, and tickets built
 * in memory. Files that are only linked throw when their content is read.
 */
class StaffMailAttachmentLimitTest extends PostdeskIntegrationTest {

    private static final Instant MONDAY_MORNING = Instant.parse("2026-11-30T10:00:00Z");

    @Autowired
    private DirectoryService directory;

    @Autowired
    private InboundProperties inbound;

    @Autowired
    private OutboundProperties outbound;

    @Autowired
    private RoutingProperties routing;

    @Autowired
    private ReplyToken replyToken;

    @Autowired
    private ApprovalRequestRepository approvals;

    private StaffMailComposer composer;
    private Ticket ticket;
    @Autowired
    private BlobStore blobs;

    private Article request;
    private Team team;

    @BeforeEach
    void setUp() {
        RoutingProperties smallLimit = new RoutingProperties(routing.replyTokenKey(), routing.pageAcknowledgeTimeout(),
                routing.escalationCheckInterval(), routing.ticketUrl(), routing.commandReminder(), DataSize.ofBytes(100));
        composer = new StaffMailComposer(directory, inbound, outbound, smallLimit, replyToken, approvals, blobs);
        ticket = new Ticket("PD-9001", "Printer jams", "acme", "jane@acme.test", "Jane Doe", "en", "support",
                MONDAY_MORNING);
        request = new Article(ticket, Article.Direction.INBOUND, "jams@acme.test", MONDAY_MORNING);
        request.setVisibleText("The printer jams. Photo and log attached.");
        team = directory.current().team("platform").orElseThrow();
    }

    @Test
    void teamTaskLinksFilesOverLimit() {
        List<Attachment> files = List.of(readable(11, "photo.png", new byte[60]), unreadable(12, "dump.bin", 500),
                readable(13, "log.txt", new byte[40]));

        OutgoingMail task = composer.teamTask(ticket, team, request, files);

        assertThat(task.attachments()).extracting(OutgoingAttachment::filename).containsExactly("photo.png", "log.txt");
        assertThat(task.text()).contains("--- Attachments (2, attached to this mail) ---\n"
                + "- photo.png (application/octet-stream, 60 B)\n"
                + "- log.txt (application/octet-stream, 40 B)\n");
        assertThat(task.text()).contains("--- Attachments not attached (1, attached files are limited to 100 B"
                + " in total) ---\n"
                + "- dump.bin (application/octet-stream, 500 B), download: " + routing.ticketLink("PD-9001")
                + "/attachments/12\n");
    }

    @Test
    void teamTaskWithinLimitKeepsText() {
        List<Attachment> files = List.of(readable(21, "photo.png", new byte[60]));

        OutgoingMail task = composer.teamTask(ticket, team, request, files);

        assertThat(task.attachments()).extracting(OutgoingAttachment::filename).containsExactly("photo.png");
        assertThat(task.text()).contains("--- Attachments (1, attached to this mail) ---\n"
                + "- photo.png (application/octet-stream, 60 B)\n");
        assertThat(task.text()).doesNotContain("not attached");
    }

    @Test
    void teamTaskWithoutAttachedFiles() {
        List<Attachment> files = List.of(unreadable(31, "dump.bin", 2 * 1024 * 1024));

        OutgoingMail task = composer.teamTask(ticket, team, request, files);

        assertThat(task.attachments()).isEmpty();
        assertThat(task.text()).doesNotContain("attached to this mail");
        assertThat(task.text()).contains("- dump.bin (application/octet-stream, 2.0 MB), download: "
                + routing.ticketLink("PD-9001") + "/attachments/31\n");
    }

    @Test
    void handoffLinksFilesOverLimit() {
        List<Attachment> files = List.of(unreadable(41, "offer.pdf", 101), readable(42, "seats.csv", new byte[90]));

        OutgoingMail handoff = composer.accountManagerHandoff(ticket, "am@postdesk.test", request, files);

        assertThat(handoff.attachments()).extracting(OutgoingAttachment::filename).containsExactly("seats.csv");
        assertThat(handoff.text()).contains("--- Attachments (1, attached to this mail) ---\n"
                + "- seats.csv (application/octet-stream, 90 B)\n");
        assertThat(handoff.text()).contains("- offer.pdf (application/octet-stream, 101 B), download: "
                + routing.ticketLink("PD-9001") + "/attachments/41\n");
    }

    @Test
    void unsavedFileLinksTicket() {
        Attachment unsaved = new Attachment(request, "dump.bin", "application/octet-stream",
                MailContent.of(new byte[200]), null, false);

        OutgoingMail task = composer.teamTask(ticket, team, request, List.of(unsaved));

        assertThat(task.attachments()).isEmpty();
        assertThat(task.text()).contains("- dump.bin (application/octet-stream, 200 B), download: "
                + routing.ticketLink("PD-9001") + "\n");
    }
}
