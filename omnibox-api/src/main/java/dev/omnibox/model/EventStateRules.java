package dev.omnibox.model;

import static dev.omnibox.model.ModelLogger.LOG;

/** Invariants between status, attempts, completion and lock of an event. */
final class EventStateRules {

  private EventStateRules() {}

  static void check(StoredEvent event) {
    checkAttempts(event);
    checkCompletion(event);
    checkStatusAgainstAttempts(event);
    checkLock(event);
  }

  private static void checkAttempts(StoredEvent event) {
    if (event.maxAttempts() < 1) {
      throw LOG.maxAttemptsBelowOne(event.label(), event.maxAttempts());
    }
    if (event.attemptsMade() < 0) {
      throw LOG.attemptsMadeNegative(event.label(), event.attemptsMade());
    }
    if (event.attemptsMade() > event.maxAttempts()) {
      throw LOG.attemptsAboveMax(event.label(), event.attemptsMade(), event.maxAttempts());
    }
  }

  private static void checkCompletion(StoredEvent event) {
    boolean completed = event.status() == EventStatus.COMPLETED;
    if (completed && event.completedAt() == null) {
      throw LOG.completedWithoutCompletedAt(event.label());
    }
    if (!completed && event.completedAt() != null) {
      throw LOG.completedAtWithoutCompleted(event.label(), event.completedAt(), event.status());
    }
    if (completed && event.attemptsMade() == 0) {
      throw LOG.completedWithoutAttempt(event.label());
    }
  }

  private static void checkStatusAgainstAttempts(StoredEvent event) {
    if (event.status() == EventStatus.FAILED && event.attemptsLeft() > 0) {
      throw LOG.failedWithAttemptsLeft(event.label(), event.attemptsMade(), event.maxAttempts());
    }
    if (event.status() == EventStatus.PENDING && event.attemptsLeft() == 0) {
      throw LOG.pendingWithoutAttemptsLeft(
          event.label(), event.attemptsMade(), event.maxAttempts());
    }
  }

  private static void checkLock(StoredEvent event) {
    if ((event.lockedBy() == null) != (event.lockedAt() == null)) {
      throw LOG.lockHalfSet(event.label(), event.lockedBy(), event.lockedAt());
    }
    if (event.isLocked() && event.status() != EventStatus.PENDING) {
      throw LOG.lockedWhileNotPending(event.label(), event.status(), event.lockedBy());
    }
  }
}
