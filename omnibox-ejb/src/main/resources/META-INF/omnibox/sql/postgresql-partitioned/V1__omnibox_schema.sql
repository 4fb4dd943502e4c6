-- omnibox schema, version 1, for PostgreSQL 12 and later: a variant where outbox_events and
-- inbox_events are range-partitioned by created_at, so that retention drops whole partitions
-- instead of deleting rows. Use it in place of the plain postgresql file, never both.
--
-- Run it like the plain file (Flyway locations = classpath:META-INF/omnibox/sql/postgresql-partitioned,
-- or Liquibase sqlFile with splitStatements="true"), then create partitions ahead of time, for
-- example from a daily job:
--
--   SELECT omnibox_create_partitions('outbox_events', date_trunc('month', now())::date, '1 month', 3);
--   SELECT omnibox_create_partitions('inbox_events', date_trunc('month', now())::date, '1 month', 3);
--
-- and drop old ones instead of running the row-by-row retention delete:
--
--   SELECT omnibox_drop_partitions('outbox_events', (now() AT TIME ZONE 'UTC') - interval '30 days');
--
-- omnibox_drop_partitions drops only partitions whose upper bound is at or before the cut-off
-- and that hold no PENDING or FAILED row; it skips the others with a NOTICE. Rows outside every
-- range land in the DEFAULT partition, which it never drops; creating a partition whose range
-- holds rows of the DEFAULT partition moves nothing and fails, so create partitions early.
--
-- Differences from the plain file, all forced by PostgreSQL's rule that a unique index on a
-- partitioned table includes the partition column:
-- * The primary key is (id, created_at).
-- * The unique keys on idempotency_key and on (message_id, consumer_group) include created_at,
--   so the database enforces them within rows of one creation time only. omnibox (with its
--   partitioned option on) serializes the inserts of one key with pg_advisory_xact_lock and then
--   checks the whole table, so a duplicate is found in any partition. Writers that bypass omnibox
--   get no such check.
-- * seq takes its values from a sequence, because PostgreSQL before 17 allows no identity
--   column on a partitioned table.
--
-- key_hash is the CRC-32 of the UTF-8 partition key, 0 for an event without one. Workers that
-- split the keys into shares take the events whose key_hash modulo the share count is their share.
--
-- Timestamps, ordering keys and the dead-letter table are as in the plain file: timestamps are
-- TIMESTAMP WITHOUT TIME ZONE holding UTC, and an event with a partition key is written after
-- its transaction has taken an advisory lock on its key, so the seq values of one key follow
-- commit order.

CREATE SEQUENCE outbox_events_seq AS BIGINT;

CREATE TABLE outbox_events (
    id               UUID NOT NULL,
    seq              BIGINT NOT NULL DEFAULT nextval('outbox_events_seq'),
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
    CONSTRAINT outbox_events_pk PRIMARY KEY (id, created_at),
    CONSTRAINT outbox_events_status_ck CHECK (status IN ('PENDING', 'COMPLETED', 'FAILED')),
    CONSTRAINT outbox_events_attempts_ck
        CHECK (attempts_made >= 0 AND max_attempts >= 1 AND attempts_made <= max_attempts),
    CONSTRAINT outbox_events_completed_ck
        CHECK ((status = 'COMPLETED') = (completed_at IS NOT NULL)),
    CONSTRAINT outbox_events_lock_ck CHECK ((locked_by IS NULL) = (locked_at IS NULL))
) PARTITION BY RANGE (created_at);

ALTER SEQUENCE outbox_events_seq OWNED BY outbox_events.seq;
CREATE TABLE outbox_events_default PARTITION OF outbox_events DEFAULT;

CREATE INDEX outbox_events_id_ix ON outbox_events (id);
CREATE INDEX outbox_events_pending_ix ON outbox_events (scheduled_at, seq)
    WHERE status = 'PENDING';
CREATE INDEX outbox_events_locked_ix ON outbox_events (locked_at) WHERE locked_at IS NOT NULL;
CREATE INDEX outbox_events_completed_ix ON outbox_events (completed_at)
    WHERE status = 'COMPLETED';
CREATE INDEX outbox_events_failed_ix ON outbox_events (updated_at) WHERE status = 'FAILED';
CREATE INDEX outbox_events_key_ix ON outbox_events (partition_key, seq)
    WHERE status <> 'COMPLETED' AND partition_key IS NOT NULL;
CREATE UNIQUE INDEX outbox_events_idempotency_uk ON outbox_events (idempotency_key, created_at)
    WHERE idempotency_key IS NOT NULL;
CREATE INDEX outbox_events_idempotency_ix ON outbox_events (idempotency_key)
    WHERE idempotency_key IS NOT NULL;

CREATE SEQUENCE inbox_events_seq AS BIGINT;

