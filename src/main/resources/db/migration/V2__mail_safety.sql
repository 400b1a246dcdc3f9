-- Mail safety: recipients that get no automatic mail after a permanent delivery failure, the log
-- of automatic mail that rate limits count, inbound mail that was deliberately not turned into a
-- ticket, and flags that draw an agent's attention to a ticket.

CREATE TABLE suppressed_recipient (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    address     VARCHAR(320)  NOT NULL,
    status      VARCHAR(16)   NULL,
    diagnostic  VARCHAR(1000) NULL,
    ticket_id   BIGINT        NULL,
    created_at  DATETIME(6)   NOT NULL,
    suppressed_until DATETIME(6) NOT NULL,
    CONSTRAINT uk_suppressed_recipient_address UNIQUE (address)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE automatic_mail (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient  VARCHAR(320) NOT NULL,
    ticket_id  BIGINT       NULL,
    kind       VARCHAR(64)  NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    INDEX ix_automatic_mail_recipient (recipient, created_at),
    INDEX ix_automatic_mail_ticket (ticket_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE ignored_mail (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    mailbox     VARCHAR(64)   NULL,
    message_id  VARCHAR(998)  NOT NULL,
    mail_class  VARCHAR(16)   NOT NULL,
    sender      VARCHAR(1000) NULL,
    subject     VARCHAR(998)  NULL,
    reason      VARCHAR(1000) NOT NULL,
    size        BIGINT        NOT NULL,
    content     LONGBLOB      NOT NULL,
    received_at DATETIME(6)   NOT NULL,
    INDEX ix_ignored_mail_received (received_at),
    INDEX ix_ignored_mail_message_id (message_id(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE ticket_flag (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ticket_id   BIGINT        NOT NULL,
    type        VARCHAR(64)   NOT NULL,
    detail      VARCHAR(1000) NULL,
    created_at  DATETIME(6)   NOT NULL,
    cleared_at  DATETIME(6)   NULL,
    CONSTRAINT fk_ticket_flag_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    INDEX ix_ticket_flag_open (cleared_at, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
