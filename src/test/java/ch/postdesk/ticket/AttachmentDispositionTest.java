package ch.postdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentDispositionTest {

    @Test
    void asciiNameHasOnlyFilename() {
        assertThat(TicketController.attachmentDisposition("report.pdf")).isEqualTo("attachment; filename=\"report.pdf\"");
    }

    @Test
    void umlautNameHasAsciiFallbackAndExactName() {
        assertThat(TicketController.attachmentDisposition("Offerte März.pdf"))
                .isEqualTo("attachment; filename=\"Offerte Marz.pdf\"; filename*=UTF-8''Offerte%20M%C3%A4rz.pdf");
    }

    @Test
    void quotesAndOtherScriptsReplacedInFallback() {
        assertThat(TicketController.attachmentDisposition("\"报告\".txt"))
                .isEqualTo("attachment; filename=\"____.txt\"; filename*=UTF-8''%22%E6%8A%A5%E5%91%8A%22.txt");
    }
}
