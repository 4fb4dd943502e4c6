package dev.omnibox.ejb.storage;

import dev.omnibox.ejb.storage.jdbc.StorageSession;
import dev.omnibox.ejb.storage.sql.DatabaseKind;
import dev.omnibox.ejb.storage.sql.EventSql;
import dev.omnibox.ejb.storage.sql.Params;
import dev.omnibox.ejb.storage.sql.SqlDialect;
import dev.omnibox.model.ErrorText;
import dev.omnibox.model.EventStatus;
import dev.omnibox.model.EventValidationPolicy;
import dev.omnibox.model.StoredEvent;
import dev.omnibox.model.StoredEventBuilder;
import dev.omnibox.spi.ClaimRequest;
import dev.omnibox.spi.EventAdministration;
import dev.omnibox.spi.EventKind;
import dev.omnibox.spi.EventQuery;
import dev.omnibox.spi.EventRepository;
import dev.omnibox.spi.FailureUpdate;
import dev.omnibox.spi.FetchFilters;
import dev.omnibox.spi.InsertResult;
import dev.omnibox.spi.RepositoryCapabilities;
import dev.omnibox.spi.StatusCount;
import dev.omnibox.spi.StorageIntegrityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The operations that the outbox and inbox tables share, in SQL per database. Subclasses add the
 * insert, the columns of their own and the filters that apply to them. The operator queries and the
 * dead-letter replay of {@link EventAdministration} run in {@link EventAdministrationQueries} and
 * {@link DeadLetterReplay}.
 *
 * @param <E> the event class stored
 */
