-- Commands by mail: the due date that #due sets, the flag on internal notes whose sender could
-- not be authenticated, and the security events of failed command authentication.

ALTER TABLE ticket ADD COLUMN due_at DATETIME(6) NULL;

-- True for a staff mail whose sender proved neither a reply token nor a trusted DKIM or DMARC
-- pass; its commands were not executed.
ALTER TABLE article ADD COLUMN unverified BOOLEAN NOT NULL DEFAULT FALSE;

-- One row per staff mail that failed authentication. token_state is none, valid,
-- other-recipient or invalid; decision_source names what decided (token,
-- authentication-results or none).
CREATE TABLE security_event (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    type           VARCHAR(64)   NOT NULL,
    ticket_id      BIGINT        NULL,
    message_id     VARCHAR(998)  NULL,
    sender         VARCHAR(320)  NULL,
    token_state    VARCHAR(32)   NOT NULL,
    token_recipient VARCHAR(320) NULL,
    decision_source VARCHAR(32)  NOT NULL,
    detail         TEXT          NULL,
    commands       TEXT          NULL,
    created_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_security_event_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    INDEX ix_security_event_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
