package ch.postdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import ch.postdesk.support.PostdeskIntegrationTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Downloads of raw messages and attachments through the API, the resolved {@code cid:} images of
 * the display HTML. {@code LargeMailTest} covers a mail with a 25 MB attachment.
 */
class ArticleDownloadIntegrationTest extends PostdeskIntegrationTest {

    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    private static final byte[] PDF = "%PDF-1.4\n% test document\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void rawMessageAndAttachmentsDownload() {
        String customer = uniqueAddress("downloads", "customer.test");
        byte[] raw = relatedMail(customer, uniqueMessageId("customer.test")).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> posted = postMail("/api/inbound", raw, API_TOKEN);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        String number = json(posted.body()).get("ticket").asString();
        JsonNode article = json(get("/api/tickets/" + number, API_TOKEN).body()).get("articles").get(0);

        HttpResponse<byte[]> rawResponse = getBytes("/api/tickets/" + number + "/articles/" + article.get("id").asLong()
                + "/raw");
        assertThat(rawResponse.statusCode()).isEqualTo(200);
        assertThat(rawResponse.headers().firstValue("Content-Type")).hasValue("message/rfc822");
        assertThat(rawResponse.body()).isEqualTo(raw);

        JsonNode pdf = attachmentNamed(article, "Offerte März.pdf");
        HttpResponse<byte[]> pdfResponse = getBytes("/api/tickets/" + number + "/attachments/" + pdf.get("id").asLong());
        assertThat(pdfResponse.statusCode()).isEqualTo(200);
        assertThat(pdfResponse.body()).isEqualTo(PDF);
        assertThat(pdfResponse.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdfResponse.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment").contains("filename*=UTF-8''Offerte%20M%C3%A4rz.pdf");

        JsonNode image = attachmentNamed(article, "logo.png");
        assertThat(image.get("inline").asBoolean()).isTrue();
        String imageUrl = "/api/tickets/" + number + "/attachments/" + image.get("id").asLong();
        String html = article.get("html").asString();
        assertThat(html).contains("src=\"" + imageUrl + "\"").doesNotContain("cid:");
        HttpResponse<byte[]> imageResponse = getBytes(imageUrl);
        assertThat(imageResponse.body()).isEqualTo(PNG);
        assertThat(imageResponse.headers().firstValue("Content-Type")).hasValue("image/png");
    }

    @Test
    void unknownAttachmentIsNotFound() {
        HttpResponse<byte[]> response = getBytes("/api/tickets/T-0/attachments/999999999");

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void outboundArticleRawIsSentMail() {
        String customer = uniqueAddress("outbound-raw", "customer.test");
        byte[] raw = relatedMail(customer, uniqueMessageId("customer.test")).getBytes(StandardCharsets.UTF_8);
        String number = json(postMail("/api/inbound", raw, API_TOKEN).body()).get("ticket").asString();
        JsonNode acknowledgement = null;
        for (JsonNode article : json(get("/api/tickets/" + number, API_TOKEN).body()).get("articles")) {
            if (article.get("direction").asString().equals("outbound")) {
                acknowledgement = article;
            }
        }
        assertThat(acknowledgement).as("outbound acknowledgement article").isNotNull();

        HttpResponse<byte[]> response = getBytes("/api/tickets/" + number + "/articles/"
                + acknowledgement.get("id").asLong() + "/raw");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("message/rfc822");
        String sent = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(sent).contains("Message-ID: <" + acknowledgement.get("messageId").asString() + ">")
                .contains("Auto-Submitted: auto-replied");
    }

    @Test
    void textAttachmentServedWithCharset() {
        String customer = uniqueAddress("latin1", "customer.test");
        byte[] notes = "Grüße aus Zürich\r\n".getBytes(StandardCharsets.ISO_8859_1);
        String raw = String.join("\r\n",
                "From: " + customer,
                "To: support@postdesk.test",
                "Subject: Notes",
                "Message-ID: <" + uniqueMessageId("customer.test") + ">",
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"b\"",
                "",
                "--b",
                "Content-Type: text/plain; charset=utf-8",
                "",
                "Notes attached.",
                "--b",
                "Content-Type: text/plain; charset=\"ISO-8859-1\"; name=\"notes.txt\"",
                "Content-Transfer-Encoding: base64",
                "Content-Disposition: attachment; filename=\"notes.txt\"",
                "",
                Base64.getMimeEncoder().encodeToString(notes),
                "--b--",
                "");
        String number = json(postMail("/api/inbound", raw.getBytes(StandardCharsets.US_ASCII), API_TOKEN).body())
                .get("ticket").asString();
        JsonNode file = attachmentNamed(json(get("/api/tickets/" + number, API_TOKEN).body()).get("articles").get(0),
                "notes.txt");

        HttpResponse<byte[]> response = getBytes("/api/tickets/" + number + "/attachments/" + file.get("id").asLong());

        assertThat(file.get("charset").asString()).isEqualTo("iso-8859-1");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=ISO-8859-1");
        assertThat(response.body()).isEqualTo(notes);
    }

    private static String relatedMail(String customer, String messageId) {
        String png = Base64.getMimeEncoder().encodeToString(PNG);
        String pdf = Base64.getMimeEncoder().encodeToString(PDF);
        return String.join("\r\n",
                "From: Anna Muster <" + customer + ">",
                "To: support@postdesk.test",
                "Subject: Offer with logo",
                "Message-ID: <" + messageId + ">",
                "Date: Fri, 4 Dec 2026 10:00:00 +0100",
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"outer\"",
                "",
                "--outer",
                "Content-Type: multipart/related; boundary=\"related\"; type=\"text/html\"",
                "",
                "--related",
                "Content-Type: text/html; charset=utf-8",
                "",
                "<html><body><p>Our logo:</p><img src=\"cid:logo.1@customer.test\" alt=\"logo\"></body></html>",
                "--related",
                "Content-Type: image/png; name=\"logo.png\"",
                "Content-Transfer-Encoding: base64",
                "Content-ID: <logo.1@customer.test>",
                "Content-Disposition: inline; filename=\"logo.png\"",
                "",
                png,
                "--related--",
                "--outer",
                "Content-Type: application/pdf; name=\"=?utf-8?Q?Offerte_M=C3=A4rz.pdf?=\"",
                "Content-Transfer-Encoding: base64",
                "Content-Disposition: attachment; filename*=utf-8''Offerte%20M%C3%A4rz.pdf",
                "",
                pdf,
                "--outer--",
                "");
    }

    private static JsonNode attachmentNamed(JsonNode article, String filename) {
        for (JsonNode attachment : article.get("attachments")) {
            if (attachment.get("filename").asString().equals(filename)) {
                return attachment;
            }
        }
        throw new AssertionError("no attachment " + filename + " in " + article.get("attachments"));
    }

    private JsonNode json(String body) {
        return mapper.readTree(body);
    }
}
