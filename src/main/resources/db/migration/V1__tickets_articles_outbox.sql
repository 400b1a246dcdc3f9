-- Core schema: tickets and their articles, the Message-ID index used for threading and
-- de-duplication, the outgoing mail outbox, the quarantine of unprocessable mail, and
-- ticket history. Timestamps are UTC, stored as datetime(6).

CREATE SEQUENCE ticket_number_seq START WITH 1000 INCREMENT BY 1 NOCACHE;

CREATE TABLE ticket (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number          VARCHAR(32)  NOT NULL,
    subject         VARCHAR(998) NOT NULL,
    status          VARCHAR(32)  NOT NULL,
    customer_key    VARCHAR(64)  NULL,
    contact_address VARCHAR(320) NULL,
    contact_name    VARCHAR(255) NULL,
    language        VARCHAR(16)  NOT NULL,
    team_key        VARCHAR(64)  NULL,
    priority        VARCHAR(8)   NULL,
    type            VARCHAR(32)  NULL,
    mailbox         VARCHAR(64)  NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_ticket_number UNIQUE (number),
    INDEX ix_ticket_customer_status (customer_key, status),
    INDEX ix_ticket_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The raw message exactly as it arrived or was sent, kept apart so that article listings
-- never load it.
CREATE TABLE raw_message (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sha256     CHAR(64)    NOT NULL,
    size       BIGINT      NOT NULL,
    content    LONGBLOB    NOT NULL,
    created_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE article (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ticket_id       BIGINT       NOT NULL,
    direction       VARCHAR(16)  NOT NULL,
    mailbox         VARCHAR(64)  NULL,
    from_address    VARCHAR(1000) NULL,
    to_addresses    TEXT         NULL,
    cc_addresses    TEXT         NULL,
    subject         VARCHAR(998) NULL,
    message_id      VARCHAR(998) NOT NULL,
    in_reply_to     TEXT         NULL,
    references_ids  TEXT         NULL,
    sent_at         DATETIME(6)  NULL,
    headers         MEDIUMTEXT   NULL,
    text_body       LONGTEXT     NULL,
    html_body       LONGTEXT     NULL,
    visible_text    LONGTEXT     NULL,
    internal        BOOLEAN      NOT NULL DEFAULT FALSE,
    automatic       BOOLEAN      NOT NULL DEFAULT FALSE,
    parse_warnings  TEXT         NULL,
    raw_message_id  BIGINT       NULL,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_article_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    CONSTRAINT fk_article_raw FOREIGN KEY (raw_message_id) REFERENCES raw_message (id),
    INDEX ix_article_ticket (ticket_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE attachment (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    article_id   BIGINT        NOT NULL,
    filename     VARCHAR(1000) NOT NULL,
    content_type VARCHAR(255)  NOT NULL,
    size         BIGINT        NOT NULL,
    sha256       CHAR(64)      NOT NULL,
    content_id   VARCHAR(998)  NULL,
    inline_part  BOOLEAN       NOT NULL DEFAULT FALSE,
    content      LONGBLOB      NOT NULL,
    CONSTRAINT fk_attachment_article FOREIGN KEY (article_id) REFERENCES article (id),
    INDEX ix_attachment_article (article_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every Message-ID that Postdesk received or sent, mapped to its ticket. The unique hash makes
-- the store step reject a second copy of the same inbound mail, also across instances.
CREATE TABLE message_index (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    message_id_hash CHAR(64)     NOT NULL,
    message_id      VARCHAR(998) NOT NULL,
    ticket_id       BIGINT       NOT NULL,
    article_id      BIGINT       NULL,
    direction       VARCHAR(16)  NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uk_message_index_hash UNIQUE (message_id_hash),
    CONSTRAINT fk_message_index_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Extra copies of an already stored mail, with the mailbox they came through.
CREATE TABLE inbound_duplicate (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    message_id  VARCHAR(998) NOT NULL,
    ticket_id   BIGINT       NULL,
    mailbox     VARCHAR(64)  NULL,
    received_at DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE history_event (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ticket_id  BIGINT       NOT NULL,
    type       VARCHAR(64)  NOT NULL,
    actor      VARCHAR(320) NULL,
    detail     TEXT         NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_history_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    INDEX ix_history_ticket (ticket_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Outgoing mail, written in the same transaction as the ticket change that caused it and sent
-- by the outbox route. The rendered message is stored so that a retry sends the same bytes.
CREATE TABLE outbox_message (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ticket_id       BIGINT        NULL,
    article_id      BIGINT        NULL,
    kind            VARCHAR(64)   NOT NULL,
    recipients      VARCHAR(4000) NOT NULL,
    envelope_from   VARCHAR(320)  NULL,
    message_id      VARCHAR(998)  NOT NULL,
    content         LONGBLOB      NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    lease_until     DATETIME(6)   NULL,
    last_error      TEXT          NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    INDEX ix_outbox_due (status, next_attempt_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Mail that could not be parsed or stored, kept raw with the failure so it can be replayed.
CREATE TABLE quarantined_mail (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    mailbox       VARCHAR(64)  NULL,
    message_id    VARCHAR(998) NULL,
    sha256        CHAR(64)     NOT NULL,
    size          BIGINT       NOT NULL,
    content       LONGBLOB     NOT NULL,
    stage         VARCHAR(64)  NULL,
    error         TEXT         NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    received_at   DATETIME(6)  NOT NULL,
    replayed_at   DATETIME(6)  NULL,
    replay_result VARCHAR(255) NULL,
    INDEX ix_quarantine_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