CREATE TABLE inbox_events (
    id               UUID NOT NULL,
    seq              BIGINT NOT NULL DEFAULT nextval('inbox_events_seq'),
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
    CONSTRAINT inbox_events_pk PRIMARY KEY (id, created_at),
    CONSTRAINT inbox_events_message_uk UNIQUE (message_id, consumer_group, created_at),
    CONSTRAINT inbox_events_status_ck CHECK (status IN ('PENDING', 'COMPLETED', 'FAILED')),
    CONSTRAINT inbox_events_attempts_ck
        CHECK (attempts_made >= 0 AND max_attempts >= 1 AND attempts_made <= max_attempts),
    CONSTRAINT inbox_events_completed_ck
        CHECK ((status = 'COMPLETED') = (completed_at IS NOT NULL)),
    CONSTRAINT inbox_events_lock_ck CHECK ((locked_by IS NULL) = (locked_at IS NULL))
) PARTITION BY RANGE (created_at);

ALTER SEQUENCE inbox_events_seq OWNED BY inbox_events.seq;
CREATE TABLE inbox_events_default PARTITION OF inbox_events DEFAULT;

CREATE INDEX inbox_events_id_ix ON inbox_events (id);
CREATE INDEX inbox_events_message_ix ON inbox_events (message_id, consumer_group);
CREATE INDEX inbox_events_pending_ix ON inbox_events (scheduled_at, seq)
    WHERE status = 'PENDING';
CREATE INDEX inbox_events_locked_ix ON inbox_events (locked_at) WHERE locked_at IS NOT NULL;
CREATE INDEX inbox_events_completed_ix ON inbox_events (completed_at)
    WHERE status = 'COMPLETED';
CREATE INDEX inbox_events_failed_ix ON inbox_events (updated_at) WHERE status = 'FAILED';
CREATE INDEX inbox_events_key_ix ON inbox_events (consumer_group, partition_key, seq)
    WHERE status <> 'COMPLETED' AND partition_key IS NOT NULL;
CREATE UNIQUE INDEX inbox_events_idempotency_uk
    ON inbox_events (consumer_group, idempotency_key, created_at)
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

-- Creates p_count partitions of p_table (outbox_events or inbox_events) of width p_width,
-- the first starting at p_from, named <table>_p<yyyymmdd of the start>. Existing partitions
-- are kept. Returns the number of partitions created.
CREATE FUNCTION omnibox_create_partitions(p_table TEXT, p_from DATE, p_width INTERVAL, p_count INTEGER)
RETURNS INTEGER LANGUAGE plpgsql AS $$
DECLARE
    v_start   TIMESTAMP := p_from;
    v_end     TIMESTAMP;
    v_name    TEXT;
    v_created INTEGER := 0;
BEGIN
    IF p_table NOT IN ('outbox_events', 'inbox_events') THEN
        RAISE EXCEPTION 'invalid table %: expected outbox_events or inbox_events', p_table;
    END IF;
    FOR i IN 1 .. p_count LOOP
        v_end := v_start + p_width;
        v_name := p_table || '_p' || to_char(v_start, 'YYYYMMDD');
        IF to_regclass(quote_ident(v_name)) IS NULL THEN
            EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L)',
                           v_name, p_table, v_start, v_end);
            v_created := v_created + 1;
        END IF;
        v_start := v_end;
    END LOOP;
    RETURN v_created;
END;
$$;

-- Drops the partitions of p_table whose upper bound is at or before p_before (UTC) and that
-- hold no PENDING or FAILED row. Returns the number of partitions dropped.
CREATE FUNCTION omnibox_drop_partitions(p_table TEXT, p_before TIMESTAMP)
RETURNS INTEGER LANGUAGE plpgsql AS $$
DECLARE
    v_part    RECORD;
    v_upper   TIMESTAMP;
    v_busy    BOOLEAN;
    v_dropped INTEGER := 0;
BEGIN
    IF p_table NOT IN ('outbox_events', 'inbox_events') THEN
        RAISE EXCEPTION 'invalid table %: expected outbox_events or inbox_events', p_table;
    END IF;
    FOR v_part IN
        SELECT c.oid::regclass::text AS name, pg_get_expr(c.relpartbound, c.oid) AS bound
          FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
         WHERE i.inhparent = to_regclass(quote_ident(p_table))
    LOOP
        CONTINUE WHEN v_part.bound = 'DEFAULT';
        v_upper := substring(v_part.bound FROM 'TO \(''([^'']+)''\)')::TIMESTAMP;
        CONTINUE WHEN v_upper IS NULL OR v_upper > p_before;
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s WHERE status <> %L)', v_part.name, 'COMPLETED')
            INTO v_busy;
        IF v_busy THEN
            RAISE NOTICE 'partition % kept: it still holds PENDING or FAILED events', v_part.name;
        ELSE
            EXECUTE format('DROP TABLE %s', v_part.name);
            v_dropped := v_dropped + 1;
        END IF;
    END LOOP;
    RETURN v_dropped;
END;
$$;
