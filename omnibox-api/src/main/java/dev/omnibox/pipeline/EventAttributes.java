package dev.omnibox.pipeline;

import dev.omnibox.model.InboxEvent;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.model.StoredEvent;
import dev.omnibox.spi.EventKind;

/**
 * Values derived from an event that steps, metrics and log lines share.
 *
 * @since 0.1
 */
public final class EventAttributes {

  private EventAttributes() {}

  /** Returns whether the event lives in the outbox or the inbox. */
  public static EventKind kindOf(StoredEvent event) {
    return event instanceof OutboxEvent ? EventKind.OUTBOX : EventKind.INBOX;
  }

  /** Returns the metrics scope: the outbox topic or the inbox consumer group. */
  public static String scopeOf(StoredEvent event) {
    if (event instanceof OutboxEvent outbox) {
      return outbox.topic();
    }
    return ((InboxEvent) event).consumerGroup();
  }

  /** Returns the number of the attempt now being made, counting from 1. */
  public static int attemptNumber(StoredEvent event) {
    return event.attemptsMade() + 1;
  }

  /** Returns whether a counted failure of the current attempt leaves no attempt for a retry. */
  public static boolean isLastAttempt(StoredEvent event) {
    return event.attemptsLeft() <= 1;
  }
}
