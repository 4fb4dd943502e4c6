package dev.omnibox.spi;

import dev.omnibox.model.EventStatus;
import java.util.Objects;

/**
 * A filtered page of events for {@link EventAdministration#findEvents}. The status is required, so
 * that each query reads the index of that status.
 *
 * @param status the status of the events
 * @param scope the outbox topic or the inbox consumer group, or null for every scope
 * @param eventType the event type, or null for every type
 * @param limit the maximum number of events returned, 1 to {@link #MAX_LIMIT}
 */
public record EventQuery(EventStatus status, String scope, String eventType, int limit) {

  /** The largest page a query may request. */
  public static final int MAX_LIMIT = 500;

  public EventQuery {
    Objects.requireNonNull(status, "status must not be null");
    scope = blankToNull(scope);
    eventType = blankToNull(eventType);
    requireLimit(limit);
  }

  /** Returns a query of every event in one status, up to {@code limit}. */
  public static EventQuery of(EventStatus status, int limit) {
    return new EventQuery(status, null, null, limit);
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  static void requireLimit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + MAX_LIMIT + ", but was " + limit);
    }
  }
}
