package dev.omnibox.model;

import static dev.omnibox.model.ModelLogger.LOG;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Moves events through their lifecycle: create, lock, complete or fail. Every method returns a new
 * event, built and checked with the policy, and stamps updated at with the clock. Wrong transitions
 * raise a subclass of {@link EventStateException}.
 *
 * <p>The lock here is the in-memory view of a lease. Storage claims rows with the database clock,
 * so {@link #isLockStale} only decides for events that this node's clock stamped.
 */
public final class EventLifecycle {

  private final Clock clock;
  private final EventValidationPolicy policy;
  private final TimeOrderedIds ids;

  public EventLifecycle(Clock clock, EventValidationPolicy policy) {
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    this.policy = Objects.requireNonNull(policy, "policy must not be null");
    this.ids = new TimeOrderedIds(clock);
  }

  /**
   * Builds a new outbox event from {@code draft}, after setting on the draft: status PENDING, no
   * attempts, no error, completion or lock, created and updated now, a time-ordered id (UUID
   * version 7) unless one is set, and scheduled now unless a time is set.
   */
  public OutboxEvent newOutboxEvent(OutboxEvent.Builder draft) {
    initialize(draft);
    return draft.build(policy);
  }

  /** Builds a new inbox event from {@code draft}, initialized as by {@link #newOutboxEvent}. */
  public InboxEvent newInboxEvent(InboxEvent.Builder draft) {
    initialize(draft);
    return draft.build(policy);
  }

  /**
   * Locks a PENDING, unlocked event for {@code workerId}, from now.
   *
   * @throws InvalidStateTransitionException if the event is not PENDING
   * @throws EventAlreadyLockedException if any worker, {@code workerId} included, holds the lock
   */
  public <E extends StoredEvent> E lock(E event, String workerId) {
    requireText("workerId", workerId);
    requirePending(event, "lock");
    if (event.isLocked()) {
      throw LOG.alreadyLocked(event.describe(), workerId);
    }
    Instant now = clock.instant();
    return rebuild(event, builder -> builder.lockedBy(workerId).lockedAt(now).updatedAt(now));
  }

  /**
   * Extends the lock that {@code workerId} holds, so its lease starts again now.
   *
   * @throws EventNotLockedException if the event is not locked
   * @throws LockedByAnotherWorkerException if another worker holds the lock
   */
  public <E extends StoredEvent> E refreshLock(E event, String workerId) {
    requireHeld(event, workerId, "refresh the lock of");
    Instant now = clock.instant();
    return rebuild(event, builder -> builder.lockedAt(now).updatedAt(now));
  }

  /**
   * Releases the lock that {@code workerId} holds, leaving the event unchanged otherwise.
   *
   * @throws EventNotLockedException if the event is not locked
   * @throws LockedByAnotherWorkerException if another worker holds the lock
   */
  public <E extends StoredEvent> E unlock(E event, String workerId) {
    requireHeld(event, workerId, "unlock");
    return rebuild(event, builder -> builder.unlocked().updatedAt(clock.instant()));
  }

  /**
   * Releases the lock of any worker, for an operator or for a stale lease. Records the former
   * holder, the time and the reason as the last error, and logs them at WARN.
   *
   * @throws IllegalArgumentException if {@code reason} is blank
   * @throws EventNotLockedException if the event is not locked
   */
  public <E extends StoredEvent> E forceUnlock(E event, String reason) {
    requireText("reason", reason);
    if (!event.isLocked()) {
      throw LOG.notLockedForForceUnlock(event.describe());
    }
    Instant now = clock.instant();
    String record =
        String.format(
            "Lock of worker %s, taken at %s, was force-unlocked at %s: %s",
            event.lockedBy(), event.lockedAt(), now, reason);
    LOG.forceUnlocked(event.describe(), event.lockedAt(), reason);
    return rebuild(event, builder -> builder.unlocked().lastError(record).updatedAt(now));
  }

  /** Returns whether {@code workerId} holds the lock of the event. */
  public boolean isLockedBy(StoredEvent event, String workerId) {
    return event.isLocked() && event.lockedBy().equals(workerId);
  }

  /**
   * Checks that {@code workerId} holds the lock of the event.
   *
   * @throws EventNotLockedException if the event is not locked
   * @throws LockedByAnotherWorkerException if another worker holds the lock
   */
  public void requireLockedBy(StoredEvent event, String workerId) {
    requireHeld(event, workerId, "act on");
  }

  /**
   * Returns whether the event is locked and its lease of {@code ttl} has ended by the clock: the
   * lease lasts from locked at up to, not including, locked at plus ttl.
   *
   * @throws IllegalArgumentException if {@code ttl} is zero or negative
   */
  public boolean isLockStale(StoredEvent event, Duration ttl) {
    Objects.requireNonNull(ttl, "ttl must not be null");
    if (ttl.isZero() || ttl.isNegative()) {
      throw LOG.nonPositiveDuration("ttl", ttl);
    }
    return event.isLocked() && !clock.instant().isBefore(event.lockedAt().plus(ttl));
  }

  /**
   * Marks a PENDING event COMPLETED now, counting the completing attempt and releasing the lock.
   *
   * @throws InvalidStateTransitionException if the event is not PENDING
   */
  public <E extends StoredEvent> E markCompleted(E event) {
    requirePending(event, "complete");
    Instant now = clock.instant();
    return rebuild(
        event,
        builder ->
            builder
                .status(EventStatus.COMPLETED)
                .completedAt(now)
                .attemptsMade(event.attemptsMade() + 1)
                .unlocked()
                .updatedAt(now));
  }

  /**
   * Records a failed attempt of a PENDING event and releases the lock. A counted failure uses an
   * attempt: the last one moves the event to FAILED, any other schedules a retry at {@code
   * nextRetryAt}, or now when null. A failure that does not count keeps the attempts and needs
   * {@code nextRetryAt}. The error is stored cut to the policy's size.
   *
   * @throws IllegalArgumentException if {@code error} is blank, or {@code nextRetryAt} is null for
   *     a failure that does not count
   * @throws InvalidStateTransitionException if the event is not PENDING
   */
  public <E extends StoredEvent> E markFailed(
      E event, String error, boolean countAttempt, Instant nextRetryAt) {
    requireText("error", error);
    requirePending(event, "mark failed");
    if (!countAttempt && nextRetryAt == null) {
      throw LOG.nextRetryAtRequired(event.describe());
    }

    Instant now = clock.instant();
    int attempts = countAttempt ? event.attemptsMade() + 1 : event.attemptsMade();
    boolean exhausted = attempts == event.maxAttempts();
    Instant retryAt = nextRetryAt == null ? now : nextRetryAt;
    return rebuild(
        event,
        builder -> {
          builder.attemptsMade(attempts).lastError(error).unlocked().updatedAt(now);
          if (exhausted) {
            builder.status(EventStatus.FAILED);
          } else {
            builder.scheduledAt(retryAt);
          }
        });
  }

  /**
   * Moves a PENDING event to FAILED at once, for an error that no retry can fix, such as an
   * undecodable payload. The remaining attempts count as used, so attempts made becomes max
   * attempts.
   *
   * @throws IllegalArgumentException if {@code error} is blank
   * @throws InvalidStateTransitionException if the event is not PENDING
   */
  public <E extends StoredEvent> E markFailedPermanently(E event, String error) {
    requireText("error", error);
    requirePending(event, "mark failed");
    return rebuild(
        event,
        builder ->
            builder
                .status(EventStatus.FAILED)
                .attemptsMade(event.maxAttempts())
                .lastError(error)
                .unlocked()
                .updatedAt(clock.instant()));
  }

  private void initialize(StoredEventBuilder<?, ?> draft) {
    Instant now = clock.instant();
    if (draft.id() == null) {
      draft.id(ids.next());
    }
    if (draft.scheduledAt() == null) {
      draft.scheduledAt(now);
    }
    draft.status(EventStatus.PENDING).attemptsMade(0).lastError(null).completedAt(null);
    draft.unlocked().createdAt(now).updatedAt(now);
  }

  private static void requirePending(StoredEvent event, String action) {
    if (event.status() != EventStatus.PENDING) {
      throw LOG.invalidTransition(action, event.describe(), "PENDING");
    }
  }

  private static void requireHeld(StoredEvent event, String workerId, String action) {
    requireText("workerId", workerId);
    if (!event.isLocked()) {
      throw LOG.notLocked(workerId, action, event.describe());
    }
    if (!event.lockedBy().equals(workerId)) {
      throw LOG.lockedByAnotherWorker(workerId, action, event.describe());
    }
  }

  private static void requireText(String name, String value) {
    if (value == null || value.isBlank()) {
      throw LOG.blankArgument(name, value);
    }
  }

  /** Applies {@code change} to a builder of the event and builds the result with the policy. */
  @SuppressWarnings("unchecked") // the builder of an event of class E builds an E
  private <E extends StoredEvent> E rebuild(E event, Consumer<StoredEventBuilder<?, ?>> change) {
    StoredEventBuilder<?, ?> builder = event.toBuilder();
    change.accept(builder);
    return (E) builder.build(policy);
  }
}
