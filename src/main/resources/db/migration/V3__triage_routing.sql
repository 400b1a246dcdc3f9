-- Triage and routing: the agent a ticket is assigned to, ticket tags set by triage rules, and
-- on-call pages with their acknowledgement and escalation to the support lead.

ALTER TABLE ticket ADD COLUMN assignee VARCHAR(320) NULL;

CREATE TABLE ticket_tag (
    ticket_id BIGINT      NOT NULL,
    tag       VARCHAR(64) NOT NULL,
    PRIMARY KEY (ticket_id, tag),
    CONSTRAINT fk_ticket_tag_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One page of a team's on-call address. A page counts as acknowledged when a reply or command
-- reaches the ticket; an unacknowledged page is escalated to the support lead once.
CREATE TABLE on_call_page (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ticket_id       BIGINT       NOT NULL,
    team_key        VARCHAR(64)  NOT NULL,
    window_name     VARCHAR(64)  NOT NULL,
    address         VARCHAR(320) NOT NULL,
    paged_at        DATETIME(6)  NOT NULL,
    acknowledged_at DATETIME(6)  NULL,
    acknowledged_by VARCHAR(320) NULL,
    escalated_at    DATETIME(6)  NULL,
    escalated_to    VARCHAR(320) NULL,
    CONSTRAINT fk_on_call_page_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    INDEX ix_on_call_page_open (acknowledged_at, escalated_at, paged_at),
    INDEX ix_on_call_page_ticket (ticket_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
