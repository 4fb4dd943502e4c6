package dev.omnibox.batch.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.batch.OmniboxJobs;
import dev.omnibox.handler.EventHandler;
import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.handler.EventRouter;
import dev.omnibox.model.EventStatus;
import dev.omnibox.model.InboxEvent;
import dev.omnibox.testing.RecordingPublisher;
import dev.omnibox.testing.TestEvents;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The inbox dispatch job on H2: handlers write a business row in the chunk's transaction, so what
 * commits shows which handler effects survived a failing or poisoned event.
 */
class H2DispatchJobTest {

  private static final String GROUP = "shipping";

  private final H2Database database = H2Database.create();
  private final List<UUID> ids = new ArrayList<>();

  @BeforeEach
  void createTable() throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE shipments (event_id VARCHAR(36) PRIMARY KEY)");
    }
    for (int i = 0; i < 6; i++) {
      InboxEvent event =
          TestEvents.inbox()
              .id(UUID.randomUUID())
              .messageId("ID:message-" + i)
              .consumerGroup(GROUP)
              .source("orders")
              .partitionKey("order-" + i)
              .build();
      database.storage().inbox().insert(event);
      ids.add(event.id());
    }
  }

  @AfterEach
  void release() {
    JobFixture.clear();
    H2Database.release();
  }

  @Test
  void poisonedHandler_othersCommitAndFailureRecorded() {
    UUID poisoned = ids.get(1);
    use(
        event -> {
          ship(event);
          if (event.id().equals(poisoned)) {
            LocalTransactionState.markRollbackOnly();
          }
          return EventHandlerResult.completed();
        });

    JobExecution execution = Jobs.awaitEnd(Jobs.start(OmniboxJobs.INBOX_DISPATCH, drain()));

    assertThat(execution.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(shipments()).containsExactlyInAnyOrderElementsOf(without(poisoned));
    InboxEvent failed = find(poisoned);
    assertThat(failed.status()).isEqualTo(EventStatus.PENDING);
    assertThat(failed.attemptsMade()).isEqualTo(1);
    assertThat(failed.lastError()).contains("marked for rollback");
    assertThat(without(poisoned)).allMatch(id -> find(id).status() == EventStatus.COMPLETED);
  }

  @Test
  void throwingHandler_recordedWhileOthersCommit() {
    UUID failing = ids.get(4);
    use(
        event -> {
          if (event.id().equals(failing)) {
            throw new IllegalStateException("no warehouse for this order");
          }
          ship(event);
          return EventHandlerResult.completed();
        });

    JobExecution execution = Jobs.awaitEnd(Jobs.start(OmniboxJobs.INBOX_DISPATCH, drain()));

    assertThat(execution.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(shipments()).containsExactlyInAnyOrderElementsOf(without(failing));
    InboxEvent failed = find(failing);
    assertThat(failed.status()).isEqualTo(EventStatus.PENDING);
    assertThat(failed.attemptsMade()).isEqualTo(1);
    assertThat(failed.lastError()).contains("no warehouse for this order");
    assertThat(without(failing)).allMatch(id -> find(id).status() == EventStatus.COMPLETED);
  }

  private void use(EventHandler<InboxEvent> handler) {
    EventRouter<InboxEvent> router = new EventRouter<>();
    router.register("orders", "order.created", null, "ship", handler);
    JobFixture.install(
        new JobFixture(
            database.storage().outbox(),
            database.storage().inbox(),
            new RecordingPublisher(),
            group -> {
              if (!GROUP.equals(group)) {
                throw new IllegalArgumentException("unknown consumer group " + group);
              }
              return router;
            },
            Clock.offset(Clock.systemUTC(), Duration.ofHours(1))));
  }

  private void ship(InboxEvent event) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement insert =
            connection.prepareStatement("INSERT INTO shipments (event_id) VALUES (?)")) {
      insert.setString(1, event.id().toString());
      insert.executeUpdate();
    }
  }

  private List<UUID> shipments() {
    List<UUID> shipped = new ArrayList<>();
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT event_id FROM shipments")) {
      while (rows.next()) {
        shipped.add(UUID.fromString(rows.getString(1)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the shipments failed", e);
    }
    return shipped;
  }

  private InboxEvent find(UUID id) {
    return database.storage().inbox().findById(id).orElseThrow();
  }

  private List<UUID> without(UUID excluded) {
    return ids.stream().filter(id -> !id.equals(excluded)).toList();
  }

  private static Map<String, String> drain() {
    return Map.of(
        OmniboxJobs.CONSUMER_GROUP, GROUP,
        OmniboxJobs.CONTINUOUS, "false",
        OmniboxJobs.ITEM_COUNT, "10");
  }
}
