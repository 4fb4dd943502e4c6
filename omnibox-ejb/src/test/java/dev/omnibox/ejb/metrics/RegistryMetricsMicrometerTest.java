package dev.omnibox.ejb.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.ejb.metrics.OutboxBacklog.TopicBacklog;
import dev.omnibox.spi.EventKind;
import dev.omnibox.testing.MutableClock;
import dev.omnibox.testing.TestEvents;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryMetricsMicrometerTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final MutableClock clock = new MutableClock(TestEvents.T0);

  @Test
  void outboxOutcomes_countPerTopic() {
    RegistryMetrics metrics = new RegistryMetrics(new MicrometerBackend(registry), null, clock);

    metrics.completed(EventKind.OUTBOX, "orders", Duration.ofMillis(40));
    metrics.completed(EventKind.OUTBOX, "orders", Duration.ofMillis(60));
    metrics.failed(EventKind.OUTBOX, "orders", true);
    metrics.deadLettered(EventKind.OUTBOX, "orders");

    assertThat(registry.get(MetricNames.OUTBOX_PUBLISHED).tag("topic", "orders").counter().count())
        .isEqualTo(2.0);
    assertThat(
            registry
                .get("omnibox.outbox.failed")
                .tag("topic", "orders")
                .tag("counted", "true")
                .counter()
                .count())
        .isEqualTo(1.0);
    assertThat(registry.get("omnibox.outbox.dead_lettered").counter().count()).isEqualTo(1.0);
    assertThat(registry.get(MetricNames.OUTBOX_LATENCY).timer().count()).isEqualTo(2);
  }

  @Test
  void backlogGauges_readQuery() {
    new RegistryMetrics(
        new MicrometerBackend(registry),
        () -> List.of(new TopicBacklog("orders", 7, TestEvents.T0)),
        clock);
    clock.advance(Duration.ofSeconds(4));

    assertThat(registry.get(MetricNames.OUTBOX_PENDING).tag("topic", "orders").gauge().value())
        .isEqualTo(7.0);
    assertThat(
            registry
                .get(MetricNames.OUTBOX_OLDEST_PENDING_AGE)
                .tag("topic", "orders")
                .gauge()
                .value())
        .isEqualTo(4.0);
    assertThat(registry.get(MetricNames.OUTBOX_PENDING_TOTAL).gauge().value()).isEqualTo(7.0);
  }
}
