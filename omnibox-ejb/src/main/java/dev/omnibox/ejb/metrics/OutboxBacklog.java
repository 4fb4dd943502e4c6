package dev.omnibox.ejb.metrics;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The query behind the backlog gauges: PENDING outbox events per topic. Storage implementations
 * provide it as a CDI bean; without one, the backlog gauges are not registered.
 *
 * <p>The gauges call it at most once per refresh interval, however often they are scraped, so one
 * grouped query is expected, such as {@code SELECT topic, COUNT(*), MIN(created_at) FROM
 * outbox_events WHERE status = 'PENDING' GROUP BY topic}.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface OutboxBacklog {

  /** Returns one entry per topic that has PENDING events; topics without any may be left out. */
  List<TopicBacklog> pendingByTopic();

  /**
   * The backlog of one topic.
   *
   * @param topic the outbox topic
   * @param pending the number of PENDING events, locked or not
   * @param oldestCreatedAt the creation time of the oldest PENDING event
   */
  record TopicBacklog(String topic, long pending, Instant oldestCreatedAt) {

    public TopicBacklog {
      Objects.requireNonNull(topic, "topic must not be null");
      Objects.requireNonNull(oldestCreatedAt, "oldestCreatedAt must not be null");
      if (pending < 0) {
        throw new IllegalArgumentException("pending is " + pending + " but must not be negative");
      }
    }
  }
}
