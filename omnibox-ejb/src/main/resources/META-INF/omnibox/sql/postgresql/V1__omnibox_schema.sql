-- omnibox schema, version 1, for PostgreSQL 12 and later.
--
-- Run it once per schema: with Flyway (locations = classpath:META-INF/omnibox/sql/postgresql),
-- with Liquibase (<sqlFile path="META-INF/omnibox/sql/postgresql/V1__omnibox_schema.sql"
-- splitStatements="true" endDelimiter=";"/>), by hand with psql, or through the omnibox schema
-- installer when automatic schema creation is switched on. The file names no schema, so the
-- tables land in the first schema of the connection's search_path.
--
-- Timestamps are TIMESTAMP WITHOUT TIME ZONE holding UTC. omnibox writes them as UTC wall-clock
-- values and compares them with (statement_timestamp() AT TIME ZONE 'UTC'), so neither the JVM
-- time zone nor the session TimeZone changes what is stored or how leases expire.
--
-- key_hash is the CRC-32 of the UTF-8 partition key, 0 for an event without one. Workers that
-- split the keys into shares take the events whose key_hash modulo the share count is their share.
--
-- Per-key ordering: an event with a partition key is written after its transaction has taken
-- a transaction-level advisory lock on a hash of its key (pg_advisory_xact_lock). Transactions
-- that write the same key therefore commit one after the other, and the seq values of one key follow commit order. A
-- claim that keeps order takes an event only when no event of the same key with a smaller seq
-- is still PENDING (locked or not) or, unless FAILED events are set not to block, FAILED.

CREATE TABLE outbox_events (
    id               UUID NOT NULL,
    seq              BIGINT GENERATED ALWAYS AS IDENTITY,
    event_type       VARCHAR(255) NOT NULL,
    payload          TEXT NOT NULL,
    headers          TEXT,
    schema_version   VARCHAR(64),
    trace_id         VARCHAR(255),
    correlation_id   VARCHAR(255),
    causation_id     VARCHAR(255),
    idempotency_key  VARCHAR(255),
    status           VARCHAR(16) NOT NULL,
    attempts_made    INTEGER NOT NULL DEFAULT 0,
    max_attempts     INTEGER NOT NULL,
    last_error       VARCHAR(4000),
    scheduled_at     TIMESTAMP(6) NOT NULL,
    completed_at     TIMESTAMP(6),
    locked_by        VARCHAR(255),
    locked_at        TIMESTAMP(6),
    created_at       TIMESTAMP(6) NOT NULL,
    updated_at       TIMESTAMP(6) NOT NULL,
    aggregate_type   VARCHAR(255),
    aggregate_id     VARCHAR(255),
    topic            VARCHAR(255) NOT NULL,
    partition_key    VARCHAR(255),
    key_hash         BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT outbox_events_pk PRIMARY KEY (id),
    CONSTRAINT outbox_events_status_ck CHECK (status IN ('PENDING', 'COMPLETED', 'FAILED')),
    CONSTRAINT outbox_events_attempts_ck
        CHECK (attempts_made >= 0 AND max_attempts >= 1 AND attempts_made <= max_attempts),
    CONSTRAINT outbox_events_completed_ck
        CHECK ((status = 'COMPLETED') = (completed_at IS NOT NULL)),
    CONSTRAINT outbox_events_lock_ck CHECK ((locked_by IS NULL) = (locked_at IS NULL))
);

-- The claim reads this index in scheduled order and stops after the batch size; expired leases
-- are rows of this index too.
CREATE INDEX outbox_events_pending_ix ON outbox_events (scheduled_at, seq)
    WHERE status = 'PENDING';
-- Stale-lock release.
CREATE INDEX outbox_events_locked_ix ON outbox_events (locked_at) WHERE locked_at IS NOT NULL;
-- Retention: completed rows older than a cut-off, deleted in bounded batches.
CREATE INDEX outbox_events_completed_ix ON outbox_events (completed_at)
    WHERE status = 'COMPLETED';
-- Requeue and dead-letter moves of FAILED rows.
CREATE INDEX outbox_events_failed_ix ON outbox_events (updated_at) WHERE status = 'FAILED';
-- The ordered claim's check for an earlier unfinished event of the same key.
CREATE INDEX outbox_events_key_ix ON outbox_events (partition_key, seq)
    WHERE status <> 'COMPLETED' AND partition_key IS NOT NULL;
CREATE UNIQUE INDEX outbox_events_idempotency_uk ON outbox_events (idempotency_key)
    WHERE idempotency_key IS NOT NULL;

