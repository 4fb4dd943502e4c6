-- Stand-in outbox table of the benchmark, used until omnibox-ejb ships its DDL.
CREATE TABLE outbox_events (
    seq             BIGINT        NOT NULL AUTO_INCREMENT,
    id              CHAR(36)      CHARACTER SET ascii NOT NULL,
    event_type      VARCHAR(255)  NOT NULL,
    payload         LONGTEXT      NOT NULL,
    headers         TEXT,
    status          VARCHAR(16)   NOT NULL,
    attempts_made   INT           NOT NULL DEFAULT 0,
    max_attempts    INT           NOT NULL,
    last_error      TEXT,
    scheduled_at    DATETIME(6)   NOT NULL,
    completed_at    DATETIME(6),
    locked_by       VARCHAR(255),
    locked_at       DATETIME(6),
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    aggregate_type  VARCHAR(255),
    aggregate_id    VARCHAR(255),
    topic           VARCHAR(255)  NOT NULL,
    partition_key   VARCHAR(255),
    CONSTRAINT outbox_events_pk PRIMARY KEY (seq),
    CONSTRAINT outbox_events_id_uk UNIQUE (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX outbox_events_pending_ix ON outbox_events (status, scheduled_at, seq);
CREATE INDEX outbox_events_completed_ix ON outbox_events (status, completed_at);
