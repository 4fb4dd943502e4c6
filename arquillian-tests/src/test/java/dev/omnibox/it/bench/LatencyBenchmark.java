package dev.omnibox.it.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.batch.OmniboxJobs;
import dev.omnibox.ejb.jms.MessageProperties;
import dev.omnibox.ejb.outbox.OutboxMessage;
import dev.omnibox.it.support.Poll;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Commit-to-publish latency (figure "latency"): clients commit one event per transaction at a
 * steady rate, and a JMS consumer in the server records when each message arrives. The latency of
 * an event is from the return of its commit to the arrival of its message, both read from {@link
 * System#nanoTime()} in the same JVM. The relay job runs in both deployments with its default poll
 * interval and batch size, as the scheduler would start it. One has the fast path on, the other
 * off.
 */
@ExtendWith(ArquillianExtension.class)
class LatencyBenchmark {

  static final String FAST_PATH_QUEUE = "omniboxBenchLatencyFast";
  static final String NO_FAST_PATH_QUEUE = "omniboxBenchLatency";

  @Deployment(name = "fast-path-on")
  static WebArchive fastPathOn() {
    return BenchDeployments.withRelayJob(
        BenchDeployments.outbox("bench-latency-fast", true, FAST_PATH_QUEUE)
            .addClasses(BenchOrderPlaced.class, OrderClient.class));
  }

  @Deployment(name = "fast-path-off")
  static WebArchive fastPathOff() {
    return BenchDeployments.withRelayJob(
        BenchDeployments.outbox("bench-latency", false, NO_FAST_PATH_QUEUE)
            .addClasses(BenchOrderPlaced.class, OrderClient.class));
  }

  @Inject BenchResources resources;
  @Inject UserTransaction transaction;
  @Inject Event<OutboxMessage> messages;
  @Inject JobOperator operator;

  static boolean latencySelected() {
    return BenchSettings.selected(BenchSettings.LATENCY);
  }

  @AfterAll
  static void printResults() {
    BenchReport.printResultsFile();
  }

  @Test
  @OperateOnDeployment("fast-path-on")
  @EnabledIf("latencySelected")
  void latencyFastPathOn() throws Exception {
    measure(FAST_PATH_QUEUE, "fast path on (goal: p99 < 50 ms)");
  }

  @Test
  @OperateOnDeployment("fast-path-off")
  @EnabledIf("latencySelected")
  void latencyFastPathOff() throws Exception {
    measure(NO_FAST_PATH_QUEUE, "fast path off, relay job only");
  }

  private void measure(String topic, String description) throws Exception {
    BenchSettings settings = BenchSettings.fromSystemProperties();
    resources.storage().outbox().exists(UUID.randomUUID());
    new BenchTables(resources.dataSource()).emptyOutbox();
    QueueDrain.drain(resources.inVmConnectionFactory(), topic, 200);

    Map<String, Long> committedAt = new ConcurrentHashMap<>();
    Map<String, Long> arrivedAt = new ConcurrentHashMap<>();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong duplicates = new AtomicLong();
    Thread consumer =
        resources.threadFactory().newThread(() -> consume(topic, arrivedAt, duplicates, stop));
    consumer.start();
    long relay = startRelay(topic);
    try {
      OrderClient client = new OrderClient(transaction, resources.dataSource(), messages, topic);
      Duration duration = settings.latencyDuration();
      long start = System.nanoTime();
      long intervalNanos = settings.clients() * 1_000_000_000L / settings.latencyRate();
      Clients.runAll(
          resources.threadFactory(),
          settings.clients(),
          index ->
              () -> {
                long next = start + index * intervalNanos / settings.clients();
                long end = start + duration.toNanos();
                long placed = 0;
                while (next - end < 0) {
                  LockSupport.parkNanos(next - System.nanoTime());
                  String orderId = client.placeOrder(1);
                  committedAt.put(orderId, System.nanoTime());
                  next += intervalNanos;
                  placed++;
                }
                return placed;
              });
      Poll.until(
          "every message of " + committedAt.size() + " to arrive",
          Duration.ofMinutes(2),
          arrivedAt::size,
          arrived -> arrived >= committedAt.size());
      // Duplicates would arrive later than the first copy; give them a moment.
      Thread.sleep(1000);
    } finally {
      stop.set(true);
      consumer.join();
      operator.stop(relay);
      awaitEnd(relay);
    }
    assertThat(duplicates.get()).as("messages that arrived twice").isZero();
    long first = committedAt.values().stream().mapToLong(Long::longValue).min().orElseThrow();
    long last = committedAt.values().stream().mapToLong(Long::longValue).max().orElseThrow();
    double achievedRate = committedAt.size() / ((last - first) / 1e9);
    report(
        settings,
        description,
        achievedRate,
        latenciesAfterWarmup(committedAt, arrivedAt, settings));
  }

  /** Returns the latencies in ms of the events committed after the first fifth of the run. */
  private static double[] latenciesAfterWarmup(
      Map<String, Long> committedAt, Map<String, Long> arrivedAt, BenchSettings settings) {
    assertThat(arrivedAt.keySet())
        .as("orders whose message arrived")
        .isEqualTo(committedAt.keySet());
    long first = committedAt.values().stream().mapToLong(Long::longValue).min().orElseThrow();
    long warmupEnd = first + settings.latencyDuration().toNanos() / 5;
    return committedAt.entrySet().stream()
        .filter(entry -> entry.getValue() >= warmupEnd)
        .mapToDouble(entry -> Math.max(0, arrivedAt.get(entry.getKey()) - entry.getValue()) / 1e6)
        .sorted()
        .toArray();
  }

  private void report(
      BenchSettings settings, String description, double achievedRate, double[] latencies) {
    BenchReport report = new BenchReport("Commit-to-publish latency, " + description);
    report.line(
        settings.clients()
            + " clients commit "
            + settings.latencyRate()
            + " events/s in total for "
            + settings.latencyDuration().toSeconds()
            + " s, one event per transaction; the first fifth is warm-up. Relay job: default"
            + " poll interval (1 s) and batch size (100).");
    report.line("");
    report.header("commits/s achieved", "events measured", "p50 ms", "p99 ms", "max ms");
    report.row(
        BenchReport.rate(achievedRate),
        latencies.length,
        BenchReport.ratio(percentile(latencies, 0.50)),
        BenchReport.ratio(percentile(latencies, 0.99)),
        BenchReport.ratio(latencies[latencies.length - 1]));
    report.line("");
    report.line(BenchReport.conditions(settings));
    report.write();
  }

  private static double percentile(double[] sorted, double fraction) {
    int index = (int) Math.ceil(fraction * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private void consume(
      String queue, Map<String, Long> arrivedAt, AtomicLong duplicates, AtomicBoolean stop) {
    try (JMSContext context = resources.inVmConnectionFactory().createContext();
        JMSConsumer consumer = context.createConsumer(context.createQueue(queue))) {
      while (!stop.get()) {
        Message message = consumer.receive(100);
        if (message != null) {
          long now = System.nanoTime();
          String orderId = message.getStringProperty(MessageProperties.AGGREGATE_ID);
          if (arrivedAt.putIfAbsent(orderId, now) != null) {
            duplicates.incrementAndGet();
          }
        }
      }
    } catch (JMSException e) {
      throw new IllegalStateException("the latency consumer of " + queue + " failed", e);
    }
  }

  private long startRelay(String topic) {
    Properties parameters = new Properties();
    parameters.setProperty(OmniboxJobs.TOPICS, topic);
    return operator.start(OmniboxJobs.OUTBOX_RELAY, parameters);
  }

  private void awaitEnd(long execution) {
    Poll.until(
        "relay job execution " + execution + " to stop",
        Duration.ofSeconds(60),
        () -> operator.getJobExecution(execution).getBatchStatus(),
        EnumSet.of(BatchStatus.STOPPED, BatchStatus.FAILED, BatchStatus.COMPLETED)::contains);
  }
}
