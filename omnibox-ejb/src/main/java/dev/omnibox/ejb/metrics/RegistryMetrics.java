package dev.omnibox.ejb.metrics;

import static dev.omnibox.ejb.metrics.MetricsLogger.LOG;

import dev.omnibox.spi.EventKind;
import dev.omnibox.spi.OmniboxMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link OmniboxMetrics} over a metrics registry, with the names of {@link MetricNames}. Every
 * method catches what the registry throws, as the interface requires.
 */
final class RegistryMetrics implements OmniboxMetrics {

  /** How often the backlog gauges read the storage at most. */
  static final Duration BACKLOG_REFRESH = Duration.ofSeconds(15);

  private static final String NO_SCOPE = "none";

  private final MeterBackend meters;
  private final BacklogGauges backlogGauges;
  private final Map<String, AtomicInteger> circuits = new ConcurrentHashMap<>();

  /**
   * Creates the adapter and, when {@code backlog} is not null, registers the backlog gauges: the
   * total at once, and the two per-topic gauges of each topic when it first has a backlog.
   *
   * @param backlog the backlog query, or null for no backlog gauges
   */
  RegistryMetrics(MeterBackend meters, OutboxBacklog backlog, Clock clock) {
    this.meters = Objects.requireNonNull(meters, "meters must not be null");
    this.backlogGauges =
        backlog == null
            ? null
            : new BacklogGauges(backlog, clock, BACKLOG_REFRESH, this::registerTopicGauges);
    if (backlogGauges != null) {
      safely(
          MetricNames.OUTBOX_PENDING_TOTAL,
          () ->
              meters.gauge(
                  MetricNames.OUTBOX_PENDING_TOTAL,
                  Map.of(),
                  backlogGauges,
                  BacklogGauges::totalPending));
      backlogGauges.snapshot();
    }
  }

  private void registerTopicGauges(String topic) {
    Map<String, String> tags = Map.of(MetricNames.TOPIC_TAG, topic);
    safely(
        MetricNames.OUTBOX_PENDING,
        () -> meters.gauge(MetricNames.OUTBOX_PENDING, tags, backlogGauges, g -> g.pending(topic)));
    safely(
        MetricNames.OUTBOX_OLDEST_PENDING_AGE,
        () ->
            meters.gauge(
                MetricNames.OUTBOX_OLDEST_PENDING_AGE,
                tags,
                backlogGauges,
                g -> g.oldestAgeSeconds(topic)));
  }

  @Override
  public void completed(EventKind kind, String scope, Duration latency) {
    boolean outbox = kind == EventKind.OUTBOX;
    String counter = outbox ? MetricNames.OUTBOX_PUBLISHED : MetricNames.INBOX_HANDLED;
    String timer = outbox ? MetricNames.OUTBOX_LATENCY : MetricNames.INBOX_LATENCY;
    safely(counter, () -> meters.increment(counter, scopeTags(kind, scope)));
    if (latency != null && !latency.isNegative()) {
      safely(timer, () -> meters.record(timer, scopeTags(kind, scope), latency));
    }
  }

  @Override
  public void failed(EventKind kind, String scope, boolean counted) {
    String name = MetricNames.of(kind, "failed");
    Map<String, String> tags = new LinkedHashMap<>(scopeTags(kind, scope));
    tags.put(MetricNames.COUNTED_TAG, Boolean.toString(counted));
    safely(name, () -> meters.increment(name, tags));
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
    safely(name, () -> meters.increment(name, scopeTags(EventKind.INBOX, consumerGroup)));
  }

  @Override
  public void batch(EventKind kind, int size, Duration duration) {
    String name = MetricNames.of(kind, "batch.duration");
    if (duration != null && !duration.isNegative()) {
      safely(name, () -> meters.record(name, Map.of(), duration));
    }
  }

  @Override
  public void circuitState(String name, String state) {
    String metric = MetricNames.CIRCUIT_OPEN;
    safely(
        metric,
        () -> {
          AtomicInteger open =
              circuits.computeIfAbsent(
                  String.valueOf(name),
                  key -> {
                    AtomicInteger value = new AtomicInteger();
                    meters.gauge(
                        metric, Map.of(MetricNames.CIRCUIT_TAG, key), value, AtomicInteger::get);
                    return value;
                  });
          open.set("OPEN".equalsIgnoreCase(state) ? 1 : 0);
        });
  }

  private void increment(EventKind kind, String scope, String suffix) {
    String name = MetricNames.of(kind, suffix);
    safely(name, () -> meters.increment(name, scopeTags(kind, scope)));
  }

  private static Map<String, String> scopeTags(EventKind kind, String scope) {
    return Map.of(MetricNames.scopeTag(kind), scope == null || scope.isBlank() ? NO_SCOPE : scope);
  }

  private static void safely(String metric, Runnable update) {
    try {
      update.run();
    } catch (RuntimeException e) {
      LOG.recordFailed(metric, e);
    }
  }
}
