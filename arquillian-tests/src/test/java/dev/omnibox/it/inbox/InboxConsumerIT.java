package dev.omnibox.it.inbox;

import static dev.omnibox.it.inbox.InboxItSchema.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.ejb.inbox.InboxMessageListener;
import dev.omnibox.ejb.inbox.JmsMessageConverter;
import dev.omnibox.envelope.EnvelopeConverter;
import dev.omnibox.inbox.InboxConsumeService;
import dev.omnibox.it.support.Deployments;
import dev.omnibox.it.support.Jdbc;
import dev.omnibox.it.support.Jndi;
import dev.omnibox.it.support.Poll;
import dev.omnibox.it.support.ServerResources;
import dev.omnibox.model.OutboxEvent;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Plain JMS clients send to queues consumed by {@link InboxMessageListener} subclasses, which store
 * rows in PostgreSQL and call {@link ItOrderHandler}. Every test uses fresh message ids, so the
 * tests share the tables without seeing each other's rows.
 */
@ExtendWith(ArquillianExtension.class)
class InboxConsumerIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  @Deployment
  static WebArchive deployment() {
    WebArchive archive =
        Deployments.webArchive("inbox-consumer")
            .addClasses(
                ItOrder.class,
                ItOrderHandler.class,
                InboxItSchema.class,
                InboxItResources.class,
                InboxConsumers.class,
                BillingInbox.class,
                ShippingInbox.class,
                StrictInbox.class,
                RedeliveryInbox.class);
    Deployments.withLibraryOf(archive, InboxConsumeService.class);
    Deployments.withLibraryOf(archive, InboxMessageListener.class);
    return Deployments.withQueues(
        archive,
        InboxConsumers.BILLING_QUEUE,
        InboxConsumers.SHIPPING_QUEUE,
        InboxConsumers.STRICT_QUEUE,
        InboxConsumers.REDELIVERY_QUEUE);
  }

  @Inject UserTransaction transaction;

  @Inject InboxItResources resources;

  @Resource(lookup = ServerResources.POSTGRES_DATASOURCE)
  DataSource dataSource;

  @BeforeEach
  void setUp() throws Exception {
    transaction.begin();
    Jdbc.update(dataSource, "CREATE SCHEMA IF NOT EXISTS " + InboxItSchema.SCHEMA);
    resources.installSchema();
    Jdbc.update(
        dataSource,
        "CREATE TABLE IF NOT EXISTS "
            + table("inbox_it_effects")
            + " (order_id VARCHAR(255) NOT NULL, message_id VARCHAR(255) NOT NULL,"
            + " consumer_group VARCHAR(255) NOT NULL)");
    transaction.commit();
  }

  @Test
  void goodMessage_handledOnceWithCompletedRow() {
    UUID id = UUID.randomUUID();

    send(InboxConsumers.BILLING_QUEUE, id.toString(), envelope(id, "1", "o-1", "ok"));

    awaitRows(id, "billing", "status = 'COMPLETED'", 1);
    assertThat(effects(id, "billing")).isEqualTo(1);
  }

  @Test
  void sameMessageThreeTimes_oneHandlingTwoDuplicates() {
    UUID id = UUID.randomUUID();
    String body = envelope(id, "1", "o-2", "ok");
    int duplicatesBefore = resources.duplicates("billing");

    for (int i = 0; i < 3; i++) {
      send(InboxConsumers.BILLING_QUEUE, id.toString(), body);
    }

    Poll.until(
        "two duplicates of " + id,
        TIMEOUT,
        () -> resources.duplicates("billing") - duplicatesBefore,
        count -> count >= 2);
    awaitRows(id, "billing", "status = 'COMPLETED'", 1);
    assertThat(resources.duplicates("billing") - duplicatesBefore).isEqualTo(2);
    assertThat(rows(id, "billing", "TRUE")).isEqualTo(1);
    assertThat(effects(id, "billing")).isEqualTo(1);
  }

  @Test
  void throwingHandler_rollsBackWriteAndRecordsFailure() {
    UUID id = UUID.randomUUID();

    send(InboxConsumers.BILLING_QUEUE, id.toString(), envelope(id, "1", "o-3", "throw"));

    awaitRows(
        id,
        "billing",
        "status = 'PENDING' AND attempts_made = 1 AND last_error LIKE '%failed on purpose%'",
        1);
    assertThat(effects(id, "billing")).isZero();
    // The default backoff has full jitter, so the retry time may already have passed. It is
    // still set from the failure, which comes after the row's creation.
    assertThat(rows(id, "billing", "scheduled_at >= created_at")).isEqualTo(1);
  }

  @Test
  void attemptsUsedUp_failedAndDeadLettered() {
    UUID id = UUID.randomUUID();

    send(InboxConsumers.STRICT_QUEUE, id.toString(), envelope(id, "1", "o-4", "throw"));

    awaitRows(id, "strict", "status = 'FAILED' AND attempts_made = 1", 1);
    Poll.until(
        "dead letter of " + id,
        TIMEOUT,
        () ->
            Jdbc.queryLong(
                dataSource,
                "SELECT count(*) FROM "
                    + table("dead_letter_events")
                    + " WHERE message_id = ? AND scope = 'strict'",
                id.toString()),
        count -> count == 1);
    assertThat(effects(id, "strict")).isZero();
  }

  @Test
  void badMessages_failedRowsThenGoodOne() {
    UUID notJson = UUID.randomUUID();
    UUID unknownType = UUID.randomUUID();
    UUID unknownVersion = UUID.randomUUID();
    UUID oversized = UUID.randomUUID();

    send(InboxConsumers.BILLING_QUEUE, notJson.toString(), "this is not JSON");
    send(
        InboxConsumers.BILLING_QUEUE,
        unknownType.toString(),
        envelope(unknownType, "1", "o-5", "ok").replace("it.order", "it.unknown"));
    send(
        InboxConsumers.BILLING_QUEUE,
        unknownVersion.toString(),
        envelope(unknownVersion, "9", "o-6", "ok"));
    send(
        InboxConsumers.BILLING_QUEUE,
        oversized.toString(),
        envelope(oversized, "1", "o-7-" + "x".repeat(3000), "ok"));
    UUID good = UUID.randomUUID();
    send(InboxConsumers.BILLING_QUEUE, good.toString(), envelope(good, "1", "o-8", "ok"));

    awaitRows(notJson, "billing", "status = 'FAILED' AND last_error LIKE '%not valid JSON%'", 1);
    awaitRows(unknownType, "billing", "status = 'FAILED' AND last_error LIKE '%it.unknown%'", 1);
    awaitRows(unknownVersion, "billing", "status = 'FAILED' AND last_error LIKE '%version 9%'", 1);
    awaitRows(oversized, "billing", "status = 'FAILED' AND last_error LIKE '%maxPayloadBytes%'", 1);
    awaitRows(good, "billing", "status = 'COMPLETED'", 1);
    assertThat(effects(good, "billing")).isEqualTo(1);
  }

  @Test
  void twoConsumerGroups_twoRowsTwoHandlings() {
    UUID id = UUID.randomUUID();
    String body = envelope(id, "1", "o-9", "ok");

    send(InboxConsumers.BILLING_QUEUE, id.toString(), body);
    send(InboxConsumers.SHIPPING_QUEUE, id.toString(), body);

    awaitRows(id, "billing", "status = 'COMPLETED'", 1);
    awaitRows(id, "shipping", "status = 'COMPLETED'", 1);
    assertThat(effects(id, "billing")).isEqualTo(1);
    assertThat(effects(id, "shipping")).isEqualTo(1);
  }

  @Test
  void onSuccess_failingHandler_redeliveredToDeadLetterQueue() {
    UUID id = UUID.randomUUID();

    send(InboxConsumers.REDELIVERY_QUEUE, id.toString(), envelope(id, "1", "o-10", "throw"));

    String deadLettered = receive(InboxConsumers.DEAD_LETTER_QUEUE, id.toString());
    assertThat(deadLettered).contains(id.toString());
    assertThat(rows(id, "redelivery", "TRUE")).isZero();
    assertThat(effects(id, "redelivery")).isZero();
  }

  private String envelope(UUID id, String version, String orderId, String mode) {
    Instant now = Instant.now();
    OutboxEvent event =
        OutboxEvent.builder()
            .id(id)
            .eventType("it.order")
            .schemaVersion(version)
            .payload("{\"orderId\":\"" + orderId + "\",\"mode\":\"" + mode + "\"}")
            .topic("orders")
            .createdAt(now)
            .scheduledAt(now)
            .updatedAt(now)
            .build();
    // Created here, not in a field: Arquillian also builds the test instance in the client JVM,
    // which has no JSON-P implementation.
    return new EnvelopeConverter().toJson(event);
  }

  /** Sends like any JMS client: no transaction, the event id as the omnibox property. */
  private static void send(String queueName, String eventId, String body) {
    ConnectionFactory factory =
        Jndi.lookup(ServerResources.IN_VM_CONNECTION_FACTORY, ConnectionFactory.class);
    Queue queue = Jndi.lookup(ServerResources.queueJndiName(queueName), Queue.class);
    try (JMSContext context = factory.createContext()) {
      context
          .createProducer()
          .setProperty(JmsMessageConverter.EVENT_ID_PROPERTY, eventId)
          .send(queue, body);
    }
  }

  /** Receives the message with this event id from a queue, or returns null after the timeout. */
  private static String receive(String queueName, String eventId) {
    ConnectionFactory factory =
        Jndi.lookup(ServerResources.IN_VM_CONNECTION_FACTORY, ConnectionFactory.class);
    Queue queue = Jndi.lookup(ServerResources.queueJndiName(queueName), Queue.class);
    String selector = JmsMessageConverter.EVENT_ID_PROPERTY + " = '" + eventId + "'";
    try (JMSContext context = factory.createContext();
        JMSConsumer consumer = context.createConsumer(queue, selector)) {
      return consumer.receiveBody(String.class, TIMEOUT.toMillis());
    }
  }

  private void awaitRows(UUID id, String group, String condition, long expected) {
    Poll.until(
        "inbox row of " + id + " in " + group + " where " + condition,
        TIMEOUT,
        () -> rows(id, group, condition),
        count -> count == expected);
  }

  private long rows(UUID id, String group, String condition) {
    return Jdbc.queryLong(
        dataSource,
        "SELECT count(*) FROM "
            + table("inbox_events")
            + " WHERE message_id = ? AND consumer_group = ? AND "
            + condition,
        id.toString(),
        group);
  }

  private long effects(UUID id, String group) {
    return Jdbc.queryLong(
        dataSource,
        "SELECT count(*) FROM "
            + table("inbox_it_effects")
            + " WHERE message_id = ? AND consumer_group = ?",
        id.toString(),
        group);
  }
}
