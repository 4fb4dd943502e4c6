package dev.omnibox.ejb.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.ejb.metrics.OutboxBacklog.TopicBacklog;
import dev.omnibox.spi.EventKind;
import dev.omnibox.testing.MutableClock;
import dev.omnibox.testing.TestEvents;
import io.smallrye.metrics.SharedMetricRegistries;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.metrics.Gauge;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RegistryMetricsMicroProfileTest {

  private final MetricRegistry registry = SharedMetricRegistries.getOrCreate("application");
  private final MutableClock clock = new MutableClock(TestEvents.T0);
  private final List<TopicBacklog> backlog = new CopyOnWriteArrayList<>();

  @AfterEach
  void dropRegistry() {
    SharedMetricRegistries.dropAll();
  }

  private static Tag topic(String name) {
    return new Tag(MetricNames.TOPIC_TAG, name);
  }

  private long count(String name, Tag... tags) {
    return registry.getCounter(new MetricID(name, tags)).getCount();
  }

  private Number gauge(String name, Tag... tags) {
    Gauge<?> gauge = registry.getGauge(new MetricID(name, tags));
    assertThat(gauge).as("gauge %s", name).isNotNull();
    return (Number) gauge.getValue();
  }

  @Test
  void outboxOutcomes_countPerTopic() {
    RegistryMetrics metrics = new RegistryMetrics(new MicroProfileBackend(registry), null, clock);

    metrics.completed(EventKind.OUTBOX, "orders", Duration.ofMillis(40));
    metrics.completed(EventKind.OUTBOX, "orders", Duration.ofMillis(60));
    metrics.completed(EventKind.OUTBOX, "audit", Duration.ofMillis(5));
    metrics.failed(EventKind.OUTBOX, "orders", true);
    metrics.failed(EventKind.OUTBOX, "orders", false);
    metrics.retried(EventKind.OUTBOX, "orders");
    metrics.deadLettered(EventKind.OUTBOX, "orders");

    assertThat(count(MetricNames.OUTBOX_PUBLISHED, topic("orders"))).isEqualTo(2);
    assertThat(count(MetricNames.OUTBOX_PUBLISHED, topic("audit"))).isEqualTo(1);
    assertThat(
            count(
                "omnibox.outbox.failed", topic("orders"), new Tag(MetricNames.COUNTED_TAG, "true")))
        .isEqualTo(1);
    assertThat(
            count(
                "omnibox.outbox.failed",
                topic("orders"),
                new Tag(MetricNames.COUNTED_TAG, "false")))
        .isEqualTo(1);
    assertThat(count("omnibox.outbox.retried", topic("orders"))).isEqualTo(1);
    assertThat(count("omnibox.outbox.dead_lettered", topic("orders"))).isEqualTo(1);
    assertThat(
            registry.getTimer(new MetricID(MetricNames.OUTBOX_LATENCY, topic("orders"))).getCount())
        .isEqualTo(2);
  }

  @Test
  void inboxOutcomes_tagConsumerGroup() {
    RegistryMetrics metrics = new RegistryMetrics(new MicroProfileBackend(registry), null, clock);

    metrics.completed(EventKind.INBOX, "shipping", Duration.ofMillis(1));
    metrics.duplicate("shipping");

    Tag group = new Tag(MetricNames.CONSUMER_GROUP_TAG, "shipping");
    assertThat(count(MetricNames.INBOX_HANDLED, group)).isEqualTo(1);
    assertThat(count(MetricNames.INBOX_DUPLICATES, group)).isEqualTo(1);
  }

  @Test
  void backlogGauges_followQueryAfterRefresh() {
    backlog.add(new TopicBacklog("orders", 7, TestEvents.T0));
    new RegistryMetrics(new MicroProfileBackend(registry), () -> List.copyOf(backlog), clock);
    clock.advance(Duration.ofSeconds(3));

    assertThat(gauge(MetricNames.OUTBOX_PENDING, topic("orders")).longValue()).isEqualTo(7);
    assertThat(gauge(MetricNames.OUTBOX_OLDEST_PENDING_AGE, topic("orders")).doubleValue())
        .isEqualTo(3.0);
    assertThat(gauge(MetricNames.OUTBOX_PENDING_TOTAL).longValue()).isEqualTo(7);

    backlog.clear();
    backlog.add(new TopicBacklog("audit", 2, TestEvents.T0));
    assertThat(gauge(MetricNames.OUTBOX_PENDING_TOTAL).longValue())
        .as("cached until the refresh interval passes")
        .isEqualTo(7);

    clock.advance(RegistryMetrics.BACKLOG_REFRESH);
    assertThat(gauge(MetricNames.OUTBOX_PENDING_TOTAL).longValue()).isEqualTo(2);
    assertThat(gauge(MetricNames.OUTBOX_PENDING, topic("audit")).longValue()).isEqualTo(2);
    assertThat(gauge(MetricNames.OUTBOX_PENDING, topic("orders")).longValue()).isZero();
  }

  @Test
  void failingBacklogQuery_keepsLastValues() {
    backlog.add(new TopicBacklog("orders", 4, TestEvents.T0));
    boolean[] failing = {false};
    new RegistryMetrics(
        new MicroProfileBackend(registry),
        () -> {
          if (failing[0]) {
            throw new IllegalStateException("database down");
          }
          return List.copyOf(backlog);
        },
        clock);

    failing[0] = true;
    clock.advance(RegistryMetrics.BACKLOG_REFRESH);

    assertThat(gauge(MetricNames.OUTBOX_PENDING, topic("orders")).longValue()).isEqualTo(4);
  }

  @Test
  void circuitState_isOneWhileOpen() {
    RegistryMetrics metrics = new RegistryMetrics(new MicroProfileBackend(registry), null, clock);
    Tag breaker = new Tag(MetricNames.CIRCUIT_TAG, "broker");

    metrics.circuitState("broker", "OPEN");
    assertThat(gauge(MetricNames.CIRCUIT_OPEN, breaker).intValue()).isEqualTo(1);

    metrics.circuitState("broker", "CLOSED");
    assertThat(gauge(MetricNames.CIRCUIT_OPEN, breaker).intValue()).isZero();
  }
}
