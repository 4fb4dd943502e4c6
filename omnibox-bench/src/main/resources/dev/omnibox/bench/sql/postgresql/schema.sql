-- Stand-in outbox table of the benchmark, used until omnibox-ejb ships its DDL.
CREATE TABLE outbox_events (
    id              UUID          NOT NULL,
    seq             BIGINT        GENERATED ALWAYS AS IDENTITY,
    event_type      VARCHAR(255)  NOT NULL,
    payload         TEXT          NOT NULL,
    headers         TEXT,
    status          VARCHAR(16)   NOT NULL,
    attempts_made   INTEGER       NOT NULL DEFAULT 0,
    max_attempts    INTEGER       NOT NULL,
    last_error      VARCHAR(4000),
    scheduled_at    TIMESTAMP(6)  NOT NULL,
    completed_at    TIMESTAMP(6),
    locked_by       VARCHAR(255),
    locked_at       TIMESTAMP(6),
    created_at      TIMESTAMP(6)  NOT NULL,
    updated_at      TIMESTAMP(6)  NOT NULL,
    aggregate_type  VARCHAR(255),
    aggregate_id    VARCHAR(255),
    topic           VARCHAR(255)  NOT NULL,
    partition_key   VARCHAR(255),
    CONSTRAINT outbox_events_pk PRIMARY KEY (id)
);
CREATE INDEX outbox_events_pending_ix ON outbox_events (scheduled_at, seq)
    WHERE status = 'PENDING';
CREATE INDEX outbox_events_completed_ix ON outbox_events (completed_at)
    WHERE status = 'COMPLETED';