abstract class AbstractEventRepository<E extends StoredEvent>
    implements EventRepository<E>, EventAdministration<E> {

  /** IN lists stay this short, well below every driver's parameter limit. */
  static final int MAX_IDS_PER_STATEMENT = 500;

  private static final String UNIQUE_VIOLATION = "23505";

  /**
   * Rows read back are checked with wide time limits: leases come from the database clock and
   * creation times from the writer's clock, and a read must never fail on the skew between them.
   */
  private static final Duration READ_TOLERANCE = Duration.ofDays(365L * 100);

  final StorageSession session;
  final StorageOptions options;
  final EventValidationPolicy readPolicy;
  private final String table;
  private final EventKind kind;
  private volatile EventSql sql;
  private final EventAdministrationQueries<E> queries;
  private final DeadLetterReplay<E> replay;

  AbstractEventRepository(
      StorageSession session, StorageOptions options, String table, EventKind kind) {
    this.session = Objects.requireNonNull(session, "session must not be null");
    this.options = Objects.requireNonNull(options, "options must not be null");
    this.table = table;
    this.kind = kind;
    this.readPolicy =
        new EventValidationPolicy(
            READ_TOLERANCE, READ_TOLERANCE, READ_TOLERANCE, options.maxErrorBytes());
    this.queries = new EventAdministrationQueries<>(this);
    this.replay = new DeadLetterReplay<>(this);
  }

  /** Returns the columns of this table beyond the shared ones, in insert order. */
  abstract List<String> kindColumns();

  /** Creates the builder of one row and fills the columns of this table's own. */
  abstract StoredEventBuilder<E, ?> readKindColumns(ResultSet row, SqlDialect dialect)
      throws SQLException;

  /** Returns the ordering key of an event, or null for none. */
  abstract String partitionKeyOf(E event);

  /** Adds the filters that apply to this table, as {@code AND ...} conditions on alias c. */
  abstract void appendFilters(FetchFilters filters, StringBuilder where, Params params);

  /** Returns whether the ordering key is scoped by the consumer group (the inbox). */
  abstract boolean keyScopedByGroup();

  /** Returns the column that operators group and filter by: the topic or the consumer group. */
  abstract String scopeColumn();

  /** Returns the scope of an event's ordering key: the outbox, or the inbox's consumer group. */
  abstract String keyScopeOf(E event);

  @Override
  public RepositoryCapabilities capabilities() {
    return new RepositoryCapabilities(
        true, true, true, true, !options.partitioned(), options.partitioned());
  }

  /** Returns the SQL of this table, detecting the database on first use. */
  final EventSql sql(Connection connection) throws SQLException {
    EventSql current = sql;
    if (current == null) {
      SqlDialect dialect =
          options.databaseKind() != null
              ? SqlDialect.of(options.databaseKind())
              : SqlDialect.detect(connection);
      current = new EventSql(dialect, table, kindColumns());
      sql = current;
    }
    return current;
  }

  final String table() {
    return table;
  }

  final EventKind kind() {
    return kind;
  }

  @Override
  public boolean exists(UUID id) {
    Objects.requireNonNull(id, "id must not be null");
    return session.inTransaction(
        "exists in " + table,
        c -> {
          EventSql s = sql(c);
          return !queryIds(c, s, "SELECT id FROM " + table + " WHERE id = ?", params(s).add(id))
              .isEmpty();
        });
  }

  @Override
  public Optional<E> findById(UUID id) {
    Objects.requireNonNull(id, "id must not be null");
    return session.inTransaction(
        "find in " + table,
        c -> {
          EventSql s = sql(c);
          return first(selectWhere(c, s, "id = ?", params(s).add(id)));
        });
  }

  @Override
  public List<E> claimPending(ClaimRequest request) {
    Objects.requireNonNull(request, "request must not be null");
    return session.inTransaction(
        "claim from " + table,
        c -> {
          EventSql s = sql(c);
          return s.dialect().claimsInOneStatement()
              ? claimInOneStatement(c, s, request)
              : claimInThreeStatements(c, s, request);
        });
  }

  /** Builds the locking candidate query; its parameters go into {@code params}. */
  final String candidates(EventSql s, ClaimRequest request, Params params) {
    StringBuilder where = new StringBuilder(s.claimable());
    params.add(request.leaseTtl());
    appendFilters(request.filters(), where, params);
    if (request.perKeyOrdering()) {
      where
          .append(" AND ")
          .append(s.noEarlierUnfinished(request.failedBlocksKey(), keyScopedByGroup()));
    }
    params.add(request.batchSize());
    return "SELECT c.id FROM "
        + table
        + " c WHERE "
        + where
        + " ORDER BY c.scheduled_at, c.seq "
        + s.dialect().limitParameter()
        + " FOR UPDATE SKIP LOCKED";
  }

  /** PostgreSQL: lock the candidates and set their lease in one UPDATE ... RETURNING. */
  private List<E> claimInOneStatement(Connection c, EventSql s, ClaimRequest request)
      throws SQLException {
    Params params = params(s);
    String candidates = candidates(s, request, params);
    params.add(request.workerId());
    String statement =
        "WITH claimed AS ("
            + candidates
            + ") UPDATE "
            + table
            + " u SET "
            + s.setLease()
            + " FROM claimed WHERE u.id = claimed.id RETURNING u.seq, "
            + String.join(", ", s.columns().stream().map(col -> "u." + col).toList());
    return inFetchOrder(query(c, s, statement, params));
  }

  /** MariaDB and H2: lock the candidates, set their lease, read them back. */
  private List<E> claimInThreeStatements(Connection c, EventSql s, ClaimRequest request)
      throws SQLException {
    Params params = params(s);
    String candidates = candidates(s, request, params);
    List<UUID> ids = queryIds(c, s, candidates, params);
    if (ids.isEmpty()) {
      return List.of();
    }
    update(
        c,
        s,
        "UPDATE "
            + table
            + " SET "
            + s.setLease()
            + " WHERE "
            + SqlDialect.inList("id", ids.size()),
        params(s).add(request.workerId()).addAll(ids));
    return selectWhere(c, s, SqlDialect.inList("id", ids.size()), params(s).addAll(ids));
  }

  @Override
  public List<E> findClaimable(FetchFilters filters, Duration leaseTtl, int limit) {
    Objects.requireNonNull(filters, "filters must not be null; use FetchFilters.none()");
    requirePositive("leaseTtl", leaseTtl);
    requirePositive("limit", limit);
    return session.inTransaction(
        "find claimable in " + table,
        c -> {
          EventSql s = sql(c);
          Params params = params(s).add(leaseTtl);
          StringBuilder where = new StringBuilder(s.claimable());
          appendFilters(filters, where, params);
          params.add(limit);
          String statement =
              s.selectAll()
                  + " c WHERE "
                  + where
                  + " ORDER BY c.scheduled_at, c.seq "
                  + s.dialect().limitParameter();
          return inFetchOrder(query(c, s, statement, params));
        });
  }

  @Override
  public Optional<E> tryClaim(UUID id, String workerId, Duration leaseTtl) {
    Objects.requireNonNull(id, "id must not be null");
    requireWorker(workerId);
    requirePositive("leaseTtl", leaseTtl);
    return session.inTransaction(
        "try claim in " + table,
        c -> {
          EventSql s = sql(c);
          int changed = update(c, s, s.tryClaim(), params(s).add(workerId).add(id).add(leaseTtl));
          return changed == 0
              ? Optional.empty()
              : first(selectWhere(c, s, "id = ?", params(s).add(id)));
        });
  }

  @Override
  public int markCompleted(String workerId, Collection<UUID> ids) {
    return updateLeased("mark completed in " + table, workerId, ids, EventSql::markCompleted);
  }

  @Override
  public int releaseLeases(String workerId, Collection<UUID> ids) {
    return updateLeased("release leases in " + table, workerId, ids, EventSql::releaseLeases);
  }

  /**
   * Runs the update that {@code statement} returns for a number of ids, with the worker and then
   * the ids as parameters, once per batch of at most {@value #MAX_IDS_PER_STATEMENT} ids.
   */
  private int updateLeased(
      String action,
      String workerId,
      Collection<UUID> ids,
      BiFunction<EventSql, Integer, String> statement) {
    requireWorker(workerId);
    List<UUID> list = requireIds(ids);
    if (list.isEmpty()) {
      return 0;
    }
    return session.inTransaction(
        action,
        c -> {
          EventSql s = sql(c);
          int changed = 0;
          for (List<UUID> chunk : SqlDialect.chunks(list, MAX_IDS_PER_STATEMENT)) {
            changed +=
                update(
                    c, s, statement.apply(s, chunk.size()), params(s).add(workerId).addAll(chunk));
          }
          return changed;
        });
  }

  @Override
  public int markFailed(String workerId, Collection<FailureUpdate> failures) {
    requireWorker(workerId);
    Objects.requireNonNull(failures, "failures must not be null");
    if (failures.isEmpty()) {
      return 0;
    }
    List<FailureUpdate> list = List.copyOf(failures);
    return session.inTransaction(
        "mark failed in " + table,
        c -> {
          EventSql s = sql(c);
          try (PreparedStatement statement = c.prepareStatement(s.markFailed())) {
            for (FailureUpdate failure : list) {
              failureParams(s, failure, workerId).bind(statement);
              statement.addBatch();
            }
            return countChanged(statement.executeBatch());
          }
        });
  }

  private Params failureParams(EventSql s, FailureUpdate failure, String workerId) {
    int mode =
        switch (failure.kind()) {
          case NOT_COUNTED -> 0;
          case COUNTED -> 1;
          case FINAL -> 2;
        };
    Object next =
        failure.nextAttemptAt() == null ? Params.NullTime.INSTANCE : failure.nextAttemptAt();
    return params(s)
        .add(mode)
        .add(mode)
        .add(mode)
        .add(mode)
        .add(next)
        .add(mode)
        .add(mode)
        .add(truncateError(failure.id(), failure.error()))
        .add(failure.id())
        .add(workerId);
  }

  /** Cuts an error text to the configured UTF-8 size; errors are truncated, never rejected. */
  final String truncateError(UUID id, String error) {
    String truncated = ErrorText.truncate(error, options.maxErrorBytes());
    if (truncated.length() != error.length()) {
      StorageLogger.LOG.errorTruncated(
          id,
          error.getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
          options.maxErrorBytes());
    }
    return truncated;
  }

  private static int countChanged(int[] counts) {
    int total = 0;
    for (int count : counts) {
      // A driver may report SUCCESS_NO_INFO (-2) for a batch entry; count it as one row.
      total += count == PreparedStatement.SUCCESS_NO_INFO ? 1 : Math.max(count, 0);
    }
    return total;
  }

  @Override
  public int releaseStaleLocks(Duration leaseTtl, int batchSize) {
    requirePositive("leaseTtl", leaseTtl);
    requirePositive("batchSize", batchSize);
    int released =
        session.inTransaction(
            "release stale locks in " + table,
            c -> {
              EventSql s = sql(c);
              return update(c, s, s.releaseStaleLocks(), params(s).add(leaseTtl).add(batchSize));
            });
    if (released > 0) {
      StorageLogger.LOG.staleLocksReleased(released, table, leaseTtl);
    }
    return released;
  }

  @Override
  public int deleteCompletedBefore(Instant cutoff, int batchSize) {
    Objects.requireNonNull(cutoff, "cutoff must not be null");
    requirePositive("batchSize", batchSize);
    int deleted =
        session.inTransaction(
            "delete completed from " + table,
            c -> {
              EventSql s = sql(c);
              return update(c, s, s.deleteCompletedBefore(), params(s).add(cutoff).add(batchSize));
            });
    StorageLogger.LOG.completedDeleted(deleted, table);
    return deleted;
  }

  @Override
  public int requeueFailed(Collection<UUID> ids) {
    List<UUID> list = requireIds(ids);
    if (list.isEmpty()) {
      return 0;
    }
    return session.inTransaction(
        "requeue failed in " + table,
        c -> {
          EventSql s = sql(c);
          int changed = 0;
          for (List<UUID> chunk : SqlDialect.chunks(list, MAX_IDS_PER_STATEMENT)) {
            changed += update(c, s, s.requeueFailed(chunk.size()), params(s).addAll(chunk));
          }
          return changed;
        });
  }

  @Override
  public boolean forceUnlock(UUID id, String reason) {
    Objects.requireNonNull(id, "id must not be null");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reason for unlocking event " + id + " must not be blank");
    }
    boolean unlocked =
        session.inTransaction(
            "force unlock in " + table,
            c -> {
              EventSql s = sql(c);
              return update(c, s, s.forceUnlock(), params(s).add(truncateError(id, reason)).add(id))
                  == 1;
            });
    if (unlocked) {
      StorageLogger.LOG.forceUnlocked(id, table, reason);
    }
    return unlocked;
  }

  @Override
  public int moveToDeadLetters(Collection<UUID> ids, String reason) {
    List<UUID> list = requireIds(ids);
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reason for the dead-letter move must not be blank");
    }
    if (list.isEmpty()) {
      return 0;
    }
    List<UUID> moved =
        session.inTransaction(
            "move to dead letters from " + table,
            c -> {
              EventSql s = sql(c);
              DeadLetterMove move = new DeadLetterMove(s, kind, truncateError(list.get(0), reason));
              List<UUID> movedIds = new ArrayList<>();
              for (List<UUID> chunk : SqlDialect.chunks(list, MAX_IDS_PER_STATEMENT)) {
                movedIds.addAll(move.move(c, chunk));
              }
              return movedIds;
            });
    if (!moved.isEmpty()) {
      StorageLogger.LOG.movedToDeadLetters(moved.size(), table, reason, moved);
    }
    return moved.size();
  }

  @Override
  public Optional<EventAdministration<E>> administration() {
    return Optional.of(this);
  }

  @Override
  public List<StatusCount> countByStatus() {
    return queries.countByStatus();
  }

  @Override
  public List<E> findEvents(EventQuery query) {
    return queries.findEvents(query);
  }

  @Override
  public Optional<E> replayDeadLetter(UUID deadLetterId) {
    return replay.replay(deadLetterId);
  }

  /** Returns the id of a row that has the event's deduplication key, or empty. */
  abstract Optional<UUID> rowWithDeduplicationKey(Connection c, EventSql s, E event)
      throws SQLException;

  /**
   * Inserts a new event unless a row with its deduplication key exists, without aborting the
   * transaction on a duplicate. An event with an ordering key first locks its key's row, so that
   * writers of one key commit in sequence and seq follows their commit order.
   */
  final InsertResult<E> insertOnce(
      E event,
      String keyScope,
      String partitionKey,
      String deduplicationKey,
      DuplicateLookup<E> lookup) {
    Objects.requireNonNull(event, "event must not be null");
    requireNewEvent(event);
    EventRows.requireJsonPayload(event);
    return session.inTransaction(
        "insert into " + table,
        c -> {
          EventSql s = sql(c);
          if (options.partitioned()) {
            lockDeduplicationKey(c, deduplicationKey);
            Optional<E> existing = lookup.find(c, s);
            if (existing.isPresent()) {
              return duplicate(event, existing.get());
            }
          }
          Params values = commonValues(s, event, partitionKey);
          addKindValues(values, event);
          boolean inserted;
          if (partitionKey != null && s.dialect().kind() == DatabaseKind.POSTGRESQL) {
            inserted = lockKeyAndInsert(c, s, keyScope, partitionKey, values);
          } else {
            if (partitionKey != null) {
              lockKey(c, s, keyScope, partitionKey);
            }
            inserted = insertSkippingDuplicate(c, s, values, event.id());
          }
          if (inserted) {
            return InsertResult.inserted(event);
          }
          Optional<E> existing = lookup.find(c, s);
          if (existing.isEmpty()) {
            // Skipped, but not for its deduplication key: the id is the key that collided.
            throw idTaken(event.id());
          }
          return duplicate(event, existing.get());
        });
  }

  /** Adds the values of this table's own columns, in {@link #kindColumns()} order. */
  abstract void addKindValues(Params values, E event);

  private InsertResult<E> duplicate(E event, E existing) {
    StorageLogger.LOG.duplicateSkipped(event.id(), event.eventType(), table, existing.id());
    return InsertResult.duplicateOf(existing);
  }

  /**
   * Returns whether rows may be inserted as FAILED. The inbox stores a message that cannot be
   * handled (not JSON, an unknown type) as a FAILED row, so that it is kept and not redelivered.
   */
  boolean insertsFailedRows() {
    return false;
  }

  private void requireNewEvent(StoredEvent event) {
    boolean insertable =
        event.status() == EventStatus.PENDING
            || (event.status() == EventStatus.FAILED && insertsFailedRows());
    if (!insertable || event.isLocked()) {
      String allowed = insertsFailedRows() ? "PENDING or FAILED" : "PENDING";
      throw new IllegalArgumentException(
          "Event "
              + event.id()
              + " must be new ("
              + allowed
              + " and not locked) to be inserted into "
              + table
              + ", but is "
              + event.status()
              + (event.isLocked() ? " and locked by " + event.lockedBy() : ""));
    }
  }

  /** Returns whether the row was inserted; false when a unique key made the database skip it. */
  private boolean insertSkippingDuplicate(Connection c, EventSql s, Params values, UUID id)
      throws SQLException {
    SqlDialect dialect = s.dialect();
    String skipping = dialect.insertSkippingDuplicate(s.insert(), null);
    if (skipping == null) {
      return insertUnderSavepoint(c, s, values);
    }
    if (dialect.kind() != DatabaseKind.MARIADB) {
      return update(c, s, skipping, values) > 0;
    }
    // MariaDB Connector/J reports found rows, so a skipped duplicate also counts 1. The id sets
    // them apart: absent before the insert and present after it means this insert wrote it.
    if (idExists(c, s, id)) {
      throw idTaken(id);
    }
    update(c, s, skipping, values);
    return idExists(c, s, id);
  }

  private boolean idExists(Connection c, EventSql s, UUID id) throws SQLException {
    String statement =
        "SELECT id FROM " + table + " WHERE id = ?" + s.dialect().latestCommittedRead();
    return !queryIds(c, s, statement, params(s).add(id)).isEmpty();
  }

  private StorageIntegrityException idTaken(UUID id) {
    return new StorageIntegrityException(
        "Insert of event "
            + id
            + " into "
            + table
            + " failed: a row with this id exists already. Give each new event a new id",
        null);
  }

  /** H2: a plain insert whose unique-key violation is rolled back to a savepoint. */
  private boolean insertUnderSavepoint(Connection c, EventSql s, Params values)
      throws SQLException {
    Savepoint savepoint = c.setSavepoint();
    try {
      update(c, s, s.insert(), values);
      c.releaseSavepoint(savepoint);
      return true;
    } catch (SQLException e) {
      if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw e;
      }
      c.rollback(savepoint);
      return false;
    }
  }

  /**
   * Partitioned PostgreSQL tables cannot hold a unique key without created_at, so inserts of one
   * deduplication key serialize on a transaction-scoped advisory lock, and the check for an
   * existing row that follows reads every committed row. A hash collision only makes two inserts
   * wait for each other.
   */
  private void lockDeduplicationKey(Connection c, String deduplicationKey) throws SQLException {
    if (deduplicationKey == null) {
      return;
    }
    try (PreparedStatement statement = c.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
      statement.setInt(1, table.hashCode());
      statement.setInt(2, deduplicationKey.hashCode());
      statement.execute();
    }
  }

  /** Locks an ordering key until the transaction ends (see {@link SqlDialect#lockKey()}). */
  static void lockKey(Connection c, EventSql s, String scope, String key) throws SQLException {
    Params params = s.dialect().addLockKey(new Params(s.dialect()), scope, key);
    try {
      execute(c, s.dialect().lockKey(), params);
    } catch (SQLException e) {
      // H2's MERGE can lose the race to create the row; the row exists now, so merge again.
      if (s.dialect().kind() != DatabaseKind.H2 || !UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw e;
      }
      execute(c, s.dialect().lockKey(), params);
    }
  }

  private static void execute(Connection c, String statement, Params params) throws SQLException {
    try (PreparedStatement prepared = c.prepareStatement(statement)) {
      params.bind(prepared);
      prepared.execute();
    }
  }

  /**
   * PostgreSQL: locks an ordering key and inserts the event in one round trip. The PostgreSQL JDBC
   * driver (PgJDBC) sends both statements at once and the server runs them in order, so the key is
   * locked before the insert draws the event's seq, as with two round trips. Returns whether the
   * insert wrote the row (false when it skipped a duplicate).
   */
  private static boolean lockKeyAndInsert(
      Connection c, EventSql s, String scope, String key, Params values) throws SQLException {
    SqlDialect dialect = s.dialect();
    String statement =
        dialect.lockKey() + ";\n" + dialect.insertSkippingDuplicate(s.insert(), null);
    Params params = dialect.addLockKey(new Params(dialect), scope, key).append(values);
    try (PreparedStatement prepared = c.prepareStatement(statement)) {
      params.bind(prepared);
      prepared.execute();
      // The first result is the lock's row (PostgreSQL) or update count; the second is the insert.
      if (prepared.getMoreResults() || prepared.getUpdateCount() < 0) {
        throw new SQLException(
            "The key lock and insert into "
                + s.table()
                + " returned no update count for the"
                + " insert; the JDBC driver did not run both statements");
      }
      return prepared.getUpdateCount() > 0;
    }
  }

  /** Finds the row that an insert collided with. */
  @FunctionalInterface
  interface DuplicateLookup<E> {
    Optional<E> find(Connection connection, EventSql sql) throws SQLException;
  }

  // ---- helpers shared by the subclasses ----

  final Params params(EventSql s) {
    return new Params(s.dialect());
  }

  final List<E> selectWhere(Connection c, EventSql s, String condition, Params params)
      throws SQLException {
    return inFetchOrder(query(c, s, s.selectAll() + " WHERE " + condition, params));
  }

  /** Runs a query that returns whole rows and maps them, keeping seq for ordering. */
  final List<Row<E>> query(Connection c, EventSql s, String statement, Params params)
      throws SQLException {
    try (PreparedStatement prepared = c.prepareStatement(statement)) {
      params.bind(prepared);
      try (ResultSet result = prepared.executeQuery()) {
        List<Row<E>> rows = new ArrayList<>();
        while (result.next()) {
          rows.add(new Row<>(result.getLong("seq"), readRow(result, s.dialect())));
        }
        return rows;
      }
    }
  }

  final List<UUID> queryIds(Connection c, EventSql s, String statement, Params params)
      throws SQLException {
    try (PreparedStatement prepared = c.prepareStatement(statement)) {
      params.bind(prepared);
      try (ResultSet result = prepared.executeQuery()) {
        List<UUID> ids = new ArrayList<>();
        while (result.next()) {
          ids.add(s.dialect().readId(result, "id"));
        }
        return ids;
      }
    }
  }

  static int update(Connection c, EventSql s, String statement, Params params) throws SQLException {
    try (PreparedStatement prepared = c.prepareStatement(statement)) {
      params.bind(prepared);
      return prepared.executeUpdate();
    }
  }

  private E readRow(ResultSet row, SqlDialect dialect) throws SQLException {
    StoredEventBuilder<E, ?> builder = readKindColumns(row, dialect);
    EventRows.readSharedColumns(builder, row, dialect, "id");
    builder
        .status(EventStatus.valueOf(row.getString("status")))
        .attemptsMade(row.getInt("attempts_made"))
        .maxAttempts(row.getInt("max_attempts"))
        .lastError(row.getString("last_error"))
        .scheduledAt(dialect.readTime(row, "scheduled_at"))
        .completedAt(dialect.readTime(row, "completed_at"))
        .lockedBy(row.getString("locked_by"))
        .lockedAt(dialect.readTime(row, "locked_at"))
        .createdAt(dialect.readTime(row, "created_at"))
        .updatedAt(dialect.readTime(row, "updated_at"));
    return builder.build(readPolicy);
  }

  /** Adds the values of the shared columns, in {@link EventSql#COMMON_COLUMNS} order. */
  final Params commonValues(EventSql s, E event, String partitionKey) {
    Instant created = event.createdAt();
    return params(s)
        .add(event.id())
        .add(event.eventType())
        .add(event.payload())
        .add(EventRows.headersJson(event.headers()))
        .add(event.schemaVersion())
        .add(event.traceId())
        .add(event.correlationId())
        .add(event.causationId())
        .add(event.idempotencyKey())
        .add(event.status().name())
        .add(event.attemptsMade())
        .add(event.maxAttempts())
        .add(event.lastError() == null ? null : truncateError(event.id(), event.lastError()))
        .add(event.scheduledAt())
        .add(timeOrNull(event.completedAt()))
        .add(event.lockedBy())
        .add(timeOrNull(event.lockedAt()))
        .add(created)
        .add(event.updatedAt() == null ? created : event.updatedAt())
        .add(partitionKey)
        .add(EventRows.keyHash(partitionKey));
  }

  static Object timeOrNull(Instant time) {
    return time == null ? Params.NullTime.INSTANCE : time;
  }

  final List<E> inFetchOrder(List<Row<E>> rows) {
    return rows.stream()
        .sorted(
            Comparator.comparing((Row<E> r) -> r.event().scheduledAt()).thenComparingLong(Row::seq))
        .map(Row::event)
        .toList();
  }

  static <T> Optional<T> first(List<T> items) {
    return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0));
  }

  static void requireWorker(String workerId) {
    if (workerId == null || workerId.isBlank()) {
      throw new IllegalArgumentException("workerId must not be blank, but was '" + workerId + "'");
    }
    if (workerId.codePointCount(0, workerId.length()) > StoredEvent.MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException(
          "workerId must be at most "
              + StoredEvent.MAX_TEXT_LENGTH
              + " characters (the locked_by column)");
    }
  }

  static void requirePositive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, but was " + value);
    }
  }

  static void requirePositive(String name, Duration value) {
    Objects.requireNonNull(value, name + " must not be null");
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, but was " + value);
    }
  }

  static List<UUID> requireIds(Collection<UUID> ids) {
    Objects.requireNonNull(ids, "ids must not be null");
    List<UUID> list = new ArrayList<>(ids.size());
    for (UUID id : ids) {
      list.add(Objects.requireNonNull(id, "ids must not contain null"));
    }
    return list;
  }

  /** A row read with its seq, which orders rows of equal scheduled time. */
  record Row<E>(long seq, E event) {}
}
