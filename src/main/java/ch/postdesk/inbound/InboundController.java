package ch.postdesk.inbound;

import ch.postdesk.content.ContentSpool;
import ch.postdesk.content.MailContent;
import ch.postdesk.content.Spooling;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/inbound}: one raw RFC 822 message in the body, processed by the same pipeline
 * as polled mail. This is what {@code bin/postdesk-mailgate} calls from an MTA. The body is
 * copied to a spool as it arrives, so a large message is not held in the heap.
 */
@RestController
@RequestMapping("/api/inbound")
class InboundController {

    private final InboundGateway gateway;
    private final InboundProperties properties;
    private final Spooling spooling;

    InboundController(InboundGateway gateway, InboundProperties properties, Spooling spooling) {
        this.gateway = gateway;
        this.properties = properties;
        this.spooling = spooling;
    }

    @PostMapping(consumes = {"message/rfc822", "application/octet-stream", "text/plain"})
    ResponseEntity<Map<String, Object>> receive(InputStream request,
            @RequestParam(name = "mailbox", required = false) String mailbox) throws IOException {
        if (mailbox != null && properties.mailbox(mailbox).isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("error", "unknown mailbox",
                    "message", "mailbox '" + mailbox + "' is not configured; use one of "
                            + properties.mailboxes().stream().map(InboundProperties.Mailbox::id).toList()));
        }
        MailContent raw = ContentSpool.copy(request, spooling);
        if (raw.size() == 0) {
            return ResponseEntity.badRequest().body(Map.of("error", "empty body",
                    "message", "post one raw RFC 822 message with Content-Type: message/rfc822"));
        }
        InboundResult result = gateway.process(raw, mailbox);
        HttpStatus status = switch (result.outcome()) {
            case CREATED -> HttpStatus.CREATED;
            case QUARANTINED -> HttpStatus.ACCEPTED;
            default -> HttpStatus.OK;
        };
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("outcome", result.outcome().apiName());
        body.put("ticket", result.ticket());
        body.put("reason", result.reason());
        return ResponseEntity.status(status).body(body);
    }

    /** The database is unreachable or busy: nothing was stored, and the sender should try again. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Map<String, Object>> failure(RuntimeException e) {
        if (!InboundFailures.isTransient(e)) {
            throw e;
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "30")
                .body(Map.of("error", "temporarily unavailable", "message",
                        "the mail was not stored because the database is unavailable; retry later"));
    }
}
