package dev.omnibox.it.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.batch.OmniboxJobs;
import dev.omnibox.batch.scheduler.OmniboxJobScheduler;
import dev.omnibox.ejb.jms.MessageProperties;
import dev.omnibox.ejb.jms.PublishMode;
import dev.omnibox.ejb.storage.OmniboxStorage;
import dev.omnibox.it.support.Deployments;
import dev.omnibox.it.support.Jdbc;
import dev.omnibox.it.support.Poll;
import dev.omnibox.it.support.RequiresPreparedTransactions;
import dev.omnibox.model.OutboxEvent;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The relay job in each publish mode on WildFly, with PostgreSQL and the embedded Artemis through
 * {@code java:/JmsXA}. A clean run sends every event exactly once and completes every row. Then the
 * first chunk's {@code markCompleted} fails after its sends, as a crash between the send and the
 * commit would, and the job is restarted, which sends that chunk's events again: in the
 * at-least-once mode they arrive twice and none is lost; in the XA mode, over the XA datasource,
 * the rolled-back sends never arrive and every event arrives exactly once.
 *
 * <p>The test's publisher ({@link PublishModeResources}) sets no Artemis duplicate id, which would
 * let the broker drop the resends of the at-least-once mode.
 *
 * <p>The tables are those of the datasource's default schema, which other tests may share, so the
 * relay and the counts are limited to this test's topic.
 */
@ExtendWith(ArquillianExtension.class)
class RelayPublishModeIT {

  private static final String QUEUE = PublishModeResources.QUEUE;
  private static final int EVENTS = 40;
  private static final int ITEM_COUNT = 10;
  private static final Set<BatchStatus> ENDED =
      EnumSet.of(
          BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);

  @Deployment
  static WebArchive deployment() {
    WebArchive archive =
        Deployments.withQueues(Deployments.webArchive("relay-publish-mode"), QUEUE)
            .addClasses(PublishModeResources.class);
    Deployments.withLibraryOf(archive, OutboxEvent.class);
    Deployments.withLibraryOf(archive, OmniboxStorage.class);
    return Deployments.withLibraryOf(archive, OmniboxJobs.class, OmniboxJobScheduler.class);
  }

  @Inject JobOperator operator;
  @Inject PublishModeResources resources;
  @Inject UserTransaction transaction;

  @AfterEach
  void deleteRows() {
    // Due rows left behind would be claimed by the outbox fast path of later test classes.
    Jdbc.update(resources.dataSource(), "DELETE FROM outbox_events WHERE topic = ?", QUEUE);
  }

  @Test
  void atLeastOnce_resendsAfterFailedCommit() throws Exception {
    prepare(false);

    Set<String> clean = insert(EVENTS);
    assertThat(drain(PublishMode.AT_LEAST_ONCE)).isEqualTo(BatchStatus.COMPLETED);
    List<String> cleanReceived = drainQueue(Duration.ofSeconds(2));

    assertThat(cleanReceived).hasSize(EVENTS);
    assertThat(new HashSet<>(cleanReceived)).isEqualTo(clean);
    assertThat(countWhere("status = 'COMPLETED'")).isEqualTo(EVENTS);
    assertThat(statusesAtSend()).containsOnly(Status.STATUS_ACTIVE);
    assertThat(resources.sendTransactions())
        .as("send transactions, apart from the chunks that mark the events")
        .doesNotContainAnyElementsOf(resources.markTransactions());
    assertThat(new HashSet<>(resources.sendTransactions()))
        .as("send transactions, one per chunk rather than one per send")
        .hasSizeLessThan(EVENTS);

    Set<String> faulty = insert(EVENTS);
    List<String> received = drainAfterFailedCommit(PublishMode.AT_LEAST_ONCE);
    Map<String, Long> copies = countCopies(received);

    assertThat(copies.keySet()).as("events received").isEqualTo(faulty);
    assertThat(copies.values()).as("copies of an event").allMatch(count -> count <= 2);
    assertThat(copies.values().stream().filter(count -> count == 2).count())
        .as("events of the failed chunk, sent again")
        .isEqualTo(ITEM_COUNT);
    assertThat(received).hasSize(EVENTS + ITEM_COUNT);
    assertThat(sendsPerEvent(faulty)).containsOnly(1, 2);
    assertThat(countWhere("status = 'COMPLETED'")).isEqualTo(2 * EVENTS);
  }

