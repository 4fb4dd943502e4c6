package dev.omnibox.model;

import static dev.omnibox.model.ModelLogger.LOG;

import java.time.Duration;
import java.time.Instant;

/** Invariants between the timestamps of an event, within the limits of a policy. */
final class EventTimeRules {

  private EventTimeRules() {}

  static void check(StoredEvent event, EventValidationPolicy policy) {
    Duration skew = policy.clockSkew();
    notEarlier(event, "updatedAt", event.updatedAt(), "createdAt", event.createdAt(), skew);
    notEarlier(event, "lockedAt", event.lockedAt(), "createdAt", event.createdAt(), skew);
    notEarlier(event, "completedAt", event.completedAt(), "createdAt", event.createdAt(), skew);
    notEarlier(event, "completedAt", event.completedAt(), "scheduledAt", event.scheduledAt(), skew);
    checkSchedule(event, policy);
  }

  private static void checkSchedule(StoredEvent event, EventValidationPolicy policy) {
    Duration before = policy.maxScheduleBeforeCreation();
    if (event.scheduledAt().isBefore(event.createdAt().minus(before))) {
      throw LOG.timeTooEarly(
          event.label(),
          "scheduledAt",
          event.scheduledAt(),
          "createdAt",
          event.createdAt(),
          before,
          "maxScheduleBeforeCreation");
    }
    Duration ahead = policy.maxScheduleAhead();
    if (event.scheduledAt().isAfter(event.createdAt().plus(ahead))) {
      throw LOG.scheduledTooFarAhead(event.label(), event.scheduledAt(), ahead, event.createdAt());
    }
  }

  /** Raises when value, if set, lies before reference by more than the clock skew. */
  private static void notEarlier(
      StoredEvent event,
      String field,
      Instant value,
      String referenceField,
      Instant reference,
      Duration skew) {
    if (value != null && value.isBefore(reference.minus(skew))) {
      throw LOG.timeTooEarly(
          event.label(), field, value, referenceField, reference, skew, "clockSkew");
    }
  }
}
