package dev.omnibox.it.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.batch.OmniboxJobs;
import dev.omnibox.ejb.jms.MessageProperties;
import dev.omnibox.ejb.storage.sql.DatabaseKind;
import dev.omnibox.ejb.storage.sql.EventSql;
import dev.omnibox.ejb.storage.sql.SqlDialect;
import dev.omnibox.envelope.EnvelopeConverter;
import dev.omnibox.it.support.Poll;
import dev.omnibox.model.OutboxEvent;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * One relay measurement and its two baselines, each on {@code events} pending events of one topic:
 * the relay job, the same claim and complete statements by plain JDBC, and a plain JMS send loop
 * with no database. Every run is checked: each event completed and sent exactly once.
 */
final class RelayRuns {

  /** Events per second of one run, and JDBC statements and connections per event. */
  record Rate(double eventsPerSecond, double statementsPerEvent, double connectionsPerEvent) {}

  private static final Set<BatchStatus> ENDED =
      EnumSet.of(
          BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);

  private static final String WORKER = "bench-raw";
  private static final Duration LEASE = Duration.ofMinutes(5);

  private final BenchResources resources;
  private final BenchTables tables;
  private final JobOperator operator;
  private final UserTransaction transaction;
  private final String topic;

  RelayRuns(
      BenchResources resources, JobOperator operator, UserTransaction transaction, String topic) {
    this.resources = resources;
    this.tables = new BenchTables(resources.dataSource());
    this.operator = operator;
    this.transaction = transaction;
    this.topic = topic;
  }

  /** Relays {@code events} pre-filled events with the relay job until none is left. */
  Rate relay(int events, int batchSize, int partitions) {
    prepare(events);
    long statementsBefore = resources.counter().statements();
    long connectionsBefore = resources.counter().connections();

    Properties parameters = new Properties();
    parameters.setProperty(OmniboxJobs.ITEM_COUNT, Integer.toString(batchSize));
    parameters.setProperty(OmniboxJobs.PARTITIONS, Integer.toString(partitions));
    parameters.setProperty(OmniboxJobs.CONTINUOUS, "false");
    parameters.setProperty(OmniboxJobs.POLL_INTERVAL, "PT0.1S");
    parameters.setProperty(OmniboxJobs.TOPICS, topic);
    long execution = operator.start(OmniboxJobs.OUTBOX_RELAY, parameters);
    BatchStatus status =
        Poll.until(
            "relay job execution " + execution + " to end",
            Duration.ofSeconds(120 + events / 100),
            () -> operator.getJobExecution(execution).getBatchStatus(),
            ENDED::contains);
    assertThat(status).as("relay job status").isEqualTo(BatchStatus.COMPLETED);
    JobExecution ended = operator.getJobExecution(execution);
    double seconds = (ended.getEndTime().getTime() - ended.getStartTime().getTime()) / 1000.0;

    double statements = resources.counter().statements() - statementsBefore;
    double connections = resources.counter().connections() - connectionsBefore;
    assertThat(tables.count("topic = ? AND status = 'COMPLETED'", topic))
        .as("completed events")
        .isEqualTo(events);
    checkQueue(events);
    return new Rate(events / seconds, statements / events, connections / events);
  }

  /**
   * Claims and completes {@code events} pre-filled events with the relay's PostgreSQL statements by
   * plain JDBC on the same datasource, one transaction per batch, on {@code threads} threads that
   * split the keys like the relay's partitions. Nothing is sent.
   */
  Rate rawSql(int events, int batchSize, int threads) {
    prepare(events);
    EventSql sql =
        new EventSql(
            SqlDialect.of(DatabaseKind.POSTGRESQL), "outbox_events", EventSql.OUTBOX_COLUMNS);
    long start = System.nanoTime();
    long completed =
        Clients.runAll(
            resources.threadFactory(),
            threads,
            index -> () -> claimAndComplete(sql, batchSize, threads, index));
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(completed).as("events completed by plain JDBC").isEqualTo(events);
    tables.deleteTopic(topic);
    return new Rate(events / seconds, 2.0 / batchSize, 1.0 / batchSize);
  }

