package dev.omnibox.ejb.inbox;

import dev.omnibox.model.InboxEvent;
import java.time.Instant;

/**
 * The inbox event being handled, and the way a handler requests an outcome other than "completed".
 * Inject it as a parameter of an {@link Inbox} observer or an {@link OnEvent} method. It is valid
 * only during that call.
 *
 * <p>When several handlers request outcomes for one event, the most severe wins, in the order
 * failed, retry, stale, skipped. A handler that requests nothing completes the event. A retry or a
 * failure rolls back the handler's writes, and a skip or a stale mark commits them with the
 * COMPLETED row.
 */
public interface InboxContext {

  /** Returns the inbox row, with its payload still as JSON text. */
  InboxEvent event();

  /** Returns the consumer group that received the event. */
  default String consumerGroup() {
    return event().consumerGroup();
  }

  /** Returns the attempt running now, 1 for the first. */
  default int attempt() {
    return event().attemptsMade() + 1;
  }

  /** Requests another attempt after the consumer's backoff; the attempt counts. */
  void retry(String reason);

  /**
   * Requests another attempt at {@code nextAttemptAt}, or after the consumer's backoff when null.
   * An attempt that does not count (a dependency is down, say) never uses up the event's attempts
   * and needs {@code nextAttemptAt}.
   *
   * @throws IllegalArgumentException when {@code reason} is blank, or {@code countAsAttempt} is
   *     false and {@code nextAttemptAt} is null
   */
  void retry(String reason, boolean countAsAttempt, Instant nextAttemptAt);

  /** Marks the event as not for this handler; the row is stored as COMPLETED. */
  void skip(String reason);

  /** Marks the event as outdated (a newer one superseded it); the row is stored as COMPLETED. */
  void markStale(String reason);

  /** Fails the event for good: the row becomes FAILED and is dead-lettered. */
  void fail(String reason);
}
