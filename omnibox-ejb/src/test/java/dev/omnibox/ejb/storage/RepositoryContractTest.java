package dev.omnibox.ejb.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.ejb.storage.jpa.InboxEventEntity;
import dev.omnibox.ejb.storage.jpa.OutboxEventEntity;
import dev.omnibox.ejb.storage.sql.DatabaseKind;
import dev.omnibox.ejb.storage.testing.DatabaseFixture;
import dev.omnibox.ejb.storage.testing.Events;
import dev.omnibox.ejb.storage.testing.SingleConnectionDataSource;
import dev.omnibox.model.ErrorText;
import dev.omnibox.model.EventStatus;
import dev.omnibox.model.InboxEvent;
import dev.omnibox.model.InvalidEventException;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.spi.ClaimRequest;
import dev.omnibox.spi.DeadLetter;
import dev.omnibox.spi.DeadLetterQuery;
import dev.omnibox.spi.EventKind;
import dev.omnibox.spi.EventQuery;
import dev.omnibox.spi.FailureUpdate;
import dev.omnibox.spi.FetchFilters;
import dev.omnibox.spi.InsertResult;
import dev.omnibox.spi.KeyPartition;
import dev.omnibox.spi.StatusCount;
import dev.omnibox.spi.StorageIntegrityException;
import dev.omnibox.spi.StorageTransactionException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The contract of the outbox and inbox repositories and the dead-letter store on one database,
 * through EclipseLink with resource-local transactions. Each subclass names the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RepositoryContractTest {

  static final Duration LONG_LEASE = Duration.ofMinutes(5);
  static final Duration TINY_LEASE = Duration.ofMillis(1);

  /** Bound of every wait for another transaction or for the database clock to move. */
  static final Duration MAX_WAIT = Duration.ofSeconds(20);

  DatabaseFixture fixture;
  EntityManagerFactory factory;
  EntityManager entityManager;
  OmniboxStorage storage;
  ExecutorService executor;

  abstract DatabaseFixture createFixture();

  /** Returns the DDL resource the tables come from: the database's shipped file by default. */
  String ddlResource() {
    return fixture.kind().schemaResource();
  }

  /** Returns the storage options under test. */
  StorageOptions options() {
    return StorageOptions.defaults();
  }

  @BeforeAll
  void createSchemaAndUnit() {
    fixture = createFixture();
    fixture.recreateSchema(ddlResource());
    factory =
        Persistence.createEntityManagerFactory(
            "omnibox-test",
            Map.of(
                "jakarta.persistence.jdbc.url", fixture.jdbcUrl(),
                "jakarta.persistence.jdbc.user", fixture.user(),
                "jakarta.persistence.jdbc.password", fixture.password()));
    executor = Executors.newCachedThreadPool();
  }

  @AfterAll
  void closeUnit() {
    executor.shutdownNow();
    if (factory != null) {
      factory.close();
    }
  }

  @BeforeEach
  void emptyTablesAndOpenStorage() throws SQLException {
    try (Connection c = fixture.dataSource().getConnection();
        Statement statement = c.createStatement()) {
      List<String> tables =
          new ArrayList<>(List.of("outbox_events", "inbox_events", "dead_letter_events"));
      if (fixture.kind() != DatabaseKind.POSTGRESQL) {
        tables.add("omnibox_partition_keys");
      }
      for (String table : tables) {
        statement.executeUpdate("DELETE FROM " + table);
      }
    }
    entityManager = factory.createEntityManager();
    storage = OmniboxStorage.over(entityManager, options());
  }

  @AfterEach
  void closeEntityManager() {
    if (entityManager.getTransaction().isActive()) {
      entityManager.getTransaction().rollback();
    }
    entityManager.close();
  }

  /** Returns storage on a new entity manager, for work on a separate connection. */
  OmniboxStorage newStorage(EntityManager manager) {
    return OmniboxStorage.over(manager, options());
  }

  // ---- insert, find, exists ----

  @Test
  void outboxInsert_roundTripsEveryField() {
    OutboxEvent event =
        Events.outbox("orders")
            .aggregateType("Order")
            .aggregateId("o-1")
            .partitionKey("customer-7")
            .traceId("00-abc-def-01")
            .correlationId("corr-1")
            .causationId("cause-1")
            .idempotencyKey("idem-1")
            .header("tenant", "acme")
            .header("quote", "a \"quoted\" value")
            .maxAttempts(5)
            .build();

    InsertResult<OutboxEvent> result = storage.outbox().insert(event);

    assertThat(result.duplicate()).isFalse();
    assertThat(storage.outbox().findById(event.id())).contains(event);
    assertThat(storage.outbox().exists(event.id())).isTrue();
    assertThat(storage.outbox().exists(UUID.randomUUID())).isFalse();
    assertThat(storage.outbox().findById(UUID.randomUUID())).isEmpty();
  }

  @Test
  void inboxInsert_roundTripsEveryField() {
    InboxEvent event =
        Events.inbox("m-1", "billing")
            .header("x", "y")
            .idempotencyKey("k-1")
            .partitionKey("customer-7")
            .build();

    storage.inbox().insert(event);

    InboxEvent stored = storage.inbox().findById(event.id()).orElseThrow();
    assertThat(stored).isEqualTo(event);
    assertThat(storage.inbox().findByMessageId("m-1", "billing")).contains(event);
    assertThat(storage.inbox().findByMessageId("m-1", "shipping")).isEmpty();
  }

  @Test
  void inboxInsert_keepsFailedRowOfBadInput() {
    InboxEvent bad =
        Events.inbox("m-bad", "billing")
            .payload("\"this is not JSON\"")
            .status(EventStatus.FAILED)
            .maxAttempts(3)
            .attemptsMade(3)
            .lastError("envelope is not valid JSON at line 1, column 1")
            .build();

    InsertResult<InboxEvent> result = storage.inbox().insert(bad);

    assertThat(result.duplicate()).isFalse();
    InboxEvent stored = storage.inbox().findById(bad.id()).orElseThrow();
    assertThat(stored.status()).isEqualTo(EventStatus.FAILED);
    assertThat(stored.lastError()).isEqualTo("envelope is not valid JSON at line 1, column 1");
    assertThat(storage.inbox().insert(Events.inbox("m-bad", "billing").build()).duplicate())
        .isTrue();
  }

  @Test
  void outboxInsert_rejectsFailedRow() {
    OutboxEvent failed =
        Events.outbox("orders")
            .status(EventStatus.FAILED)
            .maxAttempts(1)
            .attemptsMade(1)
            .lastError("broken")
            .build();

    assertThatThrownBy(() -> storage.outbox().insert(failed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PENDING")
        .hasMessageContaining(failed.id().toString());
  }

  @Test
  void duplicateIdempotencyKey_returnsExisting() {
    OutboxEvent first = Events.outbox("orders").idempotencyKey("pay-1").build();
    OutboxEvent second = Events.outbox("orders").idempotencyKey("pay-1").build();
    OutboxEvent third = Events.outbox("orders").build();

    entityManager.getTransaction().begin();
    storage.outbox().insert(first);
    InsertResult<OutboxEvent> duplicate = storage.outbox().insert(second);
    storage.outbox().insert(third);
    entityManager.getTransaction().commit();

    assertThat(duplicate.duplicate()).isTrue();
    assertThat(duplicate.event().id()).isEqualTo(first.id());
    assertThat(storage.outbox().exists(second.id())).isFalse();
    assertThat(storage.outbox().exists(third.id())).isTrue();
  }

  @Test
  void inboxDuplicateMessage_returnsExistingPerGroup() {
    InboxEvent first = Events.inbox("m-2", "billing").build();
    InboxEvent redelivered = Events.inbox("m-2", "billing").build();
    InboxEvent otherGroup = Events.inbox("m-2", "shipping").build();

    entityManager.getTransaction().begin();
    storage.inbox().insert(first);
    InsertResult<InboxEvent> duplicate = storage.inbox().insert(redelivered);
    InsertResult<InboxEvent> separate = storage.inbox().insert(otherGroup);
    entityManager.getTransaction().commit();

    assertThat(duplicate.duplicate()).isTrue();
    assertThat(duplicate.event().id()).isEqualTo(first.id());
    assertThat(separate.duplicate()).isFalse();
    assertThat(storage.inbox().hasCompletedSibling(first)).isFalse();
  }

  @Test
  void sameIdTwice_raisesIntegrityError() {
    OutboxEvent event = Events.outbox("orders").build();
    storage.outbox().insert(event);

    assertThatThrownBy(() -> storage.outbox().insert(event))
        .isInstanceOf(StorageIntegrityException.class)
        .hasMessageContaining(event.id().toString());
  }

  @Test
  void invalidJsonPayload_isRejected() {
    OutboxEvent event = Events.outbox("orders").payload("{\"order\": 42").build();

    assertThatThrownBy(() -> storage.outbox().insert(event))
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining(event.id().toString())
        .hasMessageContaining("not valid JSON");
    assertThat(storage.outbox().exists(event.id())).isFalse();
  }

  @Test
  void nullAndOverlongFields_areRejected() {
    assertThatThrownBy(() -> Events.outbox("orders").eventType(null).build())
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("eventType");
    assertThatThrownBy(() -> Events.outbox("t".repeat(256)).build())
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("topic");
    assertThatThrownBy(() -> storage.outbox().insert(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("event");

    assertThatThrownBy(() -> Events.inbox("m-3", "billing").partitionKey("k".repeat(256)).build())
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("partitionKey");
  }

  @Test
  void batchSizeZeroOrLess_isRejected() {
    assertThatThrownBy(() -> ClaimRequest.of("w", 0, LONG_LEASE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("batchSize");
    assertThatThrownBy(() -> storage.outbox().releaseStaleLocks(LONG_LEASE, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("batchSize");
    assertThatThrownBy(() -> storage.outbox().deleteCompletedBefore(Instant.now(), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("batchSize");
    assertThatThrownBy(() -> storage.inbox().findClaimable(FetchFilters.none(), LONG_LEASE, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> storage.deadLetters().findRecent(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
  }

  // ---- claim ----

  @Test
  void claim_leasesDueEventsOldestFirst() {
    List<OutboxEvent> events = insertOutbox(5);
    OutboxEvent future =
        Events.outbox("orders").scheduledAt(Instant.now().plus(Duration.ofHours(1))).build();
    storage.outbox().insert(future);

    List<OutboxEvent> claimed = storage.outbox().claimPending(ClaimRequest.of("w1", 3, LONG_LEASE));

    assertThat(claimed).extracting(OutboxEvent::id).containsExactly(ids(events.subList(0, 3)));
    assertThat(claimed).allSatisfy(e -> assertThat(e.lockedBy()).isEqualTo("w1"));
    assertThat(claimed).allSatisfy(e -> assertThat(e.lockedAt()).isNotNull());

    List<OutboxEvent> rest = storage.outbox().claimPending(ClaimRequest.of("w2", 10, LONG_LEASE));
    assertThat(rest).extracting(OutboxEvent::id).containsExactly(ids(events.subList(3, 5)));
  }

  @Test
  void claim_takesExpiredLeaseAgain() {
    List<OutboxEvent> events = insertOutbox(2);
    storage.outbox().claimPending(ClaimRequest.of("w1", 10, LONG_LEASE));

    assertThat(storage.outbox().claimPending(ClaimRequest.of("w2", 10, LONG_LEASE))).isEmpty();
    List<OutboxEvent> retaken = claimWithin(storage, ClaimRequest.of("w2", 10, TINY_LEASE), 2);

    assertThat(retaken).extracting(OutboxEvent::id).containsExactlyInAnyOrder(ids(events));
    assertThat(retaken).allSatisfy(e -> assertThat(e.lockedBy()).isEqualTo("w2"));
  }

  @Test
  void claim_appliesTopicAndKeyShareFilters() {
    OutboxEvent orders = storage.outbox().insert(Events.outbox("orders").build()).event();
    storage.outbox().insert(Events.outbox("payments").build());
    List<OutboxEvent> keyed = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      keyed.add(
          storage.outbox().insert(Events.outbox("keys").partitionKey("key-" + i).build()).event());
    }

    List<OutboxEvent> byTopic =
        storage
            .outbox()
            .claimPending(
                ClaimRequest.of("w", 10, LONG_LEASE)
                    .withFilters(FetchFilters.forTopics(Set.of("orders"))));
    assertThat(byTopic).extracting(OutboxEvent::id).containsExactly(orders.id());

    Set<UUID> shares = new HashSet<>();
    for (int share = 0; share < 3; share++) {
      FetchFilters filters =
          FetchFilters.forTopics(Set.of("keys")).withKeyPartition(new KeyPartition(share, 3));
      for (OutboxEvent e :
          storage
              .outbox()
              .claimPending(ClaimRequest.of("w" + share, 50, LONG_LEASE).withFilters(filters))) {
        assertThat(EventRows.keyHash(e.partitionKey()) % 3).isEqualTo(share);
        assertThat(shares.add(e.id())).isTrue();
      }
    }
    assertThat(shares).containsExactlyInAnyOrder(ids(keyed));
  }

  @Test
  void inboxClaim_appliesGroupAndSourceFilters() {
    InboxEvent billing = storage.inbox().insert(Events.inbox("m-1", "billing").build()).event();
    storage.inbox().insert(Events.inbox("m-1", "shipping").build());
    storage.inbox().insert(Events.inbox("m-2", "billing").source("refunds").build());

    FetchFilters filters = FetchFilters.forConsumerGroup("billing").withSources(Set.of("orders"));
    List<InboxEvent> claimed =
        storage.inbox().claimPending(ClaimRequest.of("w", 10, LONG_LEASE).withFilters(filters));

    assertThat(claimed).extracting(InboxEvent::id).containsExactly(billing.id());
  }

  @Test
  void findClaimableAndTryClaim_leaseOnce() {
    List<OutboxEvent> events = insertOutbox(2);

    List<OutboxEvent> claimable =
        storage.outbox().findClaimable(FetchFilters.none(), LONG_LEASE, 10);
    assertThat(claimable).extracting(OutboxEvent::id).containsExactly(ids(events));
    assertThat(claimable).allSatisfy(e -> assertThat(e.isLocked()).isFalse());

    UUID id = events.get(0).id();
    assertThat(storage.outbox().tryClaim(id, "w1", LONG_LEASE))
        .hasValueSatisfying(e -> assertThat(e.lockedBy()).isEqualTo("w1"));
    assertThat(storage.outbox().tryClaim(id, "w2", LONG_LEASE)).isEmpty();
    assertThat(storage.outbox().findClaimable(FetchFilters.none(), LONG_LEASE, 10))
        .extracting(OutboxEvent::id)
        .containsExactly(events.get(1).id());
  }

  // ---- completion and failure ----

  @Test
  void markCompleted_changesOnlyOwnLeases() {
    List<OutboxEvent> events = insertOutbox(3);
    List<OutboxEvent> mine = storage.outbox().claimPending(ClaimRequest.of("w1", 2, LONG_LEASE));
    List<OutboxEvent> theirs = storage.outbox().claimPending(ClaimRequest.of("w2", 2, LONG_LEASE));

    int changed = storage.outbox().markCompleted("w1", List.of(ids(events)));

    assertThat(changed).isEqualTo(2);
    for (OutboxEvent e : mine) {
      OutboxEvent stored = storage.outbox().findById(e.id()).orElseThrow();
      assertThat(stored.status()).isEqualTo(EventStatus.COMPLETED);
      assertThat(stored.completedAt()).isNotNull();
      assertThat(stored.attemptsMade()).isEqualTo(1);
      assertThat(stored.isLocked()).isFalse();
    }
    OutboxEvent other = storage.outbox().findById(theirs.get(0).id()).orElseThrow();
    assertThat(other.status()).isEqualTo(EventStatus.PENDING);
    assertThat(other.lockedBy()).isEqualTo("w2");
    assertThat(storage.outbox().markCompleted("w1", List.of())).isZero();
  }

  @Test
  void releaseLeases_keepsAttemptsScheduleAndError() {
    insertOutbox(4);
    List<OutboxEvent> mine = storage.outbox().claimPending(ClaimRequest.of("w1", 3, LONG_LEASE));
    List<OutboxEvent> theirs = storage.outbox().claimPending(ClaimRequest.of("w2", 1, LONG_LEASE));
    Instant due = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.MICROS);
    OutboxEvent failedBefore = mine.get(0);
    storage
        .outbox()
        .markFailed("w1", List.of(FailureUpdate.counted(failedBefore.id(), "bad gateway", due)));
    assertThat(storage.outbox().claimPending(ClaimRequest.of("w1", 1, LONG_LEASE)))
        .extracting(OutboxEvent::id)
        .containsExactly(failedBefore.id());
    storage.outbox().markCompleted("w1", List.of(mine.get(2).id()));

    int released =
        storage
            .outbox()
            .releaseLeases(
                "w1",
                List.of(mine.get(0).id(), mine.get(1).id(), mine.get(2).id(), theirs.get(0).id()));

    assertThat(released).isEqualTo(2);
    OutboxEvent retried = find(failedBefore);
    assertThat(retried.status()).isEqualTo(EventStatus.PENDING);
    assertThat(retried.isLocked()).isFalse();
    assertThat(retried.attemptsMade()).isEqualTo(1);
    assertThat(retried.lastError()).isEqualTo("bad gateway");
    assertThat(retried.scheduledAt()).isEqualTo(due);
    OutboxEvent fresh = find(mine.get(1));
    assertThat(fresh.isLocked()).isFalse();
    assertThat(fresh.attemptsMade()).isZero();
    assertThat(fresh.lastError()).isNull();
    assertThat(find(mine.get(2)).status()).isEqualTo(EventStatus.COMPLETED);
    assertThat(find(theirs.get(0)).lockedBy()).isEqualTo("w2");
    assertThat(storage.outbox().claimPending(ClaimRequest.of("w3", 10, LONG_LEASE)))
        .extracting(OutboxEvent::id)
        .containsExactlyInAnyOrder(mine.get(0).id(), mine.get(1).id());
    assertThat(storage.outbox().releaseLeases("w3", List.of())).isZero();
  }

  @Test
  void inboxReleaseLeases_changesOnlyOwnLeases() {
    InboxEvent billing = insertInboxKeyed("m-1", "billing", "A");
    InboxEvent shipping = insertInboxKeyed("m-1", "shipping", "B");
    storage.inbox().claimPending(ClaimRequest.of("w1", 10, LONG_LEASE));

    int released = storage.inbox().releaseLeases("w2", List.of(billing.id(), shipping.id()));

    assertThat(released).isZero();
    assertThat(storage.inbox().releaseLeases("w1", List.of(billing.id()))).isEqualTo(1);
    assertThat(storage.inbox().findById(billing.id()).orElseThrow().isLocked()).isFalse();
    assertThat(storage.inbox().findById(shipping.id()).orElseThrow().lockedBy()).isEqualTo("w1");
  }

  @Test
  void markFailed_followsFailureKinds() {
    List<OutboxEvent> events = insertOutbox(4, 2);
    storage.outbox().claimPending(ClaimRequest.of("w", 10, LONG_LEASE));
    Instant next = Instant.now().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MICROS);

    int changed =
        storage
            .outbox()
            .markFailed(
                "w",
                List.of(
                    FailureUpdate.notCounted(events.get(0).id(), "broker down", next),
                    FailureUpdate.counted(events.get(1).id(), "bad gateway", next),
                    FailureUpdate.terminal(events.get(2).id(), "rejected"),
                    FailureUpdate.counted(events.get(3).id(), "timeout", null)));

    assertThat(changed).isEqualTo(4);
    OutboxEvent notCounted = find(events.get(0));
    assertThat(notCounted.status()).isEqualTo(EventStatus.PENDING);
    assertThat(notCounted.attemptsMade()).isZero();
    assertThat(notCounted.scheduledAt()).isEqualTo(next);
    assertThat(notCounted.lastError()).isEqualTo("broker down");
    assertThat(notCounted.isLocked()).isFalse();

    OutboxEvent counted = find(events.get(1));
    assertThat(counted.status()).isEqualTo(EventStatus.PENDING);
    assertThat(counted.attemptsMade()).isEqualTo(1);
    assertThat(counted.scheduledAt()).isEqualTo(next);

    OutboxEvent terminal = find(events.get(2));
    assertThat(terminal.status()).isEqualTo(EventStatus.FAILED);
    assertThat(terminal.attemptsMade()).isEqualTo(2);

    OutboxEvent dueNow = find(events.get(3));
    assertThat(dueNow.attemptsMade()).isEqualTo(1);
    assertThat(dueNow.scheduledAt()).isBefore(next);
  }

  @Test
  void markFailed_lastCountedAttemptFails() {
    OutboxEvent event = insertOutbox(1, 2).get(0);
    storage.outbox().claimPending(ClaimRequest.of("w", 1, LONG_LEASE));
    storage.outbox().markFailed("w", List.of(FailureUpdate.counted(event.id(), "first", null)));
    claimWithin(storage, ClaimRequest.of("w", 1, LONG_LEASE), 1);

    storage.outbox().markFailed("w", List.of(FailureUpdate.counted(event.id(), "second", null)));

    OutboxEvent failed = find(event);
    assertThat(failed.status()).isEqualTo(EventStatus.FAILED);
    assertThat(failed.attemptsMade()).isEqualTo(2);
    assertThat(failed.lastError()).isEqualTo("second");
  }

  @Test
  void markFailed_ignoresLostLease() {
    OutboxEvent event = insertOutbox(1).get(0);
    storage.outbox().claimPending(ClaimRequest.of("w1", 1, LONG_LEASE));

    int changed =
        storage.outbox().markFailed("w2", List.of(FailureUpdate.terminal(event.id(), "late")));

    assertThat(changed).isZero();
    assertThat(find(event).status()).isEqualTo(EventStatus.PENDING);
  }

  @Test
  void overlongErrorText_isTruncatedNotRejected() {
    OutboxEvent event = insertOutbox(1).get(0);
    storage.outbox().claimPending(ClaimRequest.of("w", 1, LONG_LEASE));
    String error = "é".repeat(10_000);

    storage.outbox().markFailed("w", List.of(FailureUpdate.terminal(event.id(), error)));

    String stored = find(event).lastError();
    assertThat(stored).endsWith(ErrorText.SUFFIX);
    assertThat(stored.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4000);
  }

  // ---- maintenance ----

  @Test
  void releaseStaleLocks_clearsOnlyOldLeases() {
    insertOutbox(3);
    storage.outbox().claimPending(ClaimRequest.of("w", 3, LONG_LEASE));

    assertThat(storage.outbox().releaseStaleLocks(Duration.ofHours(1), 10)).isZero();
    int released = releaseWithin(2);

    assertThat(released).isEqualTo(2);
    assertThat(storage.outbox().releaseStaleLocks(TINY_LEASE, 10)).isEqualTo(1);
    assertThat(storage.outbox().findClaimable(FetchFilters.none(), LONG_LEASE, 10)).hasSize(3);
  }

  @Test
  void deleteCompletedBefore_deletesInBoundedBatches() {
    List<OutboxEvent> events = insertOutbox(5);
    storage.outbox().claimPending(ClaimRequest.of("w", 4, LONG_LEASE));
    storage.outbox().markCompleted("w", List.of(ids(events.subList(0, 4))));
    Instant future = Instant.now().plus(Duration.ofHours(1));

    assertThat(storage.outbox().deleteCompletedBefore(Instant.now().minus(Duration.ofHours(1)), 10))
        .isZero();
    assertThat(storage.outbox().deleteCompletedBefore(future, 3)).isEqualTo(3);
    assertThat(storage.outbox().deleteCompletedBefore(future, 3)).isEqualTo(1);
    assertThat(storage.outbox().exists(events.get(4).id())).isTrue();
  }

  @Test
  void requeueFailed_resetsOnlyFailedEvents() {
    List<OutboxEvent> events = insertOutbox(2);
    storage.outbox().claimPending(ClaimRequest.of("w", 1, LONG_LEASE));
    storage.outbox().markFailed("w", List.of(FailureUpdate.terminal(events.get(0).id(), "bad")));

    int requeued = storage.outbox().requeueFailed(List.of(ids(events)));

    assertThat(requeued).isEqualTo(1);
    OutboxEvent again = find(events.get(0));
    assertThat(again.status()).isEqualTo(EventStatus.PENDING);
    assertThat(again.attemptsMade()).isZero();
  }

  @Test
  void forceUnlock_clearsAnyLease() {
    List<OutboxEvent> events = insertOutbox(2);
    storage.outbox().claimPending(ClaimRequest.of("w", 1, LONG_LEASE));

    assertThat(storage.outbox().forceUnlock(events.get(0).id(), "operator freed it")).isTrue();
    assertThat(storage.outbox().forceUnlock(events.get(1).id(), "not locked")).isFalse();
    OutboxEvent freed = find(events.get(0));
    assertThat(freed.isLocked()).isFalse();
    assertThat(freed.lastError()).isEqualTo("operator freed it");
  }

  @Test
  void moveToDeadLetters_movesFailedEventsOnly() {
    List<OutboxEvent> events = insertOutbox(2);
    storage.outbox().claimPending(ClaimRequest.of("w", 1, LONG_LEASE));
    storage.outbox().markFailed("w", List.of(FailureUpdate.terminal(events.get(0).id(), "bad")));

    int moved = storage.outbox().moveToDeadLetters(List.of(ids(events)), "gave up");

    assertThat(moved).isEqualTo(1);
    assertThat(storage.outbox().exists(events.get(0).id())).isFalse();
    assertThat(storage.outbox().exists(events.get(1).id())).isTrue();
    DeadLetter letter = storage.deadLetters().find(events.get(0).id()).orElseThrow();
    assertThat(letter.kind()).isEqualTo(EventKind.OUTBOX);
    assertThat(letter.eventId()).isEqualTo(events.get(0).id());
    assertThat(letter.scope()).isEqualTo("orders");
    assertThat(letter.reason()).isEqualTo("gave up");
    assertThat(letter.payload()).isEqualTo(events.get(0).payload());
    assertThat(letter.attempts()).isEqualTo(events.get(0).maxAttempts());
  }

  @Test
  void inboxDeadLetter_keepsMessageId() {
    InboxEvent event = storage.inbox().insert(Events.inbox("m-9", "billing").build()).event();
    storage.inbox().claimPending(ClaimRequest.of("w", 1, LONG_LEASE));
    storage.inbox().markFailed("w", List.of(FailureUpdate.terminal(event.id(), "undecodable")));

    assertThat(storage.inbox().moveToDeadLetters(List.of(event.id()), "poison")).isEqualTo(1);

    DeadLetter letter = storage.deadLetters().find(event.id()).orElseThrow();
    assertThat(letter.kind()).isEqualTo(EventKind.INBOX);
    assertThat(letter.scope()).isEqualTo("billing");
    assertThat(letter.messageId()).isEqualTo("m-9");
  }

  @Test
  void deadLetterStore_addsFindsAndRemoves() {
    Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
    DeadLetter older =
        new DeadLetter(
            UUID.randomUUID(),
            EventKind.INBOX,
            null,
            null,
            "billing",
            "m-raw",
            "<xml/>",
            Map.of("JMSType", "x"),
            0,
            "undecodable body",
            at.minusSeconds(60));
    DeadLetter newer =
        new DeadLetter(
            UUID.randomUUID(),
            EventKind.OUTBOX,
            UUID.randomUUID(),
            "OrderPlaced",
            "orders",
            null,
            "{}",
            Map.of(),
            3,
            "too many attempts",
            at);

    storage.deadLetters().add(older);
    storage.deadLetters().add(newer);

    assertThat(storage.deadLetters().find(older.id())).contains(older);
    assertThat(storage.deadLetters().findRecent(10)).containsExactly(newer, older);
    assertThat(storage.deadLetters().findRecent(1)).containsExactly(newer);
    assertThat(storage.deadLetters().remove(older.id())).isTrue();
    assertThat(storage.deadLetters().remove(older.id())).isFalse();
  }

  // ---- operator queries and dead-letter replay ----

  @Test
  void administration_isRepositoryItself() {
    assertThat(storage.outbox().administration()).containsSame(storage.outbox());
    assertThat(storage.inbox().administration()).containsSame(storage.inbox());
  }

  @Test
  void countByStatus_groupsByScopeAndStatus() {
    List<OutboxEvent> orders = insertOutbox(3);
    storage.outbox().insert(Events.outbox("payments").build());
    failOutbox(orders.get(0), "broker rejected it");
    storage.inbox().insert(Events.inbox("m-1", "billing").build());
    storage.inbox().insert(Events.inbox("m-1", "shipping").build());
    storage.inbox().insert(Events.inbox("m-2", "shipping").build());

    List<StatusCount> outbox = storage.outbox().countByStatus();
    List<StatusCount> inbox = storage.inbox().countByStatus();

    assertThat(outbox)
        .extracting(StatusCount::scope, StatusCount::status, StatusCount::count)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("orders", EventStatus.PENDING, 2L),
            org.assertj.core.groups.Tuple.tuple("orders", EventStatus.FAILED, 1L),
            org.assertj.core.groups.Tuple.tuple("payments", EventStatus.PENDING, 1L));
    StatusCount pendingOrders =
        outbox.stream()
            .filter(c -> c.scope().equals("orders") && c.status() == EventStatus.PENDING)
            .findFirst()
            .orElseThrow();
    assertThat(pendingOrders.oldestCreatedAt()).isEqualTo(orders.get(1).createdAt());
    assertThat(inbox)
        .extracting(StatusCount::scope, StatusCount::status, StatusCount::count)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("billing", EventStatus.PENDING, 1L),
            org.assertj.core.groups.Tuple.tuple("shipping", EventStatus.PENDING, 2L));
  }

  @Test
  void countByStatus_oneSnapshotDuringMoves() throws Exception {
    int total = 20;
    List<OutboxEvent> orders = insertOutbox(total);
    java.util.concurrent.atomic.AtomicBoolean counting =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    Future<Integer> mover =
        executor.submit(
            () -> {
              EntityManager manager = factory.createEntityManager();
              try {
                OmniboxStorage own = newStorage(manager);
                int moves = 0;
                while (counting.get()) {
                  OutboxEvent event = orders.get(moves % total);
                  retryingRollbacks(() -> own.outbox().tryClaim(event.id(), "w", LONG_LEASE));
                  retryingRollbacks(
                      () ->
                          own.outbox()
                              .markFailed(
                                  "w", List.of(FailureUpdate.terminal(event.id(), "moved"))));
                  retryingRollbacks(() -> own.outbox().requeueFailed(List.of(event.id())));
                  moves++;
                }
                return moves;
              } finally {
                manager.close();
              }
            });

    try {
      for (int round = 0; round < 300; round++) {
        long counted =
            storage.outbox().countByStatus().stream().mapToLong(StatusCount::count).sum();
        assertThat(counted).as("events counted in round %d", round).isEqualTo(total);
      }
    } finally {
      counting.set(false);
    }
    assertThat(mover.get(MAX_WAIT.toSeconds(), TimeUnit.SECONDS)).isPositive();
  }

  @Test
  void countByStatus_emptyTableHasNoGroups() {
    assertThat(storage.outbox().countByStatus()).isEmpty();
    assertThat(storage.inbox().countByStatus()).isEmpty();
  }

  @Test
  void findEvents_appliesStatusScopeTypeAndLimit() {
    List<OutboxEvent> orders = insertOutbox(3);
    OutboxEvent shipped =
        storage.outbox().insert(Events.outbox("orders").eventType("OrderShipped").build()).event();
    OutboxEvent payment = storage.outbox().insert(Events.outbox("payments").build()).event();
    failOutbox(orders.get(0), "first failure");

    assertThat(storage.outbox().findEvents(EventQuery.of(EventStatus.FAILED, 10)))
        .extracting(OutboxEvent::id)
        .containsExactly(orders.get(0).id());
    assertThat(storage.outbox().findEvents(new EventQuery(EventStatus.PENDING, "orders", null, 10)))
        .extracting(OutboxEvent::id)
        .containsExactly(orders.get(1).id(), orders.get(2).id(), shipped.id());
    assertThat(
            storage
                .outbox()
                .findEvents(new EventQuery(EventStatus.PENDING, null, "OrderShipped", 10)))
        .extracting(OutboxEvent::id)
        .containsExactly(shipped.id());
    assertThat(
            storage
                .outbox()
                .findEvents(new EventQuery(EventStatus.PENDING, "payments", "OrderPlaced", 10)))
        .extracting(OutboxEvent::id)
        .containsExactly(payment.id());
    assertThat(storage.outbox().findEvents(EventQuery.of(EventStatus.PENDING, 2))).hasSize(2);
    assertThat(storage.outbox().findEvents(EventQuery.of(EventStatus.COMPLETED, 10))).isEmpty();
  }

  @Test
  void findEvents_filterValueIsNotSql() {
    insertOutbox(2);

    List<OutboxEvent> found =
        storage
            .outbox()
            .findEvents(new EventQuery(EventStatus.PENDING, "orders' OR '1'='1", null, 10));

    assertThat(found).isEmpty();
    assertThat(storage.outbox().findEvents(EventQuery.of(EventStatus.PENDING, 10))).hasSize(2);
  }

  @Test
  void findEvents_inboxFiltersByConsumerGroup() {
    InboxEvent billing = storage.inbox().insert(Events.inbox("m-1", "billing").build()).event();
    storage.inbox().insert(Events.inbox("m-1", "shipping").build());

    assertThat(storage.inbox().findEvents(new EventQuery(EventStatus.PENDING, "billing", null, 10)))
        .extracting(InboxEvent::id)
        .containsExactly(billing.id());
  }

  @Test
  void findMatchingDeadLetters_appliesKindScopeTypeAndLimit() {
    Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
    DeadLetter inbox = rawDeadLetter(EventKind.INBOX, "billing", null, at.minusSeconds(30));
    DeadLetter orders = rawDeadLetter(EventKind.OUTBOX, "orders", "OrderPlaced", at);
    DeadLetter payments =
        rawDeadLetter(EventKind.OUTBOX, "payments", "PaymentTaken", at.minusSeconds(10));
    storage.deadLetters().add(inbox);
    storage.deadLetters().add(orders);
    storage.deadLetters().add(payments);

    assertThat(storage.deadLetters().findMatching(DeadLetterQuery.all(10)))
        .containsExactly(orders, payments, inbox);
    assertThat(
            storage
                .deadLetters()
                .findMatching(new DeadLetterQuery(EventKind.OUTBOX, null, null, 10)))
        .containsExactly(orders, payments);
    assertThat(storage.deadLetters().findMatching(new DeadLetterQuery(null, "billing", null, 10)))
        .containsExactly(inbox);
    assertThat(
            storage.deadLetters().findMatching(new DeadLetterQuery(null, null, "PaymentTaken", 10)))
        .containsExactly(payments);
    assertThat(storage.deadLetters().findMatching(DeadLetterQuery.all(1))).containsExactly(orders);
  }

  @Test
  void replayDeadLetter_writesMovedEventBackPending() {
    OutboxEvent event = insertOutbox(1).get(0);
    failOutbox(event, "broker rejected it");
    storage.outbox().moveToDeadLetters(List.of(event.id()), "gave up");

    OutboxEvent replayed = storage.outbox().replayDeadLetter(event.id()).orElseThrow();

    assertThat(replayed.id()).isEqualTo(event.id());
    assertThat(replayed.status()).isEqualTo(EventStatus.PENDING);
    assertThat(replayed.attemptsMade()).isZero();
    assertThat(replayed.maxAttempts()).isEqualTo(event.maxAttempts());
    assertThat(replayed.topic()).isEqualTo("orders");
    assertThat(replayed.payload()).isEqualTo(event.payload());
    assertThat(replayed.isLocked()).isFalse();
    assertThat(storage.deadLetters().find(event.id())).isEmpty();
    assertThat(storage.outbox().claimPending(ClaimRequest.of("w", 10, LONG_LEASE)))
        .extracting(OutboxEvent::id)
        .containsExactly(event.id());
  }

  @Test
  void replayDeadLetter_writesInboxEventBack() {
    InboxEvent event = storage.inbox().insert(Events.inbox("m-7", "billing").build()).event();
    storage.inbox().claimPending(ClaimRequest.of("w", 1, LONG_LEASE));
    storage.inbox().markFailed("w", List.of(FailureUpdate.terminal(event.id(), "handler threw")));
    storage.inbox().moveToDeadLetters(List.of(event.id()), "poison");

    InboxEvent replayed = storage.inbox().replayDeadLetter(event.id()).orElseThrow();

    assertThat(replayed.status()).isEqualTo(EventStatus.PENDING);
    assertThat(replayed.messageId()).isEqualTo("m-7");
    assertThat(replayed.consumerGroup()).isEqualTo("billing");
    assertThat(storage.deadLetters().find(event.id())).isEmpty();
  }

  @Test
  void replayDeadLetter_requeuesFailedRowKeptBeside() {
    OutboxEvent event = insertOutbox(1).get(0);
    failOutbox(event, "broker rejected it");
    DeadLetter letter = deadLetterOf(event);
    storage.deadLetters().add(letter);

    OutboxEvent replayed = storage.outbox().replayDeadLetter(letter.id()).orElseThrow();

    assertThat(replayed.id()).isEqualTo(event.id());
    assertThat(replayed.status()).isEqualTo(EventStatus.PENDING);
    assertThat(replayed.attemptsMade()).isZero();
    assertThat(storage.deadLetters().find(letter.id())).isEmpty();
  }

  @Test
  void replayDeadLetter_rejectsEventNotFailed() {
    OutboxEvent event = insertOutbox(1).get(0);
    DeadLetter letter = deadLetterOf(event);
    storage.deadLetters().add(letter);

    assertThatThrownBy(() -> storage.outbox().replayDeadLetter(letter.id()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(letter.id().toString())
        .hasMessageContaining("not FAILED");
    assertThat(storage.deadLetters().find(letter.id())).isPresent();
  }

  @Test
  void replayDeadLetter_rejectsRawMessage() {
    DeadLetter raw =
        rawDeadLetter(
            EventKind.INBOX, "billing", null, Instant.now().truncatedTo(ChronoUnit.MICROS));
    storage.deadLetters().add(raw);

    assertThatThrownBy(() -> storage.inbox().replayDeadLetter(raw.id()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(raw.id().toString());
    assertThat(storage.deadLetters().find(raw.id())).isPresent();
  }

  @Test
  void replayDeadLetter_rejectsTakenMessageId() {
    InboxEvent event = storage.inbox().insert(Events.inbox("m-8", "billing").build()).event();
    storage.inbox().claimPending(ClaimRequest.of("w", 1, LONG_LEASE));
    storage.inbox().markFailed("w", List.of(FailureUpdate.terminal(event.id(), "handler threw")));
    storage.inbox().moveToDeadLetters(List.of(event.id()), "poison");
    InboxEvent redelivered = storage.inbox().insert(Events.inbox("m-8", "billing").build()).event();

    assertThatThrownBy(() -> storage.inbox().replayDeadLetter(event.id()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(redelivered.id().toString());
    assertThat(storage.deadLetters().find(event.id())).isPresent();
  }

  @Test
  void replayDeadLetter_unknownOrOtherKindIsEmpty() {
    OutboxEvent event = insertOutbox(1).get(0);
    failOutbox(event, "broker rejected it");
    storage.outbox().moveToDeadLetters(List.of(event.id()), "gave up");

    assertThat(storage.outbox().replayDeadLetter(UUID.randomUUID())).isEmpty();
    assertThat(storage.inbox().replayDeadLetter(event.id())).isEmpty();
    assertThat(storage.deadLetters().find(event.id())).isPresent();
  }

  void failOutbox(OutboxEvent event, String error) {
    assertThat(storage.outbox().tryClaim(event.id(), "w", LONG_LEASE)).isPresent();
    storage.outbox().markFailed("w", List.of(FailureUpdate.terminal(event.id(), error)));
  }

  static DeadLetter deadLetterOf(OutboxEvent event) {
    return new DeadLetter(
        UUID.randomUUID(),
        EventKind.OUTBOX,
        event.id(),
        event.eventType(),
        event.topic(),
        null,
        event.payload(),
        event.headers(),
        event.maxAttempts(),
        "too many attempts",
        Instant.now().truncatedTo(ChronoUnit.MICROS));
  }

  static DeadLetter rawDeadLetter(EventKind kind, String scope, String eventType, Instant at) {
    return new DeadLetter(
        UUID.randomUUID(), kind, null, eventType, scope, null, "<xml/>", Map.of(), 0, "bad", at);
  }

  @Test
  void capabilities_reportTableLayout() {
    boolean partitioned = options().partitioned();
    assertThat(storage.outbox().capabilities().skipLocked()).isTrue();
    assertThat(storage.outbox().capabilities().databaseClock()).isTrue();
    assertThat(storage.outbox().capabilities().bulkUpdates()).isTrue();
    assertThat(storage.outbox().capabilities().perKeyOrdering()).isTrue();
    assertThat(storage.inbox().capabilities().uniqueInboxKey()).isEqualTo(!partitioned);
    assertThat(storage.inbox().capabilities().partitionDrop()).isEqualTo(partitioned);
  }

  @Test
  void entities_readRowsWrittenBySql() {
    OutboxEvent outbox =
        storage.outbox().insert(Events.outbox("orders").partitionKey("K").build()).event();
    InboxEvent inbox = storage.inbox().insert(Events.inbox("m-e", "billing").build()).event();
    storage.outbox().claimPending(ClaimRequest.of("w", 1, LONG_LEASE));

    List<OutboxEventEntity> pending =
        entityManager
            .createQuery(
                "SELECT e FROM OmniboxOutboxEvent e WHERE e.status = :status AND e.topic = :topic",
                OutboxEventEntity.class)
            .setParameter("status", EventStatus.PENDING)
            .setParameter("topic", "orders")
            .getResultList();
    assertThat(pending).hasSize(1);
    OutboxEventEntity row = pending.get(0);
    assertThat(row.getId()).isEqualTo(outbox.id());
    assertThat(row.getPartitionKey()).isEqualTo("K");
    assertThat(row.getLockedBy()).isEqualTo("w");
    assertThat(row.getPayload()).isEqualTo(outbox.payload());

    InboxEventEntity inboxRow =
        entityManager
            .createQuery(
                "SELECT e FROM OmniboxInboxEvent e WHERE e.messageId = :message",
                InboxEventEntity.class)
            .setParameter("message", "m-e")
            .getSingleResult();
    assertThat(inboxRow.getId()).isEqualTo(inbox.id());
    assertThat(inboxRow.getConsumerGroup()).isEqualTo("billing");
  }

  // ---- per-key ordering ----

  @Test
  void orderedClaim_holdsBackLaterEventsOfKey() {
    OutboxEvent a1 = insertKeyed("A");
    OutboxEvent a2 = insertKeyed("A");
    OutboxEvent b1 = insertKeyed("B");
    ClaimRequest ordered = ClaimRequest.of("w", 10, LONG_LEASE).withPerKeyOrdering(true, true);

    assertThat(storage.outbox().claimPending(ordered))
        .extracting(OutboxEvent::id)
        .containsExactlyInAnyOrder(a1.id(), b1.id());
    assertThat(storage.outbox().claimPending(ordered)).isEmpty();

    storage.outbox().markCompleted("w", List.of(a1.id()));
    assertThat(storage.outbox().claimPending(ordered))
        .extracting(OutboxEvent::id)
        .containsExactly(a2.id());
  }

  @Test
  void failedEvent_blocksKeyOnlyWhenConfigured() {
    OutboxEvent a1 = insertKeyed("A");
    OutboxEvent a2 = insertKeyed("A");
    storage.outbox().claimPending(ClaimRequest.of("w", 1, LONG_LEASE));
    storage.outbox().markFailed("w", List.of(FailureUpdate.terminal(a1.id(), "bad")));

    ClaimRequest blocking = ClaimRequest.of("w", 10, LONG_LEASE).withPerKeyOrdering(true, true);
    assertThat(storage.outbox().claimPending(blocking)).isEmpty();

    ClaimRequest passing = ClaimRequest.of("w", 10, LONG_LEASE).withPerKeyOrdering(true, false);
    assertThat(storage.outbox().claimPending(passing))
        .extracting(OutboxEvent::id)
        .containsExactly(a2.id());
  }

  @Test
  void inboxOrderedClaim_scopesKeyByGroup() {
    InboxEvent billing1 = insertInboxKeyed("m-1", "billing", "A");
    insertInboxKeyed("m-2", "billing", "A");
    InboxEvent shipping2 = insertInboxKeyed("m-2", "shipping", "A");
    ClaimRequest ordered = ClaimRequest.of("w", 10, LONG_LEASE).withPerKeyOrdering(true, true);

    List<InboxEvent> claimed = storage.inbox().claimPending(ordered);

    assertThat(claimed).extracting(InboxEvent::id).contains(billing1.id());
    assertThat(claimed).hasSize(2);
    assertThat(claimed)
        .extracting(InboxEvent::consumerGroup)
        .containsExactlyInAnyOrder("billing", "shipping");
    assertThat(shipping2.messageId()).isEqualTo("m-2");
  }

  /**
   * Two writers of one key: the second starts its insert while the first is still open. Without the
   * key lock its event could commit first and be claimed before the first writer's event; with the
   * lock it waits, so commit order and claim order agree.
   */
  @Test
  void concurrentWriters_cannotOvertakeWithinKey() throws Exception {
    EntityManager first = factory.createEntityManager();
    EntityManager second = factory.createEntityManager();
    try {
      OutboxEvent early = Events.outbox("orders").partitionKey("K").build();
      OutboxEvent late = Events.outbox("orders").partitionKey("K").build();
      first.getTransaction().begin();
      newStorage(first).outbox().insert(early);

      Future<?> secondWriter =
          executor.submit(
              () -> {
                second.getTransaction().begin();
                newStorage(second).outbox().insert(late);
                second.getTransaction().commit();
                return null;
              });

      assertThatThrownBy(() -> secondWriter.get(500, TimeUnit.MILLISECONDS))
          .isInstanceOf(TimeoutException.class);
      ClaimRequest ordered = ClaimRequest.of("w", 10, LONG_LEASE).withPerKeyOrdering(true, true);
      assertThat(storage.outbox().claimPending(ordered)).isEmpty();

      first.getTransaction().commit();
      secondWriter.get(MAX_WAIT.toSeconds(), TimeUnit.SECONDS);

      assertThat(storage.outbox().claimPending(ordered))
          .extracting(OutboxEvent::id)
          .containsExactly(early.id());
      storage.outbox().markCompleted("w", List.of(early.id()));
      assertThat(storage.outbox().claimPending(ordered))
          .extracting(OutboxEvent::id)
          .containsExactly(late.id());
    } finally {
      closeQuietly(first);
      closeQuietly(second);
    }
  }

  // ---- concurrency ----

  @Test
  void concurrentInboxDuplicate_leavesOneRow() throws Exception {
    EntityManager first = factory.createEntityManager();
    EntityManager second = factory.createEntityManager();
    try {
      InboxEvent original = Events.inbox("m-dup", "billing").build();
      InboxEvent redelivery = Events.inbox("m-dup", "billing").build();
      InboxEvent afterwards = Events.inbox("m-after", "billing").build();
      first.getTransaction().begin();
      assertThat(newStorage(first).inbox().insert(original).duplicate()).isFalse();

      Future<InsertResult<InboxEvent>> secondWriter =
          executor.submit(
              () -> {
                second.getTransaction().begin();
                InsertResult<InboxEvent> result = newStorage(second).inbox().insert(redelivery);
                newStorage(second).inbox().insert(afterwards);
                second.getTransaction().commit();
                return result;
              });
      assertThatThrownBy(() -> secondWriter.get(300, TimeUnit.MILLISECONDS))
          .isInstanceOf(TimeoutException.class);
      first.getTransaction().commit();

      InsertResult<InboxEvent> result = secondWriter.get(MAX_WAIT.toSeconds(), TimeUnit.SECONDS);
      assertThat(result.duplicate()).isTrue();
      assertThat(result.event().id()).isEqualTo(original.id());
      assertThat(countRows("inbox_events", "message_id = 'm-dup'")).isEqualTo(1);
      assertThat(storage.inbox().exists(afterwards.id())).isTrue();
    } finally {
      closeQuietly(first);
      closeQuietly(second);
    }
  }

  @Test
  void fourWorkers_completeEachEventExactlyOnce() throws Exception {
    int total = 20_000;
    insertOutboxInBulk(total);
    Map<UUID, Integer> claims = new ConcurrentHashMap<>();
    AtomicInteger completed = new AtomicInteger();

    List<Future<?>> workers = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      String workerId = "worker-" + w;
      workers.add(executor.submit(() -> runWorker(workerId, claims, completed)));
    }
    for (Future<?> worker : workers) {
      worker.get(5, TimeUnit.MINUTES);
    }

    assertThat(claims).hasSize(total);
    assertThat(claims.values()).allMatch(count -> count == 1);
    assertThat(completed.get()).isEqualTo(total);
    assertThat(countRows("outbox_events", "status = 'COMPLETED'")).isEqualTo(total);
    assertThat(countRows("outbox_events", "status <> 'COMPLETED' OR locked_by IS NOT NULL"))
        .isZero();
  }

  private Void runWorker(String workerId, Map<UUID, Integer> claims, AtomicInteger completed) {
    EntityManager manager = factory.createEntityManager();
    try {
      OmniboxStorage own = newStorage(manager);
      while (true) {
        List<OutboxEvent> batch =
            retryingRollbacks(
                () -> own.outbox().claimPending(ClaimRequest.of(workerId, 100, LONG_LEASE)));
        if (batch.isEmpty()) {
          return null;
        }
        for (OutboxEvent e : batch) {
          claims.merge(e.id(), 1, Integer::sum);
        }
        completed.addAndGet(
            retryingRollbacks(() -> own.outbox().markCompleted(workerId, List.of(ids(batch)))));
      }
    } finally {
      manager.close();
    }
  }

  /**
   * Retries an operation whose transaction the database rolled back, as the pipeline does. InnoDB
   * under REPEATABLE READ can pick a claim or a completion as a deadlock victim, because their
   * next-key locks on the status index cross.
   */
  static <T> T retryingRollbacks(java.util.function.Supplier<T> operation) {
    for (int attempt = 1; ; attempt++) {
      try {
        return operation.get();
      } catch (StorageTransactionException e) {
        if (attempt == 20) {
          throw e;
        }
      }
    }
  }

  /**
   * A worker claims a batch, starts completing it and its connection dies before the commit.
   * Nothing it did after the claim survives, and once its lease is older than the TTL another
   * worker takes every row.
   */
  @Test
  void deadWorkersLease_expiresToAnotherWorker() throws Exception {
    List<OutboxEvent> events = insertOutbox(10);
    Connection dying = fixture.dataSource().getConnection();
    dying.setAutoCommit(false);
    OmniboxStorage doomed = OmniboxStorage.over(new SingleConnectionDataSource(dying), options());

    List<OutboxEvent> claimed =
        doomed.outbox().claimPending(ClaimRequest.of("doomed", 10, LONG_LEASE));
    dying.commit();
    doomed.outbox().markCompleted("doomed", List.of(ids(claimed.subList(0, 5))));
    dying.close();

    assertThat(storage.outbox().claimPending(ClaimRequest.of("rescuer", 10, LONG_LEASE))).isEmpty();
    List<OutboxEvent> rescued =
        claimWithin(storage, ClaimRequest.of("rescuer", 10, TINY_LEASE), 10);

    assertThat(rescued).extracting(OutboxEvent::id).containsExactlyInAnyOrder(ids(events));
    assertThat(rescued).allSatisfy(e -> assertThat(e.status()).isEqualTo(EventStatus.PENDING));
    assertThat(storage.outbox().markCompleted("rescuer", List.of(ids(rescued)))).isEqualTo(10);
  }

  // ---- helpers ----

  List<OutboxEvent> insertOutbox(int count) {
    return insertOutbox(count, 10);
  }

  /** Inserts events created a millisecond apart, so that fetch order is insert order. */
  List<OutboxEvent> insertOutbox(int count, int maxAttempts) {
    Instant base = Instant.now().minusSeconds(10).truncatedTo(ChronoUnit.MICROS);
    List<OutboxEvent> events = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Instant at = base.plusMillis(i);
      OutboxEvent event =
          Events.outbox("orders")
              .maxAttempts(maxAttempts)
              .createdAt(at)
              .updatedAt(at)
              .scheduledAt(at)
              .build();
      events.add(storage.outbox().insert(event).event());
    }
    return events;
  }

  void insertOutboxInBulk(int count) {
    EntityManager manager = factory.createEntityManager();
    try {
      OmniboxStorage own = newStorage(manager);
      for (int done = 0; done < count; ) {
        manager.getTransaction().begin();
        for (int i = 0; i < 1000 && done < count; i++, done++) {
          own.outbox().insert(Events.outbox("orders").build());
        }
        manager.getTransaction().commit();
      }
    } finally {
      manager.close();
    }
  }

  OutboxEvent insertKeyed(String key) {
    return storage.outbox().insert(Events.outbox("orders").partitionKey(key).build()).event();
  }

  InboxEvent insertInboxKeyed(String messageId, String group, String key) {
    InboxEvent event = Events.inbox(messageId, group).partitionKey(key).build();
    return storage.inbox().insert(event).event();
  }

  OutboxEvent find(OutboxEvent event) {
    return storage.outbox().findById(event.id()).orElseThrow();
  }

  /**
   * Claims until {@code expected} distinct events came back: a lease TTL of one millisecond needs
   * the database clock to move past the lease, which takes a bounded, short wait. Rows that the
   * claimer takes again under its own expired lease count once, with their latest state.
   */
  List<OutboxEvent> claimWithin(OmniboxStorage on, ClaimRequest request, int expected) {
    Instant deadline = Instant.now().plus(MAX_WAIT);
    Map<UUID, OutboxEvent> claimed = new java.util.LinkedHashMap<>();
    while (Instant.now().isBefore(deadline)) {
      for (OutboxEvent e : on.outbox().claimPending(request)) {
        claimed.put(e.id(), e);
      }
      if (claimed.size() >= expected) {
        return List.copyOf(claimed.values());
      }
      Thread.onSpinWait();
    }
    throw new AssertionError(
        "Claimed " + claimed.size() + " of " + expected + " events within " + MAX_WAIT);
  }

  int releaseWithin(int batchSize) {
    Instant deadline = Instant.now().plus(MAX_WAIT);
    while (Instant.now().isBefore(deadline)) {
      int released = storage.outbox().releaseStaleLocks(TINY_LEASE, batchSize);
      if (released > 0) {
        return released;
      }
      Thread.onSpinWait();
    }
    throw new AssertionError("No lease became stale within " + MAX_WAIT);
  }

  long countRows(String table, String condition) throws SQLException {
    try (Connection c = fixture.dataSource().getConnection();
        Statement statement = c.createStatement();
        ResultSet result =
            statement.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE " + condition)) {
      result.next();
      return result.getLong(1);
    }
  }

  static UUID[] ids(List<? extends dev.omnibox.model.StoredEvent> events) {
    return events.stream().map(dev.omnibox.model.StoredEvent::id).toArray(UUID[]::new);
  }

  static void closeQuietly(EntityManager manager) {
    try {
      if (manager.getTransaction().isActive()) {
        manager.getTransaction().rollback();
      }
    } finally {
      manager.close();
    }
  }
}
