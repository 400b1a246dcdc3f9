-- Customer communication: the follow-up state of each ticket (still-in-progress updates,
-- reminders, reopen window), links between a resolved ticket and the follow-up ticket a late
-- reply opened, approval requests, satisfaction surveys and customer-level survey schedules.

-- One row per ticket that the communication rules have seen. status repeats the ticket status the
-- timers refer to; when the ticket status differs, the timers restart from the moment it is noticed.
CREATE TABLE ticket_communication (
    ticket_id               BIGINT      NOT NULL PRIMARY KEY,
    status                  VARCHAR(32) NOT NULL,
    status_since            DATETIME(6) NOT NULL,
    last_progress_update_at DATETIME(6) NULL,
    reminders_sent          INT         NOT NULL DEFAULT 0,
    resolved_at             DATETIME(6) NULL,
    version                 BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_ticket_communication_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    INDEX ix_ticket_communication_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE ticket_link (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ticket_id        BIGINT      NOT NULL,
    linked_ticket_id BIGINT      NOT NULL,
    kind             VARCHAR(32) NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    CONSTRAINT fk_ticket_link_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    CONSTRAINT fk_ticket_link_linked FOREIGN KEY (linked_ticket_id) REFERENCES ticket (id),
    INDEX ix_ticket_link_ticket (ticket_id),
    INDEX ix_ticket_link_linked (linked_ticket_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- token_nonce is the random part of the signed links; a link is valid only while it matches the
-- row and the row is still PENDING.
CREATE TABLE approval_request (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ticket_id    BIGINT        NOT NULL,
    scope        TEXT          NOT NULL,
    timeline     VARCHAR(1000) NOT NULL,
    cost         VARCHAR(255)  NOT NULL,
    requested_by VARCHAR(320)  NOT NULL,
    recipient    VARCHAR(320)  NOT NULL,
    requested_at DATETIME(6)   NOT NULL,
    expires_at   DATETIME(6)   NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    token_nonce  CHAR(32)      NOT NULL,
    message_id   VARCHAR(998)  NULL,
    decided_at   DATETIME(6)   NULL,
    decided_by   VARCHAR(320)  NULL,
    decided_via  VARCHAR(16)   NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_approval_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    INDEX ix_approval_ticket (ticket_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A survey sent to one recipient: about one ticket (kind TICKET) or about the customer
-- relationship (kind CUSTOMER, ticket_id NULL).
CREATE TABLE survey (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind         VARCHAR(16)  NOT NULL,
    ticket_id    BIGINT       NULL,
    customer_key VARCHAR(64)  NULL,
    recipient    VARCHAR(320) NOT NULL,
    language     VARCHAR(16)  NOT NULL,
    token_nonce  CHAR(32)     NOT NULL,
    sent_at      DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    rating       INT          NULL,
    comment      TEXT         NULL,
    answered_at  DATETIME(6)  NULL,
    answered_via VARCHAR(16)  NULL,
    answered_by  VARCHAR(320) NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_survey_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    INDEX ix_survey_ticket (ticket_id),
    INDEX ix_survey_customer (customer_key, sent_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE customer_survey_schedule (
    customer_key  VARCHAR(64) NOT NULL PRIMARY KEY,
    interval_days INT         NOT NULL,
    next_run_at   DATETIME(6) NOT NULL,
    last_run_at   DATETIME(6) NULL,
    version       BIGINT      NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
