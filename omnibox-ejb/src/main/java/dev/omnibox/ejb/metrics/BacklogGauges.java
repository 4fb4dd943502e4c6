package dev.omnibox.ejb.metrics;

import static dev.omnibox.ejb.metrics.MetricsLogger.LOG;

import dev.omnibox.ejb.metrics.OutboxBacklog.TopicBacklog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The values behind the backlog gauges, read from {@link OutboxBacklog} at most once per refresh
 * interval. A topic seen once stays known and reads 0 when its backlog is gone, so its gauges keep
 * reporting. When a read fails, the last values stay.
 */
final class BacklogGauges {

  private final OutboxBacklog backlog;
  private final Clock clock;
  private final Duration refreshInterval;
  private final Consumer<String> newTopicListener;
  private final Set<String> knownTopics = new LinkedHashSet<>();
  private Map<String, TopicBacklog> current = Map.of();
  private Instant refreshedAt;

  /**
   * Creates the gauges' state.
   *
   * @param newTopicListener called once for each topic when it is first seen, to register its
   *     gauges
   */
  BacklogGauges(
      OutboxBacklog backlog,
      Clock clock,
      Duration refreshInterval,
      Consumer<String> newTopicListener) {
    this.backlog = Objects.requireNonNull(backlog, "backlog must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    this.refreshInterval = Objects.requireNonNull(refreshInterval, "refreshInterval is null");
    if (refreshInterval.isNegative()) {
      throw new IllegalArgumentException(
          "refreshInterval is " + refreshInterval + " but must not be negative");
    }
    this.newTopicListener = Objects.requireNonNull(newTopicListener, "newTopicListener is null");
  }

  long pending(String topic) {
    TopicBacklog entry = snapshot().get(topic);
    return entry == null ? 0 : entry.pending();
  }

  /** Returns the age of the oldest PENDING event of {@code topic} in seconds, 0 when none. */
  double oldestAgeSeconds(String topic) {
    TopicBacklog entry = snapshot().get(topic);
    if (entry == null) {
      return 0;
    }
    Duration age = Duration.between(entry.oldestCreatedAt(), clock.instant());
    return age.isNegative() ? 0 : age.toMillis() / 1000.0;
  }

  long totalPending() {
    return snapshot().values().stream().mapToLong(TopicBacklog::pending).sum();
  }

  synchronized Set<String> knownTopics() {
    return Set.copyOf(knownTopics);
  }

  /**
   * Returns the backlog per topic, read again when the refresh interval has passed. New topics are
   * reported to the listener outside the lock, so that a registry that locks while it registers
   * gauges cannot deadlock with a scrape.
   */
  Map<String, TopicBacklog> snapshot() {
    List<String> added = new ArrayList<>();
    Map<String, TopicBacklog> result = refreshIfDue(added);
    added.forEach(newTopicListener);
    return result;
  }

  private synchronized Map<String, TopicBacklog> refreshIfDue(List<String> added) {
    Instant now = clock.instant();
    if (refreshedAt != null && now.isBefore(refreshedAt.plus(refreshInterval))) {
      return current;
    }
    refreshedAt = now;
    try {
      current =
          backlog.pendingByTopic().stream()
              .collect(Collectors.toUnmodifiableMap(TopicBacklog::topic, entry -> entry));
    } catch (RuntimeException e) {
      LOG.backlogFailed(e);
      return current;
    }
    current.keySet().stream().filter(knownTopics::add).forEach(added::add);
    return current;
  }
}
