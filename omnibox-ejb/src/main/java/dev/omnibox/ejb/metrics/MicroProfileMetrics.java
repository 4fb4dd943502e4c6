package dev.omnibox.ejb.metrics;

import static dev.omnibox.ejb.metrics.MetricsLogger.LOG;

import dev.omnibox.spi.EventKind;
import dev.omnibox.spi.OmniboxMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * {@link OmniboxMetrics} over a MicroProfile Metrics registry, with the names of {@link
 * MetricNames}. Every method catches what the registry throws, as the interface requires.
 */
final class MicroProfileMetrics implements OmniboxMetrics {

  /** How often the backlog gauges read the storage at most. */
  static final Duration BACKLOG_REFRESH = Duration.ofSeconds(15);

  private static final String NO_SCOPE = "none";

  private final MetricRegistry registry;
  private final BacklogGauges backlogGauges;
  private final Map<String, AtomicInteger> circuits = new ConcurrentHashMap<>();

  /**
   * Creates the adapter and, when {@code backlog} is not null, registers the backlog gauges: the
   * total at once, and the two per-topic gauges of each topic when it first has a backlog.
   *
   * @param backlog the backlog query, or null for no backlog gauges
   */
  MicroProfileMetrics(MetricRegistry registry, OutboxBacklog backlog, Clock clock) {
    this.registry = Objects.requireNonNull(registry, "registry must not be null");
    this.backlogGauges =
        backlog == null
            ? null
            : new BacklogGauges(backlog, clock, BACKLOG_REFRESH, this::registerTopicGauges);
    if (backlogGauges != null) {
      registry.gauge(MetricNames.OUTBOX_PENDING_TOTAL, backlogGauges, BacklogGauges::totalPending);
      backlogGauges.snapshot();
    }
  }

  private void registerTopicGauges(String topic) {
    Tag tag = new Tag(MetricNames.TOPIC_TAG, topic);
    record(
        MetricNames.OUTBOX_PENDING,
        () ->
            registry.gauge(MetricNames.OUTBOX_PENDING, backlogGauges, g -> g.pending(topic), tag));
    record(
        MetricNames.OUTBOX_OLDEST_PENDING_AGE,
        () ->
            registry.gauge(
                MetricNames.OUTBOX_OLDEST_PENDING_AGE,
                backlogGauges,
                g -> g.oldestAgeSeconds(topic),
                tag));
  }

  @Override
  public void completed(EventKind kind, String scope, Duration latency) {
    String counter =
        kind == EventKind.OUTBOX ? MetricNames.OUTBOX_PUBLISHED : MetricNames.INBOX_HANDLED;
    String timer =
        kind == EventKind.OUTBOX ? MetricNames.OUTBOX_LATENCY : MetricNames.INBOX_LATENCY;
    record(counter, () -> registry.counter(counter, scopeTag(kind, scope)).inc());
    if (latency != null && !latency.isNegative()) {
      record(timer, () -> registry.timer(timer, scopeTag(kind, scope)).update(latency));
    }
  }

  @Override
  public void failed(EventKind kind, String scope, boolean counted) {
    String name = MetricNames.of(kind, "failed");
    record(
        name,
        () ->
            registry
                .counter(
                    name,
                    scopeTag(kind, scope),
                    new Tag(MetricNames.COUNTED_TAG, Boolean.toString(counted)))
                .inc());
  }

  @Override
  public void retried(EventKind kind, String scope) {
    increment(kind, scope, "retried");
  }

  @Override
  public void deadLettered(EventKind kind, String scope) {
    increment(kind, scope, "dead_lettered");
  }

  @Override
  public void skipped(EventKind kind, String scope) {
    increment(kind, scope, "skipped");
  }

  @Override
  public void stale(EventKind kind, String scope) {
    increment(kind, scope, "stale");
  }

  @Override
  public void duplicate(String consumerGroup) {
    String name = MetricNames.INBOX_DUPLICATES;
    record(name, () -> registry.counter(name, scopeTag(EventKind.INBOX, consumerGroup)).inc());
  }

  @Override
  public void batch(EventKind kind, int size, Duration duration) {
    String name = MetricNames.of(kind, "batch.duration");
    if (duration != null && !duration.isNegative()) {
      record(name, () -> registry.timer(name).update(duration));
    }
  }

  @Override
  public void circuitState(String name, String state) {
    String metric = MetricNames.CIRCUIT_OPEN;
    record(
        metric,
        () -> {
          AtomicInteger open =
              circuits.computeIfAbsent(
                  String.valueOf(name),
                  key -> {
                    AtomicInteger value = new AtomicInteger();
                    registry.gauge(
                        metric, value, AtomicInteger::get, new Tag(MetricNames.CIRCUIT_TAG, key));
                    return value;
                  });
          open.set("OPEN".equalsIgnoreCase(state) ? 1 : 0);
        });
  }

  private void increment(EventKind kind, String scope, String suffix) {
    String name = MetricNames.of(kind, suffix);
    record(name, () -> registry.counter(name, scopeTag(kind, scope)).inc());
  }

  private static Tag scopeTag(EventKind kind, String scope) {
    return new Tag(MetricNames.scopeTag(kind), scope == null || scope.isBlank() ? NO_SCOPE : scope);
  }

  private static void record(String metric, Runnable update) {
    try {
      update.run();
    } catch (RuntimeException e) {
      LOG.recordFailed(metric, e);
    }
  }
}