  @Test
  @RequiresPreparedTransactions
  void xa_failedCommitSendsNothing() throws Exception {
    prepare(true);

    Set<String> clean = insert(EVENTS);
    assertThat(drain(PublishMode.XA)).isEqualTo(BatchStatus.COMPLETED);
    List<String> cleanReceived = drainQueue(Duration.ofSeconds(2));

    assertThat(cleanReceived).hasSize(EVENTS);
    assertThat(new HashSet<>(cleanReceived)).isEqualTo(clean);
    assertThat(countWhere("status = 'COMPLETED'")).isEqualTo(EVENTS);
    assertThat(statusesAtSend()).containsOnly(Status.STATUS_ACTIVE);
    assertThat(resources.markTransactions())
        .as("chunk transactions that marked the events")
        .containsAll(resources.sendTransactions());

    Set<String> faulty = insert(EVENTS);
    List<String> received = drainAfterFailedCommit(PublishMode.XA);

    assertThat(received).hasSize(EVENTS);
    assertThat(new HashSet<>(received)).isEqualTo(faulty);
    assertThat(sendsPerEvent(faulty).stream().filter(sends -> sends == 2).count())
        .as("events of the rolled-back chunk, sent again")
        .isEqualTo(ITEM_COUNT);
    assertThat(countWhere("status = 'COMPLETED'")).isEqualTo(2 * EVENTS);
    assertThat(countWhere("locked_by IS NOT NULL")).isZero();
  }

  private void prepare(boolean xaDatasource) throws JMSException {
    resources.useXaDatasource(xaDatasource);
    deleteRows();
    drainQueue(Duration.ofMillis(200));
  }

  /** Runs the relay until a claim finds nothing and returns how the execution ended. */
  private BatchStatus drain(PublishMode mode) {
    return awaitEnd(operator.start(OmniboxJobs.OUTBOX_RELAY, parameters(mode)));
  }

  /**
   * Runs the relay with the first chunk's commit failing, restarts it, and returns the event ids
   * received from both executions.
   */
  private List<String> drainAfterFailedCommit(PublishMode mode) throws JMSException {
    resources.failNextMarkCompleted();
    long first = operator.start(OmniboxJobs.OUTBOX_RELAY, parameters(mode));
    assertThat(awaitEnd(first))
        .as("execution with the failed commit")
        .isEqualTo(BatchStatus.FAILED);
    assertThat(countWhere("status = 'PENDING'")).as("events left pending").isEqualTo(EVENTS);

    long second = operator.restart(first, parameters(mode));
    assertThat(awaitEnd(second)).as("restarted execution").isEqualTo(BatchStatus.COMPLETED);
    return drainQueue(Duration.ofSeconds(2));
  }

  private Properties parameters(PublishMode mode) {
    Properties parameters = new Properties();
    parameters.setProperty(OmniboxJobs.PUBLISH_MODE, mode.name());
    parameters.setProperty(OmniboxJobs.CONTINUOUS, "false");
    parameters.setProperty(OmniboxJobs.ITEM_COUNT, Integer.toString(ITEM_COUNT));
    parameters.setProperty(OmniboxJobs.TOPICS, QUEUE);
    return parameters;
  }

  /** Returns how often the relay called the publisher for each of {@code eventIds}. */
  private List<Integer> sendsPerEvent(Set<String> eventIds) {
    Map<UUID, List<Integer>> sends = resources.statusAtSend();
    return eventIds.stream()
        .map(id -> sends.getOrDefault(UUID.fromString(id), List.of()).size())
        .toList();
  }

  private List<Integer> statusesAtSend() {
    List<Integer> statuses = new ArrayList<>();
    resources.statusAtSend().values().forEach(statuses::addAll);
    return statuses;
  }

  private Set<String> insert(int count) throws Exception {
    Set<String> ids = new HashSet<>();
    Instant now = Instant.now();
    transaction.begin();
    for (int i = 0; i < count; i++) {
      OutboxEvent event =
          OutboxEvent.builder()
              .id(UUID.randomUUID())
              .eventType("order.created")
              .payload("{\"order\":" + i + "}")
              .schemaVersion("1")
              .topic(QUEUE)
              .partitionKey("order-" + UUID.randomUUID())
              .scheduledAt(now)
              .createdAt(now)
              .updatedAt(now)
              .build();
      resources.storage().outbox().insert(event);
      ids.add(event.id().toString());
    }
    transaction.commit();
    return ids;
  }

  /** Receives every message until none arrives for {@code idle}, returning their event ids. */
  private List<String> drainQueue(Duration idle) throws JMSException {
    List<String> eventIds = new ArrayList<>();
    try (JMSContext context = resources.receivingFactory().createContext();
        JMSConsumer consumer = context.createConsumer(resources.queue())) {
      Message message;
      while ((message = consumer.receive(idle.toMillis())) != null) {
        eventIds.add(message.getStringProperty(MessageProperties.EVENT_ID));
      }
    }
    return eventIds;
  }

  private static Map<String, Long> countCopies(List<String> eventIds) {
    return eventIds.stream()
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  private BatchStatus awaitEnd(long executionId) {
    return Poll.until(
        "job execution " + executionId + " to end",
        Duration.ofSeconds(60),
        () -> operator.getJobExecution(executionId).getBatchStatus(),
        ENDED::contains);
  }

  private long countWhere(String condition) {
    return Jdbc.queryLong(
        resources.dataSource(),
        "SELECT COUNT(*) FROM outbox_events WHERE topic = ? AND " + condition,
        QUEUE);
  }
}
