-- omnibox schema, version 1, for MariaDB 10.6 and later and MySQL 8.0.16 and later (InnoDB).
--
-- Run it once per database: with Flyway (locations = classpath:META-INF/omnibox/sql/mariadb),
-- with Liquibase (<sqlFile path="META-INF/omnibox/sql/mariadb/V1__omnibox_schema.sql"
-- splitStatements="true" endDelimiter=";"/>), by hand with the mariadb client, or through the
-- omnibox schema installer when automatic schema creation is switched on. The file names no
-- database, so the tables land in the connection's current database.
--
-- Timestamps are DATETIME(6) holding UTC. omnibox writes them as UTC wall-clock values and
-- compares them with UTC_TIMESTAMP(6), so neither the JVM nor the session time zone changes what
-- is stored or how leases expire. Key columns use utf8mb4_bin so that keys compare exactly
-- (case and accents matter), as they do on PostgreSQL and H2.
--
-- The primary key is the auto-increment seq, so that InnoDB appends new rows at the end of its
-- clustered index; the event id is a unique key. FOR UPDATE SKIP LOCKED needs MariaDB 10.6 or
-- MySQL 8.0.1. CHECK constraints are enforced from MariaDB 10.2 and MySQL 8.0.16.
--
-- key_hash is the CRC-32 of the UTF-8 partition key, 0 for an event without one. Workers that
-- split the keys into shares take the events whose key_hash modulo the share count is their share.
--
-- Per-key ordering: an event with a partition key is written after its transaction has taken
-- the row lock of its key in omnibox_partition_keys. Transactions that write the same key
-- therefore commit one after the other, and the seq values of one key follow commit order. A
-- claim that keeps order takes an event only when no event of the same key with a smaller seq
-- is still PENDING (locked or not) or, unless FAILED events are set not to block, FAILED.