  /** Sends {@code events} persistent messages through java:/JmsXA, a JTA transaction per batch. */
  Rate artemis(int events, int batchSize, int threads, Queue queue) {
    tables.deleteTopic(topic);
    QueueDrain.drain(resources.inVmConnectionFactory(), topic, 200);
    String body = new EnvelopeConverter().toJson(sampleEvent());
    long start = System.nanoTime();
    long sent =
        Clients.runAll(
            resources.threadFactory(),
            threads,
            index -> () -> send(share(events, threads, index), batchSize, queue, body));
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(sent).as("messages sent").isEqualTo(events);
    checkQueue(events);
    return new Rate(events / seconds, 0, 0);
  }

  private void prepare(int events) {
    tables.deleteTopic(topic);
    QueueDrain.drain(resources.inVmConnectionFactory(), topic, 200);
    tables.insertPending(topic, events);
  }

  private void checkQueue(int events) {
    QueueDrain.Result received = QueueDrain.drain(resources.inVmConnectionFactory(), topic, 2000);
    assertThat(received.messages()).as("messages in queue " + topic).isEqualTo(events);
    assertThat(received.distinctEventIds()).as("distinct event ids").isEqualTo(events);
  }

  private long claimAndComplete(EventSql sql, int batchSize, int threads, int index)
      throws SQLException {
    String claim =
        "WITH claimed AS (SELECT c.id FROM outbox_events c WHERE "
            + sql.claimable()
            + " AND c.topic IN (?) AND MOD(c.key_hash, ?) = ? AND "
            + sql.noEarlierUnfinished(true, false)
            + " ORDER BY c.scheduled_at, c.seq LIMIT ? FOR UPDATE SKIP LOCKED)"
            + " UPDATE outbox_events u SET "
            + sql.setLease()
            + " FROM claimed WHERE u.id = claimed.id RETURNING u.seq, "
            + String.join(", ", sql.columns().stream().map(column -> "u." + column).toList());
    DataSource dataSource = resources.dataSource();
    long completed = 0;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      while (true) {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(claim)) {
          statement.setDouble(1, LEASE.toNanos() / 1e9);
          statement.setString(2, topic);
          statement.setLong(3, threads);
          statement.setLong(4, index);
          statement.setInt(5, batchSize);
          statement.setString(6, WORKER + "-" + index);
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              ids.add(rows.getObject("id", UUID.class));
              rows.getString("payload");
            }
          }
        }
        if (ids.isEmpty()) {
          connection.commit();
          return completed;
        }
        try (PreparedStatement statement =
            connection.prepareStatement(sql.markCompleted(ids.size()))) {
          statement.setString(1, WORKER + "-" + index);
          for (int i = 0; i < ids.size(); i++) {
            statement.setObject(i + 2, ids.get(i));
          }
          completed += statement.executeUpdate();
        }
        connection.commit();
      }
    }
  }

  private long send(int count, int batchSize, Queue queue, String body) throws Exception {
    long sent = 0;
    while (sent < count) {
      transaction.begin();
      try (JMSContext context = resources.xaConnectionFactory().createContext()) {
        JMSProducer producer = context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
        int batch = (int) Math.min(batchSize, count - sent);
        for (int i = 0; i < batch; i++) {
          String id = UUID.randomUUID().toString();
          producer
              .setProperty(MessageProperties.EVENT_ID, id)
              .setProperty(MessageProperties.ARTEMIS_DUPLICATE_ID, id)
              .setProperty(MessageProperties.EVENT_TYPE, "bench.order.placed")
              .setProperty(MessageProperties.SCHEMA_VERSION, "1")
              .setProperty(MessageProperties.TOPIC, topic)
              .setProperty(MessageProperties.AGGREGATE_TYPE, "Order")
              .setProperty(MessageProperties.AGGREGATE_ID, id)
              .setProperty(MessageProperties.GROUP_ID, id)
              .send(queue, body);
        }
        sent += batch;
      } catch (Exception | Error e) {
        transaction.rollback();
        throw e;
      }
      transaction.commit();
    }
    return sent;
  }

  private static int share(int total, int parts, int index) {
    return total / parts + (index < total % parts ? 1 : 0);
  }

  private OutboxEvent sampleEvent() {
    Instant now = Instant.now();
    return OutboxEvent.builder()
        .id(UUID.randomUUID())
        .eventType("bench.order.placed")
        .payload(
            "{\"orderId\":\"order-123456\",\"customer\":\"customer-456\",\"totalCents\":64192}")
        .schemaVersion("1")
        .topic(topic)
        .aggregateType("Order")
        .aggregateId("order-123456")
        .partitionKey("order-123456")
        .maxAttempts(10)
        .scheduledAt(now)
        .createdAt(now)
        .updatedAt(now)
        .build();
  }
}
