package ch.postdesk.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quote and signature separation in the conventions of English, German and French mail clients. */
class VisibleTextTest {

    private static final String REPLY = "Thanks, that fixed it.";

    @Test
    void quoteHeadersInThreeLanguages() {
        List<String> headers = List.of(
                "On Tue, 1 Dec 2026 at 10:00, Support <support@example.test> wrote:",
                "Am 01.12.2026 um 10:00 schrieb Support <support@example.test>:",
                "Le mar. 1 déc. 2026 à 10:00, Support <support@example.test> a écrit :",
                "On Tue, 1 Dec 2026 at 10:00, Support Team of a very long company name\n<support@example.test> wrote:");
        for (String header : headers) {
            String mail = REPLY + "\n\n" + header + "\n> Did the update help?\n> Regards\n";
            assertThat(VisibleText.extract(mail)).as(header).isEqualTo(REPLY);
        }
    }

    @Test
    void outlookHeaderBlocksAndSeparators() {
        List<String> blocks = List.of(
                "From: Support <support@example.test>\nSent: Tuesday, December 1, 2026 10:00\nTo: Alice\nSubject: RE: Printer",
                "Von: Support <support@example.test>\nGesendet: Dienstag, 1. Dezember 2026 10:00\nAn: Alice\nBetreff: AW: Drucker",
                "De : Support <support@example.test>\nEnvoyé : mardi 1 décembre 2026 10:00\nÀ : Alice\nObjet : RE: Imprimante",
                "-----Original Message-----\nFrom: Support",
                "-----Ursprüngliche Nachricht-----\nVon: Support",
                "________________________________\nFrom: Support <support@example.test>\nSent: today\nTo: Alice");
        for (String block : blocks) {
            String mail = REPLY + "\n\n" + block + "\n\nDid the update help?\n";
            assertThat(VisibleText.extract(mail)).as(block).isEqualTo(REPLY);
        }
    }

    @Test
    void signaturesRemoved() {
        assertThat(VisibleText.extract(REPLY + "\n\n-- \nAlice Example\nACME Corp\n")).isEqualTo(REPLY);
        assertThat(VisibleText.extract(REPLY + "\n\nSent from my iPhone")).isEqualTo(REPLY);
        assertThat(VisibleText.extract(REPLY + "\n\nVon meinem iPhone gesendet")).isEqualTo(REPLY);
        assertThat(VisibleText.extract(REPLY + "\n\nEnvoyé de mon iPhone")).isEqualTo(REPLY);
        assertThat(VisibleText.extract(REPLY + "\n\nMit freundlichen Grüßen\nAlice Example")).isEqualTo(REPLY);
    }

    @Test
    void sentenceLikeSignatureKept() {
        String text = "Here it is.\n\nSent from my desk, which is easier than my phone.";
        assertThat(VisibleText.extract(text)).isEqualTo(text);
    }

    @Test
    void interleavedAnswersNeverCut() {
        String mail = "Answers inline.\n\nOn Tue, 1 Dec 2026, Support <support@example.test> wrote:\n"
                + "> Which printer model?\n\nThe LaserJet 4000.\n\n> Which floor?\n\nThe third floor.\n\n"
                + "> Regards\n> Support\n";
        String visible = VisibleText.extract(mail);

        assertThat(visible).contains("Answers inline.", "> Which printer model?", "The LaserJet 4000.",
                "> Which floor?", "The third floor.");
        assertThat(visible).doesNotContain("> Support");
    }

    @Test
    void htmlBlockquoteBecomesQuote() {
        String html = "<div>Reply here</div><div class=\"gmail_quote\">On Tue, 1 Dec 2026 Support "
                + "&lt;support@example.test&gt; wrote:<blockquote>Old text</blockquote></div>";
        assertThat(VisibleText.extractHtml(html)).isEqualTo("Reply here");
    }

    @Test
    void textWithoutQuoteUnchanged() {
        assertThat(VisibleText.extract("Line one\n\nLine two\n")).isEqualTo("Line one\n\nLine two");
        assertThat(VisibleText.extract("")).isEmpty();
    }

    @Test
    void quoteWithUnprefixedWrappedLinesAndSignatureBelow() {
        String mail = REPLY + "\n\n"
                + "Il giovedì 3 dicembre 2026, Support <support@example.test>\nha scritto:\n"
                + "> The printer driver was updated. Did the update fix the pro\n"
                + "blem on your side?\n"
                + ">\n\n"
                + "-- \nSupport Team\n\n"
                + String.join("\n", java.util.Collections.nCopies(18, "This message is confidential.")) + "\n"
                + "____________________\n";

        assertThat(VisibleText.extract(mail)).isEqualTo(REPLY);
    }

    @Test
    void contactBlockWithoutDelimiterIsSignature() {
        String mail = REPLY + "\n\nJane Doe\njane@example.test\n(555) 346-9947\nwww.example.test\n";

        assertThat(VisibleText.extract(mail)).isEqualTo(REPLY);
    }

    @Test
    void shortLinesWithOneContactStayVisible() {
        String mail = REPLY + "\n\nPlease call me back\non 044 123 45 67\ntomorrow morning";

        assertThat(VisibleText.extract(mail)).isEqualTo(mail);
    }
}
