package dev.omnibox.model;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits that {@link StoredEventBuilder#build(EventValidationPolicy)} checks timestamps and the
 * last error against.
 *
 * @param clockSkew how far updated at, locked at and completed at may lie before created at, and
 *     completed at before scheduled at, because different clocks (nodes, database) set them.
 *     Default {@link #DEFAULT_CLOCK_SKEW}.
 * @param maxScheduleBeforeCreation how far scheduled at may lie before created at. Default {@link
 *     #DEFAULT_MAX_SCHEDULE_BEFORE_CREATION}.
 * @param maxScheduleAhead how far scheduled at may lie after created at, including retries
 *     scheduled later in the life of the event. Default {@link #DEFAULT_MAX_SCHEDULE_AHEAD}.
 * @param maxLastErrorBytes the UTF-8 size that a longer last error is cut to. Default {@link
 *     #DEFAULT_MAX_LAST_ERROR_BYTES}.
 */
public record EventValidationPolicy(
    Duration clockSkew,
    Duration maxScheduleBeforeCreation,
    Duration maxScheduleAhead,
    int maxLastErrorBytes) {

  public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofMinutes(1);
  public static final Duration DEFAULT_MAX_SCHEDULE_BEFORE_CREATION = Duration.ofMinutes(5);

  /** Far enough for delayed events and long retry chains, short enough to catch a unit mistake. */
  public static final Duration DEFAULT_MAX_SCHEDULE_AHEAD = Duration.ofDays(90);

  /** Fits a column of 4000 characters, whatever the characters. */
  public static final int DEFAULT_MAX_LAST_ERROR_BYTES = 4000;

  private static final EventValidationPolicy DEFAULTS =
      new EventValidationPolicy(
          DEFAULT_CLOCK_SKEW,
          DEFAULT_MAX_SCHEDULE_BEFORE_CREATION,
          DEFAULT_MAX_SCHEDULE_AHEAD,
          DEFAULT_MAX_LAST_ERROR_BYTES);

  /**
   * Checks the limits.
   *
   * @throws NullPointerException if a duration is null
   * @throws IllegalArgumentException if a duration is negative or maxLastErrorBytes is below 1
   */
  public EventValidationPolicy {
    requireNotNegative("clockSkew", clockSkew);
    requireNotNegative("maxScheduleBeforeCreation", maxScheduleBeforeCreation);
    requireNotNegative("maxScheduleAhead", maxScheduleAhead);
    if (maxLastErrorBytes < 1) {
      throw ModelLogger.LOG.nonPositiveNumber("maxLastErrorBytes", maxLastErrorBytes);
    }
  }

  /** Returns the policy with every default. */
  public static EventValidationPolicy defaults() {
    return DEFAULTS;
  }

  public EventValidationPolicy withClockSkew(Duration clockSkew) {
    return new EventValidationPolicy(
        clockSkew, maxScheduleBeforeCreation, maxScheduleAhead, maxLastErrorBytes);
  }

  public EventValidationPolicy withMaxScheduleBeforeCreation(Duration maxScheduleBeforeCreation) {
    return new EventValidationPolicy(
        clockSkew, maxScheduleBeforeCreation, maxScheduleAhead, maxLastErrorBytes);
  }

  public EventValidationPolicy withMaxScheduleAhead(Duration maxScheduleAhead) {
    return new EventValidationPolicy(
        clockSkew, maxScheduleBeforeCreation, maxScheduleAhead, maxLastErrorBytes);
  }

  public EventValidationPolicy withMaxLastErrorBytes(int maxLastErrorBytes) {
    return new EventValidationPolicy(
        clockSkew, maxScheduleBeforeCreation, maxScheduleAhead, maxLastErrorBytes);
  }

  private static void requireNotNegative(String name, Duration value) {
    Objects.requireNonNull(value, name + " must not be null");
    if (value.isNegative()) {
      throw ModelLogger.LOG.negativeDuration(name, value);
    }
  }
}
