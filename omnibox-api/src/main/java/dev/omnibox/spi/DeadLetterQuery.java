package dev.omnibox.spi;

/**
 * A filtered page of dead letters for {@link DeadLetterStore#findMatching}, newest first.
 *
 * @param kind the table the dead letters came from, or null for both
 * @param scope the outbox topic or the inbox consumer group, or null for every scope
 * @param eventType the event type, or null for every type
 * @param limit the maximum number of dead letters returned, 1 to {@link EventQuery#MAX_LIMIT}
 */
public record DeadLetterQuery(EventKind kind, String scope, String eventType, int limit) {

  public DeadLetterQuery {
    scope = EventQuery.blankToNull(scope);
    eventType = EventQuery.blankToNull(eventType);
    EventQuery.requireLimit(limit);
  }

  /** Returns a query of every dead letter, up to {@code limit}. */
  public static DeadLetterQuery all(int limit) {
    return new DeadLetterQuery(null, null, null, limit);
  }
}
