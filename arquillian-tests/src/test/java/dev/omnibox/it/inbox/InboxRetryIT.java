package dev.omnibox.it.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.batch.OmniboxJobs;
import dev.omnibox.batch.scheduler.OmniboxJobScheduler;
import dev.omnibox.ejb.inbox.InboxMessageListener;
import dev.omnibox.ejb.inbox.JmsMessageConverter;
import dev.omnibox.envelope.EnvelopeConverter;
import dev.omnibox.inbox.InboxConsumeService;
import dev.omnibox.it.inbox.RetryHandlers.Call;
import dev.omnibox.it.support.Deployments;
import dev.omnibox.it.support.Jdbc;
import dev.omnibox.it.support.Jndi;
import dev.omnibox.it.support.Poll;
import dev.omnibox.it.support.ServerResources;
import dev.omnibox.model.OutboxEvent;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retries of the inbox dispatch job on WildFly with PostgreSQL: a consumer in dispatch-job mode
 * ({@link RetryInbox}) stores the rows, and the {@code omnibox-inbox-dispatch} job runs {@link
 * RetryHandlers} with a backoff of 200 ms to 500 ms. A handler that requests a retry runs again
 * once the backoff has passed, and completes. A handler that always raises an error uses up its
 * three attempts, and its row ends FAILED with a dead letter that carries the error.
 *
 * <p>The job scheduler is left out of the deployment, so the test starts and stops the job itself.
 * Every run uses fresh message ids, so the test shares the default schema's tables with others.
 */
