package dev.omnibox.spi;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One failure to record.
 *
 * @param id the event that failed
 * @param error a readable error; truncated by the storage when too long
 * @param kind whether the failure uses up an attempt, or ends the event at once
 * @param nextAttemptAt when the event is due again; required for {@link FailureKind#NOT_COUNTED},
 *     optional for {@link FailureKind#COUNTED} (null means due at once), ignored for {@link
 *     FailureKind#FINAL} and for a counted failure on the last attempt
 */
public record FailureUpdate(UUID id, String error, FailureKind kind, Instant nextAttemptAt) {

  public FailureUpdate {
    Objects.requireNonNull(id, "id must not be null");
    if (error == null || error.isBlank()) {
      throw new IllegalArgumentException("error of event " + id + " must not be blank");
    }
    Objects.requireNonNull(kind, "kind of the failure of event " + id + " must not be null");
    if (kind == FailureKind.NOT_COUNTED && nextAttemptAt == null) {
      throw new IllegalArgumentException(
          "nextAttemptAt of event "
              + id
              + " is required when the failure does not count as an attempt,"
              + " or the event would retry at once forever");
    }
  }

  /** A transient failure: the attempt is not counted and the event is due at {@code next}. */
  public static FailureUpdate notCounted(UUID id, String error, Instant next) {
    return new FailureUpdate(id, error, FailureKind.NOT_COUNTED, next);
  }

  /** A failure that uses up one attempt; the event is due again at {@code next} if any are left. */
  public static FailureUpdate counted(UUID id, String error, Instant next) {
    return new FailureUpdate(id, error, FailureKind.COUNTED, next);
  }

  /** A failure that ends the event: it becomes FAILED with all its attempts used. */
  public static FailureUpdate terminal(UUID id, String error) {
    return new FailureUpdate(id, error, FailureKind.FINAL, null);
  }

  /** How a failure affects the event's attempts. */
  public enum FailureKind {
    /** A transient failure, such as a broker outage: attempts made stay as they are. */
    NOT_COUNTED,
    /** Attempts made grow by one; the event becomes FAILED when none are left. */
    COUNTED,
    /** The event becomes FAILED at once and its attempts made are set to its max attempts. */
    FINAL
  }
}