CREATE TABLE outbox_events (
    seq              BIGINT NOT NULL AUTO_INCREMENT,
    id               CHAR(36) CHARACTER SET ascii NOT NULL,
    event_type       VARCHAR(255) NOT NULL,
    payload          LONGTEXT NOT NULL,
    headers          TEXT,
    schema_version   VARCHAR(64),
    trace_id         VARCHAR(255),
    correlation_id   VARCHAR(255),
    causation_id     VARCHAR(255),
    idempotency_key  VARCHAR(255),
    status           VARCHAR(16) NOT NULL,
    attempts_made    INT NOT NULL DEFAULT 0,
    max_attempts     INT NOT NULL,
    last_error       TEXT,
    scheduled_at     DATETIME(6) NOT NULL,
    completed_at     DATETIME(6),
    locked_by        VARCHAR(255),
    locked_at        DATETIME(6),
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    aggregate_type   VARCHAR(255),
    aggregate_id     VARCHAR(255),
    topic            VARCHAR(255) NOT NULL,
    partition_key    VARCHAR(255),
    key_hash         BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT outbox_events_pk PRIMARY KEY (seq),
    CONSTRAINT outbox_events_id_uk UNIQUE (id),
    CONSTRAINT outbox_events_idempotency_uk UNIQUE (idempotency_key),
    CONSTRAINT outbox_events_status_ck CHECK (status IN ('PENDING', 'COMPLETED', 'FAILED')),
    CONSTRAINT outbox_events_attempts_ck
        CHECK (attempts_made >= 0 AND max_attempts >= 1 AND attempts_made <= max_attempts),
    CONSTRAINT outbox_events_completed_ck
        CHECK ((status = 'COMPLETED' AND completed_at IS NOT NULL)
            OR (status <> 'COMPLETED' AND completed_at IS NULL)),
    CONSTRAINT outbox_events_lock_ck
        CHECK ((locked_by IS NULL AND locked_at IS NULL)
            OR (locked_by IS NOT NULL AND locked_at IS NOT NULL)),
    CONSTRAINT outbox_events_payload_ck CHECK (JSON_VALID(payload))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- MariaDB has no partial indexes, so status leads each index. The claim reads the pending index
-- in scheduled order and stops after the batch size; expired leases are rows of it too.
CREATE INDEX outbox_events_pending_ix ON outbox_events (status, scheduled_at, seq);
-- Stale-lock release.
CREATE INDEX outbox_events_locked_ix ON outbox_events (locked_at);
-- Retention, and requeue or dead-letter moves of FAILED rows (by status, then time).
CREATE INDEX outbox_events_completed_ix ON outbox_events (status, completed_at);
CREATE INDEX outbox_events_failed_ix ON outbox_events (status, updated_at);
-- The ordered claim's check for an earlier unfinished event of the same key.
CREATE INDEX outbox_events_key_ix ON outbox_events (partition_key, seq, status);

CREATE TABLE inbox_events (
    seq              BIGINT NOT NULL AUTO_INCREMENT,
    id               CHAR(36) CHARACTER SET ascii NOT NULL,
    event_type       VARCHAR(255) NOT NULL,
    payload          LONGTEXT NOT NULL,
    headers          TEXT,
    schema_version   VARCHAR(64),
    trace_id         VARCHAR(255),
    correlation_id   VARCHAR(255),
    causation_id     VARCHAR(255),
    idempotency_key  VARCHAR(255),
    status           VARCHAR(16) NOT NULL,
    attempts_made    INT NOT NULL DEFAULT 0,
    max_attempts     INT NOT NULL,
    last_error       TEXT,
    scheduled_at     DATETIME(6) NOT NULL,
    completed_at     DATETIME(6),
    locked_by        VARCHAR(255),
    locked_at        DATETIME(6),
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    message_id       VARCHAR(255) NOT NULL,
    consumer_group   VARCHAR(255) NOT NULL,
    source           VARCHAR(255),
    partition_key    VARCHAR(255),
    key_hash         BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT inbox_events_pk PRIMARY KEY (seq),
    CONSTRAINT inbox_events_id_uk UNIQUE (id),
    CONSTRAINT inbox_events_message_uk UNIQUE (message_id, consumer_group),
    CONSTRAINT inbox_events_idempotency_uk UNIQUE (consumer_group, idempotency_key),
    CONSTRAINT inbox_events_status_ck CHECK (status IN ('PENDING', 'COMPLETED', 'FAILED')),
    CONSTRAINT inbox_events_attempts_ck
        CHECK (attempts_made >= 0 AND max_attempts >= 1 AND attempts_made <= max_attempts),
    CONSTRAINT inbox_events_completed_ck
        CHECK ((status = 'COMPLETED' AND completed_at IS NOT NULL)
            OR (status <> 'COMPLETED' AND completed_at IS NULL)),
    CONSTRAINT inbox_events_lock_ck
        CHECK ((locked_by IS NULL AND locked_at IS NULL)
            OR (locked_by IS NOT NULL AND locked_at IS NOT NULL)),
    CONSTRAINT inbox_events_payload_ck CHECK (JSON_VALID(payload))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE INDEX inbox_events_pending_ix ON inbox_events (status, scheduled_at, seq);
CREATE INDEX inbox_events_locked_ix ON inbox_events (locked_at);
CREATE INDEX inbox_events_completed_ix ON inbox_events (status, completed_at);
CREATE INDEX inbox_events_failed_ix ON inbox_events (status, updated_at);
CREATE INDEX inbox_events_key_ix ON inbox_events (consumer_group, partition_key, seq, status);

-- Events and messages omnibox gave up on: FAILED events moved out of outbox_events and
-- inbox_events with every column they had, and received messages that could not be stored as
-- inbox events (event_id and the event columns are then null). event_kind is OUTBOX or INBOX;
-- scope is the outbox topic or the inbox consumer group.
CREATE TABLE dead_letter_events (
    id               CHAR(36) CHARACTER SET ascii NOT NULL,
    event_id         CHAR(36) CHARACTER SET ascii,
    event_kind       VARCHAR(16) NOT NULL,
    scope            VARCHAR(255),
    seq              BIGINT,
    event_type       VARCHAR(255),
    payload          LONGTEXT NOT NULL,
    headers          TEXT,
    schema_version   VARCHAR(64),
    trace_id         VARCHAR(255),
    correlation_id   VARCHAR(255),
    causation_id     VARCHAR(255),
    idempotency_key  VARCHAR(255),
    status           VARCHAR(16),
    attempts_made    INT NOT NULL DEFAULT 0,
    max_attempts     INT,
    last_error       TEXT,
    scheduled_at     DATETIME(6),
    completed_at     DATETIME(6),
    created_at       DATETIME(6),
    updated_at       DATETIME(6),
    aggregate_type   VARCHAR(255),
    aggregate_id     VARCHAR(255),
    topic            VARCHAR(255),
    partition_key    VARCHAR(255),
    message_id       VARCHAR(255),
    consumer_group   VARCHAR(255),
    source           VARCHAR(255),
    reason           TEXT NOT NULL,
    dead_lettered_at DATETIME(6) NOT NULL,
    CONSTRAINT dead_letter_events_pk PRIMARY KEY (id),
    CONSTRAINT dead_letter_events_kind_ck CHECK (event_kind IN ('OUTBOX', 'INBOX')),
    CONSTRAINT dead_letter_events_status_ck
        CHECK (status IS NULL OR status IN ('PENDING', 'COMPLETED', 'FAILED')),
    CONSTRAINT dead_letter_events_attempts_ck
        CHECK (attempts_made >= 0 AND (max_attempts IS NULL OR attempts_made <= max_attempts)),
    CONSTRAINT dead_letter_events_completed_ck
        CHECK ((status = 'COMPLETED' AND completed_at IS NOT NULL)
            OR ((status IS NULL OR status <> 'COMPLETED') AND completed_at IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE INDEX dead_letter_events_moved_ix ON dead_letter_events (dead_lettered_at);
CREATE INDEX dead_letter_events_event_ix ON dead_letter_events (event_id);

-- One row per ordering key. Writers of events with a partition key update their key's row in
-- the business transaction; the row lock makes same-key writers commit in sequence.
-- key_scope is OUTBOX for the outbox and INBOX:<consumer group> for the inbox.
CREATE TABLE omnibox_partition_keys (
    key_scope        VARCHAR(300) NOT NULL,
    partition_key    VARCHAR(255) NOT NULL,
    write_count      BIGINT NOT NULL,
    CONSTRAINT omnibox_partition_keys_pk PRIMARY KEY (key_scope, partition_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
