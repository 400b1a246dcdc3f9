package ch.postdesk.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fixtures for each kind of problem the public test corpus contains, one per test. */
class MailParserFidelityTest {

    private static final Instant ARRIVAL = Instant.parse("2026-12-04T10:00:00Z");

    private final MailParser parser = new MailParser();

    private ParsedMail parse(String fixture) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/mail/" + fixture)) {
            return parser.parse(in.readAllBytes(), ARRIVAL);
        }
    }

    private static ParsedAttachment attachment(ParsedMail mail, String filename) {
        return mail.attachments().stream().filter(a -> a.filename().equals(filename)).findFirst()
                .orElseThrow(() -> new AssertionError("no attachment " + filename + " in " + mail.attachments()));
    }

    @Test
    void encodedWordsSplitAndUnknownCharset() throws IOException {
        ParsedMail mail = parse("encoded-words-split.eml");

        assertThat(mail.subject()).isEqualTo("Grüße aus Zürich");
        assertThat(mail.from().displayName()).isEqualTo("Jörg");
    }

    @Test
    void raw8bitHeadersUseDeclaredCharset() throws IOException {
        ParsedMail mail = parse("raw-8bit-header.eml");

        assertThat(mail.subject()).isEqualTo("Prüfung der Rechnung");
        assertThat(mail.from().displayName()).isEqualTo("Müller");
        assertThat(mail.text().strip()).isEqualTo("Schöne Grüße");
    }

    @Test
    void invalidAddressesKeptAsRawText() throws IOException {
        ParsedMail mail = parse("invalid-addresses.eml");

        assertThat(mail.from().valid()).isFalse();
        assertThat(mail.from().raw()).contains("not an address");
        assertThat(mail.to()).extracting(MailAddress::address).contains("support@example.test", "jane@example.test");
        assertThat(mail.to()).extracting(MailAddress::displayName).contains("Doe, Jane");
        assertThat(mail.cc()).extracting(MailAddress::address).containsExactly("alice@example.test", "bob@example.test");
        assertThat(mail.warnings()).isNotEmpty();
    }

    @Test
    void rfc2231Iso2022JpFilename() throws IOException {
        ParsedMail mail = parse("rfc2231-iso2022jp.eml");

        // "報告書①" needs the Microsoft extension of ISO-2022-JP for the circled digit.
        assertThat(mail.attachments()).extracting(ParsedAttachment::filename).containsExactly("報告書①.txt");
    }

    @Test
    void obsoleteAddressSyntaxParsed() throws IOException {
        ParsedMail mail = parse("rfc2231-iso2022jp.eml");

        assertThat(mail.from().displayName()).isEqualTo("Müller, Hans");
        assertThat(mail.from().address()).isEqualTo("hans@example.test");
        assertThat(mail.to()).extracting(MailAddress::address).containsExactly("c@example.test", "mary@example.test");
    }

    @Test
    void missingMessageIdAndDateAreSynthesised() throws IOException {
        ParsedMail first = parse("invalid-addresses.eml");
        ParsedMail second = parse("invalid-addresses.eml");

        assertThat(first.messageIdSynthesized()).isTrue();
        assertThat(first.messageId()).isEqualTo(second.messageId()).endsWith("@synthesized.postdesk.invalid");
        assertThat(first.date()).isEqualTo(ARRIVAL);
    }

    @Test
    void truncatedBase64DecodedLeniently() throws IOException {
        ParsedMail mail = parse("truncated-base64.eml");

        assertThat(mail.text()).startsWith("Hallo Welt, das ist ein Test");
        assertThat(mail.warnings()).anyMatch(w -> w.contains("damaged base64"));
    }

    @Test
    void uuencodedFileMovedOutOfText() throws IOException {
        ParsedMail mail = parse("uuencoded.eml");

        ParsedAttachment report = attachment(mail, "report.txt");
        assertThat(new String(report.content(), StandardCharsets.US_ASCII)).isEqualTo("Hello report");
        assertThat(mail.text()).contains("See the report below.").contains("Bye").doesNotContain("begin 644");
    }

    @Test
    void signedMailKeepsBodyForwardAndSignature() throws IOException {
        ParsedMail mail = parse("signed-with-forward.eml");

        assertThat(mail.text()).contains("Please see the forwarded mail.");
        ParsedAttachment forwarded = attachment(mail, "Drucker fällt aus.eml");
        assertThat(forwarded.contentType()).isEqualTo("message/rfc822");
        assertThat(forwarded.messageSubject()).isEqualTo("Drucker fällt aus");
        assertThat(forwarded.messageFrom()).isEqualTo("Bob <bob@example.test>");
        assertThat(attachment(mail, "Rechnung März.pdf").contentType()).isEqualTo("application/pdf");
        assertThat(attachment(mail, "übersicht.txt").contentType()).isEqualTo("text/plain");
        assertThat(attachment(mail, "signature.asc").contentType()).isEqualTo("application/pgp-signature");
    }

    @Test
    void relatedImageInlineAndHtmlSanitised() throws IOException {
        ParsedMail mail = parse("related-cid.eml");

        assertThat(mail.text().strip()).isEqualTo("See the screenshot.");
        ParsedAttachment image = mail.attachments().get(0);
        assertThat(image.inline()).isTrue();
        assertThat(image.contentId()).isEqualTo("shot@example.test");
        assertThat(mail.html()).contains("cid:shot@example.test");

        String safe = HtmlSanitizer.sanitize(mail.html());
        assertThat(safe).contains("src=\"cid:shot@example.test\"");
        assertThat(safe).doesNotContain("<script", "javascript:", "onclick", " src=\"https://tracker.example");
        assertThat(safe).contains("data-remote-src=\"https://tracker.example/p.gif\"");
    }

    @Test
    void headerWithoutBlankLineKeepsBody() throws IOException {
        ParsedMail mail = parse("no-blank-line.eml");

        assertThat(mail.subject()).isEqualTo("no blank line");
        assertThat(mail.text()).contains("this line starts the body").contains("second line");
        assertThat(mail.warnings()).anyMatch(w -> w.contains("without a blank line"));
    }

    @Test
    void wrongBoundaryKeepsText() throws IOException {
        ParsedMail mail = parse("wrong-boundary.eml");

        assertThat(mail.text()).contains("Text that must survive.");
        assertThat(mail.warnings()).isNotEmpty();
    }

    @Test
    void calendarKeptAsAttachment() throws IOException {
        ParsedMail mail = parse("calendar.eml");

        ParsedAttachment invite = attachment(mail, "invite.ics");
        assertThat(invite.contentType()).isEqualTo("text/calendar");
        assertThat(new String(invite.content(), StandardCharsets.UTF_8)).contains("SUMMARY:Review");
        assertThat(mail.text()).contains("Meeting invitation").doesNotContain("VCALENDAR");
    }

    @Test
    void utf8BehindAsciiLabelAndNulBytes() throws IOException {
        ParsedMail mail = parse("mislabelled-utf8.eml");

        assertThat(mail.text().strip()).isEqualTo("Grüße € ok");
        assertThat(mail.warnings()).anyMatch(w -> w.contains("decoded as UTF-8"));
        assertThat(mail.warnings()).anyMatch(w -> w.contains("NUL"));
    }

    @Test
    void tnefBodyAndAttachmentsExtracted() throws IOException {
        byte[] report = "Umsatz;Monat\r\n1200;März\r\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] image = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        byte[] winmail = new TnefWriter().subject("Quartalsbericht")
                .body("Guten Tag\r\n\r\nim Anhang der Bericht für März.\r\n")
                .attachment("BERICHT.CSV", report)
                .attachment("logo.png", image)
                .toByteArray();
        String raw = String.join("\r\n",
                "From: Outlook User <outlook@example.test>",
                "To: support@example.test",
                "Subject: Quartalsbericht",
                "Message-ID: <tnef-1@example.test>",
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"b\"",
                "",
                "--b",
                "Content-Type: application/ms-tnef; name=\"winmail.dat\"",
                "Content-Transfer-Encoding: base64",
                "Content-Disposition: attachment; filename=\"winmail.dat\"",
                "",
                java.util.Base64.getMimeEncoder().encodeToString(winmail),
                "--b--",
                "");

        ParsedMail mail = parser.parse(raw.getBytes(StandardCharsets.US_ASCII), ARRIVAL);

        assertThat(mail.text().strip()).isEqualTo("Guten Tag\n\nim Anhang der Bericht für März.");
        assertThat(mail.attachments()).extracting(ParsedAttachment::filename).containsExactly("BERICHT.CSV", "logo.png");
        assertThat(attachment(mail, "BERICHT.CSV").content()).isEqualTo(report);
        assertThat(attachment(mail, "logo.png").content()).isEqualTo(image);
        assertThat(attachment(mail, "logo.png").contentType()).isEqualTo("image/png");
        assertThat(mail.warnings()).noneMatch(w -> w.contains("winmail.dat"));
    }

    @Test
    void brokenTnefKeptWithWarning() throws IOException {
        ParsedMail mail = parse("broken-tnef.eml");

        assertThat(attachment(mail, "winmail.dat").contentType()).isEqualTo("application/ms-tnef");
        assertThat(mail.warnings()).anyMatch(w -> w.contains("winmail.dat"));
    }

    @Test
    void charsetDetectionForUnlabelledText() {
        byte[] koi8 = "Привет, как дела? Всё хорошо.".getBytes(java.nio.charset.Charset.forName("KOI8-R"));
        byte[] cp1251 = "Привет, как дела? Всё хорошо.".getBytes(java.nio.charset.Charset.forName("windows-1251"));
        byte[] latin = "Grüße aus Zürich".getBytes(java.nio.charset.Charset.forName("windows-1252"));

        assertThat(Charsets.decodeUnlabelled(koi8)).isEqualTo("Привет, как дела? Всё хорошо.");
        assertThat(Charsets.decodeUnlabelled(cp1251)).isEqualTo("Привет, как дела? Всё хорошо.");
        assertThat(Charsets.decodeUnlabelled(latin)).isEqualTo("Grüße aus Zürich");
    }

    @Test
    void charsetAliasesAndMislabels() {
        for (List<String> row : List.of(
                List.of("ks_c_5601-1987", "x-windows-949"),
                List.of("iso-gb2312", "GBK"),
                List.of("x-iso-8859-2", "ISO-8859-2"),
                List.of("iso-2022-jp", "x-windows-iso2022jp"),
                List.of("cp-850", "IBM850"))) {
            assertThat(Charsets.forLabel(row.get(0))).as(row.get(0)).isNotNull();
        }
        assertThat(Charsets.forLabel("iso-2022-jp").name()).isEqualTo("x-windows-iso2022jp");
    }
}
