package dev.omnibox.handler;

import static dev.omnibox.handler.HandlerLogger.LOG;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable outcome that an {@link EventHandler} returns for one event.
 *
 * <p>Every outcome except {@link #completed()} carries a non-blank message. Only a retry carries a
 * time for the next attempt. {@link #countsAsAttempt()} is true for a failure and for a counted
 * retry, and false otherwise.
 */
public final class EventHandlerResult {

  private static final EventHandlerResult COMPLETED =
      new EventHandlerResult(HandlerStatus.COMPLETED, null, false, null);

  private final HandlerStatus status;
  private final String message;
  private final boolean countsAsAttempt;
  private final Instant nextRetryAt;

  private EventHandlerResult(
      HandlerStatus status, String message, boolean countsAsAttempt, Instant nextRetryAt) {
    this.status = status;
    this.message = message;
    this.countsAsAttempt = countsAsAttempt;
    this.nextRetryAt = nextRetryAt;
  }

  /** Returns the outcome of an event that was handled. */
  public static EventHandlerResult completed() {
    return COMPLETED;
  }

  /**
   * Returns the outcome of an event that should be tried again.
   *
   * @param message why this attempt did not finish
   * @param countAsAttempt whether this attempt uses up one of the event's attempts. Pass false for
   *     a failure outside the event's control, such as a dependency being down.
   * @param nextRetryAt when to try again, or {@code null} to let the caller's backoff decide. It is
   *     required when {@code countAsAttempt} is false.
   * @throws IllegalArgumentException when the message is blank, or a retry that does not count has
   *     no time
   */
  public static EventHandlerResult retry(
      String message, boolean countAsAttempt, Instant nextRetryAt) {
    requireText(message, "message");
    if (!countAsAttempt && nextRetryAt == null) {
      throw LOG.uncountedRetryWithoutTime();
    }
    return new EventHandlerResult(HandlerStatus.RETRY, message, countAsAttempt, nextRetryAt);
  }

  /** Returns a retry that counts as an attempt, at a time the caller's backoff decides. */
  public static EventHandlerResult retry(String message) {
    return retry(message, true, null);
  }

  /** Returns the outcome of an event that the handler chose not to handle, for {@code reason}. */
  public static EventHandlerResult skipped(String reason) {
    return new EventHandlerResult(
        HandlerStatus.SKIPPED, requireText(reason, "reason"), false, null);
  }

  /** Returns the outcome of an outdated event, for {@code reason}. */
  public static EventHandlerResult stale(String reason) {
    return new EventHandlerResult(HandlerStatus.STALE, requireText(reason, "reason"), false, null);
  }

  /** Returns the outcome of an event that cannot be handled and must not be tried again. */
  public static EventHandlerResult failed(String message) {
    return new EventHandlerResult(
        HandlerStatus.FAILED, requireText(message, "message"), true, null);
  }

  private static String requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw LOG.argumentMissing(name);
    }
    return value;
  }

  public HandlerStatus status() {
    return status;
  }

  /** Reason or error text, or {@code null} for {@link HandlerStatus#COMPLETED}. */
  public String message() {
    return message;
  }

  /** Returns whether this outcome uses up one of the event's attempts. */
  public boolean countsAsAttempt() {
    return countsAsAttempt;
  }

  /** Time of the next attempt that the handler asked for; empty unless it gave one. */
  public Optional<Instant> nextRetryAt() {
    return Optional.ofNullable(nextRetryAt);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EventHandlerResult result
        && status == result.status
        && Objects.equals(message, result.message)
        && countsAsAttempt == result.countsAsAttempt
        && Objects.equals(nextRetryAt, result.nextRetryAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, message, countsAsAttempt, nextRetryAt);
  }

  @Override
  public String toString() {
    return "EventHandlerResult[status="
        + status
        + ", message="
        + message
        + ", countsAsAttempt="
        + countsAsAttempt
        + ", nextRetryAt="
        + nextRetryAt
        + "]";
  }
}