CREATE TABLE inbox_events (
    id               UUID NOT NULL,
    seq              BIGINT GENERATED ALWAYS AS IDENTITY,
    event_type       VARCHAR(255) NOT NULL,
    payload          TEXT NOT NULL,
    headers          TEXT,
    schema_version   VARCHAR(64),
    trace_id         VARCHAR(255),
    correlation_id   VARCHAR(255),
    causation_id     VARCHAR(255),
    idempotency_key  VARCHAR(255),
    status           VARCHAR(16) NOT NULL,
    attempts_made    INTEGER NOT NULL DEFAULT 0,
    max_attempts     INTEGER NOT NULL,
    last_error       VARCHAR(4000),
    scheduled_at     TIMESTAMP(6) NOT NULL,
    completed_at     TIMESTAMP(6),
    locked_by        VARCHAR(255),
    locked_at        TIMESTAMP(6),
    created_at       TIMESTAMP(6) NOT NULL,
    updated_at       TIMESTAMP(6) NOT NULL,
    message_id       VARCHAR(255) NOT NULL,
    consumer_group   VARCHAR(255) NOT NULL,
    source           VARCHAR(255),
    partition_key    VARCHAR(255),
    key_hash         BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT inbox_events_pk PRIMARY KEY (id),
    CONSTRAINT inbox_events_message_uk UNIQUE (message_id, consumer_group),
    CONSTRAINT inbox_events_status_ck CHECK (status IN ('PENDING', 'COMPLETED', 'FAILED')),
    CONSTRAINT inbox_events_attempts_ck
        CHECK (attempts_made >= 0 AND max_attempts >= 1 AND attempts_made <= max_attempts),
    CONSTRAINT inbox_events_completed_ck
        CHECK ((status = 'COMPLETED') = (completed_at IS NOT NULL)),
    CONSTRAINT inbox_events_lock_ck CHECK ((locked_by IS NULL) = (locked_at IS NULL))
);

CREATE INDEX inbox_events_pending_ix ON inbox_events (scheduled_at, seq)
    WHERE status = 'PENDING';
CREATE INDEX inbox_events_locked_ix ON inbox_events (locked_at) WHERE locked_at IS NOT NULL;
CREATE INDEX inbox_events_completed_ix ON inbox_events (completed_at)
    WHERE status = 'COMPLETED';
CREATE INDEX inbox_events_failed_ix ON inbox_events (updated_at) WHERE status = 'FAILED';
CREATE INDEX inbox_events_key_ix ON inbox_events (consumer_group, partition_key, seq)
    WHERE status <> 'COMPLETED' AND partition_key IS NOT NULL;
CREATE UNIQUE INDEX inbox_events_idempotency_uk ON inbox_events (consumer_group, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

-- Events and messages omnibox gave up on: FAILED events moved out of outbox_events and
-- inbox_events with every column they had, and received messages that could not be stored as
-- inbox events (event_id and the event columns are then null). event_kind is OUTBOX or INBOX;
-- scope is the outbox topic or the inbox consumer group.
CREATE TABLE dead_letter_events (
    id               UUID NOT NULL,
    event_id         UUID,
    event_kind       VARCHAR(16) NOT NULL,
    scope            VARCHAR(255),
    seq              BIGINT,
    event_type       VARCHAR(255),
    payload          TEXT NOT NULL,
    headers          TEXT,
    schema_version   VARCHAR(64),
    trace_id         VARCHAR(255),
    correlation_id   VARCHAR(255),
    causation_id     VARCHAR(255),
    idempotency_key  VARCHAR(255),
    status           VARCHAR(16),
    attempts_made    INTEGER NOT NULL DEFAULT 0,
    max_attempts     INTEGER,
    last_error       VARCHAR(4000),
    scheduled_at     TIMESTAMP(6),
    completed_at     TIMESTAMP(6),
    created_at       TIMESTAMP(6),
    updated_at       TIMESTAMP(6),
    aggregate_type   VARCHAR(255),
    aggregate_id     VARCHAR(255),
    topic            VARCHAR(255),
    partition_key    VARCHAR(255),
    message_id       VARCHAR(255),
    consumer_group   VARCHAR(255),
    source           VARCHAR(255),
    reason           VARCHAR(4000) NOT NULL,
    dead_lettered_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT dead_letter_events_pk PRIMARY KEY (id),
    CONSTRAINT dead_letter_events_kind_ck CHECK (event_kind IN ('OUTBOX', 'INBOX')),
    CONSTRAINT dead_letter_events_status_ck
        CHECK (status IS NULL OR status IN ('PENDING', 'COMPLETED', 'FAILED')),
    CONSTRAINT dead_letter_events_attempts_ck
        CHECK (attempts_made >= 0 AND (max_attempts IS NULL OR attempts_made <= max_attempts)),
    CONSTRAINT dead_letter_events_completed_ck
        CHECK ((status = 'COMPLETED' AND completed_at IS NOT NULL)
            OR ((status IS NULL OR status <> 'COMPLETED') AND completed_at IS NULL))
);

CREATE INDEX dead_letter_events_moved_ix ON dead_letter_events (dead_lettered_at);
CREATE INDEX dead_letter_events_event_ix ON dead_letter_events (event_id);

