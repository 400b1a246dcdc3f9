package ch.postdesk.ticket;

import ch.postdesk.content.BlobStore;
import ch.postdesk.content.BlobStore.BlobTable;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read access to tickets: listing, one ticket with articles and history, raw messages and attachments. */
@RestController
@RequestMapping("/api/tickets")
class TicketController {

    private final TicketQueries queries;
    private final BlobStore blobs;

    TicketController(TicketQueries queries, BlobStore blobs) {
        this.queries = queries;
        this.blobs = blobs;
    }

    @GetMapping
    ResponseEntity<?> list(@RequestParam(required = false) String customer,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "100") int limit) {
        TicketStatus parsedStatus = null;
        if (status != null) {
            parsedStatus = TicketStatus.fromApiName(status);
            if (parsedStatus == null) {
                return ResponseEntity.badRequest().body(Map.of("error", "invalid status",
                        "message", "status '" + status + "' is not valid; use one of "
                                + java.util.Arrays.stream(TicketStatus.values()).map(TicketStatus::apiName).toList()));
            }
        }
        List<TicketView.Summary> tickets = queries.list(customer, parsedStatus, Math.max(1, Math.min(limit, 1000)));
        return ResponseEntity.ok(tickets);
    }

    @GetMapping("/{number}")
    ResponseEntity<?> get(@PathVariable String number) {
        return queries.find(number)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> notFound("ticket " + number + " not found"));
    }

    @GetMapping("/{number}/articles/{id}/raw")
    ResponseEntity<?> raw(@PathVariable String number, @PathVariable long id) {
        return queries.rawMessage(number, id)
                .<ResponseEntity<?>>map(raw -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType("message/rfc822"))
                        .contentLength(raw.size())
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(number + "-" + id + ".eml").build().toString())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(blobs.resource(raw.table(), raw.id())))
                .orElseGet(() -> notFound("no raw message for article " + id + " of ticket " + number));
    }

    @GetMapping("/{number}/attachments/{id}")
    ResponseEntity<?> attachment(@PathVariable String number, @PathVariable long id) {
        return queries.attachment(number, id)
                .<ResponseEntity<?>>map(a -> ResponseEntity.ok()
                        .contentType(safeType(a.getContentType(), a.getCharset()))
                        .header(HttpHeaders.CONTENT_DISPOSITION, attachmentDisposition(a.getFilename()))
                        .header("X-Content-Type-Options", "nosniff")
                        .contentLength(a.getSize())
                        .body(blobs.resource(BlobTable.ATTACHMENT, a.getId())))
                .orElseGet(() -> notFound("attachment " + id + " of ticket " + number + " not found"));
    }

    /**
     * Builds {@code Content-Disposition: attachment} for {@code filename} as RFC 6266 recommends:
     * an ASCII {@code filename} for old clients (accents removed, other characters replaced by
     * {@code _}) and the exact name in {@code filename*} (RFC 8187) when it is not plain ASCII.
     */
    static String attachmentDisposition(String filename) {
        String ascii = java.text.Normalizer.normalize(filename, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        String header = "attachment; filename=\"" + ascii + "\"";
        if (ascii.equals(filename)) {
            return header;
        }
        StringBuilder encoded = new StringBuilder();
        for (byte b : filename.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            boolean attrChar = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "!#$&+-.^_`|~".indexOf(c) >= 0;
            if (attrChar) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return header + "; filename*=UTF-8''" + encoded;
    }

    /** Returns the stored type with the declared charset; a charset Java does not know is left out. */
    private static MediaType safeType(String contentType, String charset) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (RuntimeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
        if (charset == null) {
            return type;
        }
        try {
            return new MediaType(type, java.nio.charset.Charset.forName(charset));
        } catch (RuntimeException e) {
            return type;
        }
    }

    private static ResponseEntity<?> notFound(String message) {
        return ResponseEntity.status(404).body(Map.of("error", "not found", "message", message));
    }
}