@ExtendWith(ArquillianExtension.class)
class InboxRetryIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final Set<BatchStatus> ENDED =
      EnumSet.of(
          BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);

  @Deployment
  static WebArchive deployment() {
    WebArchive archive =
        Deployments.webArchive("inbox-retry")
            .addClasses(
                ItOrder.class,
                InboxConsumers.class,
                RetryInbox.class,
                InlineRetryInbox.class,
                RetryHandlers.class,
                RetryHandlers.Call.class,
                RetryItResources.class);
    Deployments.withLibraryOf(archive, InboxConsumeService.class);
    Deployments.withLibraryOf(archive, InboxMessageListener.class);
    Deployments.withLibraryOf(archive, OmniboxJobs.class, OmniboxJobScheduler.class);
    return Deployments.withQueues(
        archive, InboxConsumers.RETRY_QUEUE, InboxConsumers.INLINE_RETRY_QUEUE);
  }

  @Inject JobOperator operator;
  @Inject RetryHandlers handlers;
  @Inject RetryItResources resources;

  private long dispatch = -1;

  @AfterEach
  void stopDispatch() {
    if (dispatch >= 0 && !ENDED.contains(operator.getJobExecution(dispatch).getBatchStatus())) {
      operator.stop(dispatch);
      awaitEnd(dispatch);
    }
  }

  @Test
  void retryThenSuccess_failingHandlerDeadLettered() {
    dispatch = operator.start(OmniboxJobs.INBOX_DISPATCH, dispatchParameters());
    UUID retried = UUID.randomUUID();
    UUID failing = UUID.randomUUID();

    send(retried, envelope(retried, "o-retry", "retry-once"));
    send(failing, envelope(failing, "o-fail", "fail"));

    awaitRow(retried, "status = 'COMPLETED'");
    List<Call> retriedCalls = handlers.calls(retried.toString());
    assertThat(retriedCalls).hasSize(2);
    assertThat(retriedCalls.get(0).attempt()).isEqualTo(1);
    assertThat(retriedCalls.get(1).attempt()).isEqualTo(2);
    assertThat(retriedCalls.get(1).attemptsMade()).isEqualTo(1);
    assertThat(retriedCalls.get(1).lastError()).contains(RetryHandlers.RETRY_REASON);
    assertThat(rows(retried, "attempts_made = 2")).isEqualTo(1);

    awaitRow(failing, "status = 'FAILED'");
    assertThat(rows(failing, "attempts_made = " + RetryInbox.MAX_ATTEMPTS)).isEqualTo(1);
    assertThat(rows(failing, "last_error LIKE '%" + RetryHandlers.FAILURE + "%'")).isEqualTo(1);
    assertThat(handlers.calls(failing.toString())).hasSize(RetryInbox.MAX_ATTEMPTS);
    Poll.until(
        "dead letter of " + failing,
        TIMEOUT,
        () -> deadLetters(failing, "TRUE"),
        count -> count == 1);
    assertThat(deadLetters(failing, "reason LIKE '%" + RetryHandlers.FAILURE + "%'"))
        .as("dead letter with the handler's error")
        .isEqualTo(1);
    assertThat(deadLetters(retried, "TRUE")).as("dead letters of the retried event").isZero();

    operator.stop(dispatch);
    assertThat(awaitEnd(dispatch)).isEqualTo(BatchStatus.STOPPED);
  }

  /**
   * The default plan stores and handles a message in one transaction. A handler that raises an
   * error rolls it back, and the row is stored again with the retry. A transaction that fails at
   * commit leaves the row stored alone. In both cases the dispatch job completes the row later.
   */
  @Test
  void inlineFailures_keepRowForDispatch() {
    UUID thrown = UUID.randomUUID();
    UUID commitFailed = UUID.randomUUID();
    String group = InlineRetryInbox.GROUP;

    send(InboxConsumers.INLINE_RETRY_QUEUE, thrown, envelope(thrown, "o-throw", "throw-once"));
    send(
        InboxConsumers.INLINE_RETRY_QUEUE,
        commitFailed,
        envelope(commitFailed, "o-commit", "commit-fails-once"));

    awaitRow(group, thrown, "status = 'PENDING' AND attempts_made = 1");
    assertThat(rows(group, thrown, "last_error LIKE '%" + RetryHandlers.FAILURE + "%'"))
        .isEqualTo(1);
    awaitRow(group, commitFailed, "status = 'PENDING' AND attempts_made = 0");
    assertThat(handlers.calls(thrown.toString())).hasSize(1);
    assertThat(handlers.calls(commitFailed.toString())).hasSize(1);

    dispatch = operator.start(OmniboxJobs.INBOX_DISPATCH, dispatchParameters(group));
    awaitRow(group, thrown, "status = 'COMPLETED'");
    awaitRow(group, commitFailed, "status = 'COMPLETED'");
    assertThat(handlers.calls(thrown.toString())).hasSize(2);
    assertThat(handlers.calls(commitFailed.toString())).hasSize(2);
    assertThat(rows(group, thrown, "TRUE")).isEqualTo(1);
    assertThat(rows(group, commitFailed, "TRUE")).isEqualTo(1);
  }

  private static Properties dispatchParameters() {
    return dispatchParameters(RetryInbox.GROUP);
  }

  private static Properties dispatchParameters(String group) {
    Properties parameters = new Properties();
    parameters.setProperty(OmniboxJobs.CONSUMER_GROUP, group);
    parameters.setProperty(OmniboxJobs.POLL_INTERVAL, "PT0.2S");
    parameters.setProperty(OmniboxJobs.ITEM_COUNT, "10");
    return parameters;
  }

  private static String envelope(UUID id, String orderId, String mode) {
    Instant now = Instant.now();
    OutboxEvent event =
        OutboxEvent.builder()
            .id(id)
            .eventType("it.order")
            .schemaVersion("1")
            .payload("{\"orderId\":\"" + orderId + "\",\"mode\":\"" + mode + "\"}")
            .topic("orders")
            .createdAt(now)
            .scheduledAt(now)
            .updatedAt(now)
            .build();
    return new EnvelopeConverter().toJson(event);
  }

  /** Sends like any JMS client: no transaction, the event id as the omnibox property. */
  private static void send(UUID eventId, String body) {
    send(InboxConsumers.RETRY_QUEUE, eventId, body);
  }

  private static void send(String queueName, UUID eventId, String body) {
    ConnectionFactory factory =
        Jndi.lookup(ServerResources.IN_VM_CONNECTION_FACTORY, ConnectionFactory.class);
    Queue queue = Jndi.lookup(ServerResources.queueJndiName(queueName), Queue.class);
    try (JMSContext context = factory.createContext()) {
      context
          .createProducer()
          .setProperty(JmsMessageConverter.EVENT_ID_PROPERTY, eventId.toString())
          .send(queue, body);
    }
  }

  private void awaitRow(UUID id, String condition) {
    awaitRow(RetryInbox.GROUP, id, condition);
  }

  private void awaitRow(String group, UUID id, String condition) {
    Poll.until(
        "inbox row of " + id + " in group " + group + " where " + condition,
        TIMEOUT,
        () -> rows(group, id, condition),
        count -> count == 1);
  }

  private long rows(UUID id, String condition) {
    return rows(RetryInbox.GROUP, id, condition);
  }

  private long rows(String group, UUID id, String condition) {
    return Jdbc.queryLong(
        resources.dataSource(),
        "SELECT count(*) FROM inbox_events WHERE message_id = ? AND consumer_group = ? AND "
            + condition,
        id.toString(),
        group);
  }

  private long deadLetters(UUID id, String condition) {
    return Jdbc.queryLong(
        resources.dataSource(),
        "SELECT count(*) FROM dead_letter_events WHERE message_id = ? AND scope = ? AND "
            + condition,
        id.toString(),
        RetryInbox.GROUP);
  }

  private BatchStatus awaitEnd(long executionId) {
    return Poll.until(
        "job execution " + executionId + " to end",
        TIMEOUT,
        () -> operator.getJobExecution(executionId).getBatchStatus(),
        ENDED::contains);
  }
}
