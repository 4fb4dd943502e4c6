package dev.omnibox.it.admin;

import dev.omnibox.ejb.storage.OmniboxStorage;
import dev.omnibox.ejb.storage.StorageOptions;
import dev.omnibox.it.support.Jdbc;
import dev.omnibox.model.InboxEvent;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.spi.FailureUpdate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Writes the rows that the admin tests act on, from the test JVM straight into the test database,
 * each test under topics and consumer groups of its own.
 */
final class TestEvents {

  private static final String WORKER = "admin-it-worker";

  private final PGSimpleDataSource dataSource = new PGSimpleDataSource();
  private final OmniboxStorage storage;

  TestEvents() {
    dataSource.setURL(
        System.getProperty("omnibox.test.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/test"));
    dataSource.setUser(System.getProperty("omnibox.test.postgresql.user", "postgres"));
    dataSource.setPassword(System.getProperty("omnibox.test.postgresql.password", "postgres"));
    storage = OmniboxStorage.over(dataSource, StorageOptions.defaults().withCreateSchema(true));
  }

  OmniboxStorage storage() {
    return storage;
  }

  /** Returns a topic or consumer group name that no other test uses. */
  static String uniqueScope(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  OutboxEvent pendingOutbox(String topic, String eventType) {
    Instant created = Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.MICROS);
    OutboxEvent event =
        OutboxEvent.builder()
            .id(UUID.randomUUID())
            .eventType(eventType)
            .payload("{\"order\":42}")
            .schemaVersion("1")
            .topic(topic)
            .maxAttempts(3)
            .createdAt(created)
            .updatedAt(created)
            .scheduledAt(created)
            .build();
    return storage.outbox().insert(event).event();
  }

  OutboxEvent failedOutbox(String topic, String error) {
    OutboxEvent event = lockedOutbox(topic);
    storage.outbox().markFailed(WORKER, List.of(FailureUpdate.terminal(event.id(), error)));
    return storage.outbox().findById(event.id()).orElseThrow();
  }

  OutboxEvent lockedOutbox(String topic) {
    OutboxEvent event = pendingOutbox(topic, "OrderPlaced");
    return storage.outbox().tryClaim(event.id(), WORKER, Duration.ofHours(1)).orElseThrow();
  }

  /** Inserts a FAILED inbox row, as the consumer stores a message it cannot handle. */
  InboxEvent failedInbox(String consumerGroup) {
    Instant created = Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.MICROS);
    InboxEvent event =
        InboxEvent.builder()
            .id(UUID.randomUUID())
            .eventType("OrderPlaced")
            .payload("{\"order\":42}")
            .schemaVersion("1")
            .messageId("m-" + UUID.randomUUID())
            .consumerGroup(consumerGroup)
            .source("orders")
            .status(dev.omnibox.model.EventStatus.FAILED)
            .maxAttempts(2)
            .attemptsMade(2)
            .lastError("unknown event type")
            .createdAt(created)
            .updatedAt(created)
            .scheduledAt(created)
            .build();
    return storage.inbox().insert(event).event();
  }

  /** Deletes the rows of the given scopes, so that no later test meets them. */
  void deleteScopes(List<String> scopes) {
    for (String scope : scopes) {
      Jdbc.update(dataSource, "DELETE FROM outbox_events WHERE topic = ?", scope);
      Jdbc.update(dataSource, "DELETE FROM inbox_events WHERE consumer_group = ?", scope);
      Jdbc.update(dataSource, "DELETE FROM dead_letter_events WHERE scope = ?", scope);
    }
  }
}
