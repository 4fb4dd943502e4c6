package dev.omnibox.it.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.batch.OmniboxJobs;
import dev.omnibox.batch.scheduler.OmniboxJobScheduler;
import dev.omnibox.ejb.jms.MessageProperties;
import dev.omnibox.ejb.storage.OmniboxStorage;
import dev.omnibox.it.support.Deployments;
import dev.omnibox.it.support.Jdbc;
import dev.omnibox.it.support.Poll;
import dev.omnibox.model.OutboxEvent;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The relay and maintenance jobs on WildFly's JBeret with the JDBC storage on PostgreSQL and the
 * embedded Artemis. Every committed event is sent once, a stop ends the job STOPPED, and a restart
 * sends the rest. Maintenance then deletes only completed rows older than the retention.
 *
 * <p>The publisher is omnibox's JMS publisher over {@code java:/JmsXA}, in the default
 * at-least-once publish mode, so each send commits on its own before its chunk. The job scheduler
 * is left out of the deployment, so the test starts and stops the jobs itself. No fast path
 * publishes here: the rows are inserted through the repository. The tables are those of the
 * datasource's default schema, which other tests may share, so the relay, the clean-up and the
 * counts are limited to this test's topic.
 */
@ExtendWith(ArquillianExtension.class)
class RelayJobIT {

  private static final int EVENTS = 5000;
  private static final Set<BatchStatus> ENDED =
      EnumSet.of(
          BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);

  @Deployment
  static WebArchive deployment() {
    WebArchive archive =
        Deployments.withQueues(Deployments.webArchive("relay-job"), RelayResources.QUEUE)
            .addClasses(RelayResources.class);
    Deployments.withLibraryOf(archive, OutboxEvent.class);
    Deployments.withLibraryOf(archive, OmniboxStorage.class);
    return Deployments.withLibraryOf(archive, OmniboxJobs.class, OmniboxJobScheduler.class);
  }

  @Inject JobOperator operator;
  @Inject RelayResources resources;
  @Inject UserTransaction transaction;

  @Test
  void relay_stopRestartAndMaintenance() throws Exception {
    Jdbc.update(
        resources.dataSource(), "DELETE FROM outbox_events WHERE topic = ?", RelayResources.QUEUE);
    drainQueue(Duration.ofMillis(200));
    Set<String> ids = insert(EVENTS);

    long first = operator.start(OmniboxJobs.OUTBOX_RELAY, relayParameters());
    Poll.until(
        "500 events completed",
        Duration.ofSeconds(120),
        this::completedCount,
        count -> count >= 500);
    operator.stop(first);
    assertThat(awaitEnd(first)).isEqualTo(BatchStatus.STOPPED);
    long completedAtStop = completedCount();
    assertThat(lockedCount()).as("leases left after the stop").isZero();

    long second = operator.restart(first, relayParameters());
    Poll.until(
        "every event completed",
        Duration.ofSeconds(300),
        this::completedCount,
        count -> count == EVENTS);
    operator.stop(second);
    assertThat(awaitEnd(second)).isEqualTo(BatchStatus.STOPPED);

    List<String> received = drainQueue(Duration.ofSeconds(2));
    assertThat(completedAtStop).isLessThanOrEqualTo(EVENTS);
    assertThat(received).hasSize(EVENTS);
    assertThat(new HashSet<>(received)).isEqualTo(ids);

    Jdbc.update(
        resources.dataSource(),
        "UPDATE outbox_events SET completed_at = completed_at - INTERVAL '10 days'"
            + " WHERE id IN (SELECT id FROM outbox_events WHERE topic = ? ORDER BY id LIMIT 1000)",
        RelayResources.QUEUE);
    insert(10);
    Properties maintenance = new Properties();
    maintenance.setProperty(OmniboxJobs.RETENTION, "P7D");
    maintenance.setProperty(OmniboxJobs.BATCH_SIZE, "300");
    long cleanup = operator.start(OmniboxJobs.MAINTENANCE, maintenance);

    assertThat(awaitEnd(cleanup)).isEqualTo(BatchStatus.COMPLETED);
    assertThat(operator.getJobExecution(cleanup).getExitStatus()).contains("DELETED=1000");
    assertThat(countWhere("status = 'COMPLETED'")).isEqualTo(EVENTS - 1000);
    assertThat(countWhere("status = 'PENDING'")).isEqualTo(10);

    // Due rows left behind would be claimed by the outbox fast path of later test classes.
    Jdbc.update(
        resources.dataSource(), "DELETE FROM outbox_events WHERE topic = ?", RelayResources.QUEUE);
  }

  private Properties relayParameters() {
    Properties parameters = new Properties();
    parameters.setProperty(OmniboxJobs.PARTITIONS, "2");
    parameters.setProperty(OmniboxJobs.ITEM_COUNT, "100");
    parameters.setProperty(OmniboxJobs.POLL_INTERVAL, "PT0.5S");
    parameters.setProperty(OmniboxJobs.TOPICS, RelayResources.QUEUE);
    return parameters;
  }

  private Set<String> insert(int count) throws Exception {
    Set<String> ids = new HashSet<>();
    Instant now = Instant.now();
    for (int start = 0; start < count; start += 500) {
      transaction.begin();
      for (int i = start; i < Math.min(count, start + 500); i++) {
        OutboxEvent event =
            OutboxEvent.builder()
                .id(UUID.randomUUID())
                .eventType("order.created")
                .payload("{\"order\":" + i + "}")
                .schemaVersion("1")
                .topic(RelayResources.QUEUE)
                .partitionKey("order-" + (i % 97))
                .maxAttempts(3)
                .scheduledAt(now)
                .createdAt(now)
                .updatedAt(now)
                .build();
        resources.storage().outbox().insert(event);
        ids.add(event.id().toString());
      }
      transaction.commit();
    }
    return ids;
  }

  /** Receives every message until none arrives for {@code idle}, returning their event ids. */
  private List<String> drainQueue(Duration idle) throws JMSException {
    List<String> eventIds = new ArrayList<>();
    try (JMSContext context = resources.connectionFactory().createContext();
        JMSConsumer consumer = context.createConsumer(resources.queue())) {
      Message message;
      while ((message = consumer.receive(idle.toMillis())) != null) {
        eventIds.add(message.getStringProperty(MessageProperties.EVENT_ID));
      }
    }
    return eventIds;
  }

  private BatchStatus awaitEnd(long executionId) {
    return Poll.until(
        "job execution " + executionId + " to end",
        Duration.ofSeconds(60),
        () -> operator.getJobExecution(executionId).getBatchStatus(),
        ENDED::contains);
  }

  private long completedCount() {
    return countWhere("status = 'COMPLETED'");
  }

  private long lockedCount() {
    return countWhere("locked_by IS NOT NULL");
  }

  /** Counts this test's rows, by their topic, because other tests may share the table. */
  private long countWhere(String condition) {
    return Jdbc.queryLong(
        resources.dataSource(),
        "SELECT COUNT(*) FROM outbox_events WHERE topic = ? AND " + condition,
        RelayResources.QUEUE);
  }
}
