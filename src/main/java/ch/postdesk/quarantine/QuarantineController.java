package ch.postdesk.quarantine;

import ch.postdesk.content.BlobStore;
import ch.postdesk.content.BlobStore.BlobTable;
import ch.postdesk.inbound.InboundOutcome;
import ch.postdesk.inbound.InboundResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lists quarantined mail, serves its raw bytes and replays it through the pipeline. */
@RestController
@RequestMapping("/api/quarantine")
class QuarantineController {

    private final QuarantineRepository repository;
    private final QuarantineReplayer replayer;
    private final BlobStore blobs;

    QuarantineController(QuarantineRepository repository, QuarantineReplayer replayer, BlobStore blobs) {
        this.repository = repository;
        this.replayer = replayer;
        this.blobs = blobs;
    }

    record Entry(Long id, String mailbox, String messageId, long size, String sha256, String stage, String error,
            String status, Instant receivedAt, Instant replayedAt, String replayResult) {
    }

    @GetMapping
    ResponseEntity<?> list(@RequestParam(required = false) String status) {
        QuarantinedMail.Status filter = null;
        if (status != null) {
            filter = java.util.Arrays.stream(QuarantinedMail.Status.values())
                    .filter(s -> s.name().equalsIgnoreCase(status)).findFirst().orElse(null);
            if (filter == null) {
                return ResponseEntity.badRequest().body(Map.of("error", "invalid status",
                        "message", "status '" + status + "' is not valid; use open or replayed"));
            }
        }
        List<QuarantinedMail> entries = filter == null ? repository.findAllByOrderByIdDesc()
                : repository.findByStatusOrderByIdDesc(filter);
        return ResponseEntity.ok(entries.stream().map(q -> new Entry(q.getId(), q.getMailbox(), q.getMessageId(), q.getSize(),
                q.getSha256(), q.getStage(), q.getError(), q.getStatus().name().toLowerCase(), q.getReceivedAt(),
                q.getReplayedAt(), q.getReplayResult())).toList());
    }

    @GetMapping("/{id}/raw")
    ResponseEntity<?> raw(@PathVariable long id) {
        return repository.findById(id)
                .<ResponseEntity<?>>map(q -> ResponseEntity.ok()
                        .header("Content-Type", "message/rfc822")
                        .contentLength(q.getSize())
                        .body(blobs.resource(BlobTable.QUARANTINED_MAIL, q.getId())))
                .orElseGet(() -> ResponseEntity.status(404).body(Map.of("error", "not found",
                        "message", "quarantine entry " + id + " not found")));
    }

    @PostMapping("/{id}/replay")
    ResponseEntity<?> replay(@PathVariable long id) {
        try {
            InboundResult result = replayer.replay(id);
            Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("outcome", result.outcome().apiName());
            body.put("ticket", result.ticket());
            body.put("reason", result.reason());
            return ResponseEntity.status(result.outcome() == InboundOutcome.QUARANTINED ? 202 : 200).body(body);
        } catch (NoSuchElementException e) {
            return ResponseEntity.status(404).body(Map.of("error", "not found", "message", e.getMessage()));
        }
    }
}
