package dev.omnibox.spi;

import dev.omnibox.model.EventStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * The number of events of one scope in one status.
 *
 * @param scope the outbox topic or the inbox consumer group
 * @param status the status counted
 * @param count the number of events, at least 1
 * @param oldestCreatedAt the creation time of the oldest of them
 */
public record StatusCount(String scope, EventStatus status, long count, Instant oldestCreatedAt) {

  public StatusCount {
    Objects.requireNonNull(scope, "scope must not be null");
    Objects.requireNonNull(status, "status must not be null");
    if (count < 1) {
      throw new IllegalArgumentException(
          "count of " + scope + "/" + status + " must be at least 1, but was " + count);
    }
    Objects.requireNonNull(oldestCreatedAt, "oldestCreatedAt must not be null");
  }
}
