package dev.omnibox.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.testing.MutableClock;
import dev.omnibox.testing.TestEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class EventLifecycleLockTest {

  private static final Duration TTL = Duration.ofSeconds(30);

  private final MutableClock clock = new MutableClock(TestEvents.T0.plusSeconds(10));
  private final EventLifecycle lifecycle =
      new EventLifecycle(clock, EventValidationPolicy.defaults());

  private final OutboxEvent pending = TestEvents.outbox().build();

  @Test
  void lock_setsWorkerAndTime() {
    OutboxEvent locked = lifecycle.lock(pending, "worker-1");

    assertThat(locked.lockedBy()).isEqualTo("worker-1");
    assertThat(locked.lockedAt()).isEqualTo(clock.instant());
    assertThat(locked.updatedAt()).isEqualTo(clock.instant());
    assertThat(pending.isLocked()).isFalse();
  }

  @Test
  void lock_keepsInboxType() {
    InboxEvent locked = lifecycle.lock(TestEvents.inbox().build(), "worker-1");

    assertThat(locked.consumerGroup()).isEqualTo("shipping");
    assertThat(locked.isLocked()).isTrue();
  }

  @Test
  void lockTwice_raisesAlreadyLocked() {
    OutboxEvent locked = lifecycle.lock(pending, "worker-1");

    assertThatThrownBy(() -> lifecycle.lock(locked, "worker-2"))
        .isInstanceOf(EventAlreadyLockedException.class)
        .isInstanceOf(EventStateException.class)
        .hasMessageContaining("OMNIBOX001031")
        .hasMessageContaining(TestEvents.OUTBOX_ID.toString())
        .hasMessageContaining("type order.created")
        .hasMessageContaining("status PENDING")
        .hasMessageContaining("0 of 3 attempts made")
        .hasMessageContaining("locked by worker worker-1")
        .hasMessageContaining("for worker worker-2");
    assertThatThrownBy(() -> lifecycle.lock(locked, "worker-1"))
        .isInstanceOf(EventAlreadyLockedException.class);
  }

  @Test
  void lockCompletedEvent_raisesInvalidTransition() {
    OutboxEvent completed = lifecycle.markCompleted(pending);

    assertThatThrownBy(() -> lifecycle.lock(completed, "worker-1"))
        .isInstanceOf(InvalidStateTransitionException.class)
        .hasMessageContaining("OMNIBOX001030")
        .hasMessageContaining("Cannot lock")
        .hasMessageContaining("status COMPLETED")
        .hasMessageContaining("must be PENDING");
  }

  @Test
  void lockWithBlankWorker_isRejected() {
    assertThatThrownBy(() -> lifecycle.lock(pending, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("workerId");
    assertThatThrownBy(() -> lifecycle.lock(pending, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("workerId");
  }

  @Test
  void refreshLock_movesLockTimeForward() {
    OutboxEvent locked = lifecycle.lock(pending, "worker-1");
    Instant later = clock.advance(Duration.ofSeconds(20));

    OutboxEvent refreshed = lifecycle.refreshLock(locked, "worker-1");

    assertThat(refreshed.lockedAt()).isEqualTo(later);
    assertThat(refreshed.updatedAt()).isEqualTo(later);
    assertThat(refreshed.lockedBy()).isEqualTo("worker-1");
  }

  @Test
  void refreshLockByOtherWorker_isRejected() {
    OutboxEvent locked = lifecycle.lock(pending, "worker-1");

    assertThatThrownBy(() -> lifecycle.refreshLock(locked, "worker-2"))
        .isInstanceOf(LockedByAnotherWorkerException.class)
        .hasMessageContaining("OMNIBOX001032")
        .hasMessageContaining("Worker worker-2 cannot refresh the lock of")
        .hasMessageContaining("locked by worker worker-1");
  }

  @Test
  void refreshLockOfUnlockedEvent_raisesNotLocked() {
    assertThatThrownBy(() -> lifecycle.refreshLock(pending, "worker-1"))
        .isInstanceOf(EventNotLockedException.class)
        .hasMessageContaining("OMNIBOX001033")
        .hasMessageContaining("Worker worker-1 cannot refresh the lock of")
        .hasMessageContaining("not locked");
  }

  @Test
  void unlock_clearsLock() {
    OutboxEvent locked = lifecycle.lock(pending, "worker-1");
    clock.advance(Duration.ofSeconds(1));

    OutboxEvent unlocked = lifecycle.unlock(locked, "worker-1");

    assertThat(unlocked.isLocked()).isFalse();
    assertThat(unlocked.lockedAt()).isNull();
    assertThat(unlocked.updatedAt()).isEqualTo(clock.instant());
    assertThat(unlocked.status()).isEqualTo(EventStatus.PENDING);
  }

  @Test
  void unlockByAnotherWorker_raisesLockedByAnother() {
    OutboxEvent locked = lifecycle.lock(pending, "worker-1");

    assertThatThrownBy(() -> lifecycle.unlock(locked, "worker-2"))
        .isInstanceOf(LockedByAnotherWorkerException.class);
  }

  @Test
  void unlockUnlockedEvent_raisesNotLocked() {
    assertThatThrownBy(() -> lifecycle.unlock(pending, "worker-1"))
        .isInstanceOf(EventNotLockedException.class);
  }

  @Test
  void forceUnlock_clearsLockAndRecordsReason() {
    OutboxEvent locked = lifecycle.lock(pending, "worker-1");
    Instant lockedAt = locked.lockedAt();
    Instant now = clock.advance(Duration.ofMinutes(5));

    OutboxEvent unlocked = lifecycle.forceUnlock(locked, "worker-1 died");

    assertThat(unlocked.isLocked()).isFalse();
    assertThat(unlocked.updatedAt()).isEqualTo(now);
    assertThat(unlocked.lastError())
        .isEqualTo(
            "Lock of worker worker-1, taken at "
                + lockedAt
                + ", was force-unlocked at "
                + now
                + ": worker-1 died");
    assertThat(unlocked.attemptsMade()).isZero();
  }

  @Test
  void forceUnlock_logsWarningWithIdAndReason() {
    OutboxEvent locked = lifecycle.lock(pending, "worker-1");
    List<LogRecord> records = new ArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            records.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    // JBoss Logging writes to java.util.logging when no other backend is on the test classpath.
    Logger julLogger = Logger.getLogger("dev.omnibox.model");
    julLogger.addHandler(handler);
    try {
      lifecycle.forceUnlock(locked, "worker-1 died");
    } finally {
      julLogger.removeHandler(handler);
    }

    assertThat(records).hasSize(1);
    assertThat(records.get(0).getLevel()).isEqualTo(Level.WARNING);
    assertThat(records.get(0).getMessage())
        .startsWith("OMNIBOX001000: Force-unlocked outbox event " + TestEvents.OUTBOX_ID)
        .contains("locked by worker worker-1", "worker-1 died");
  }

  @Test
  void forceUnlockUnlockedEvent_raisesNotLocked() {
    assertThatThrownBy(() -> lifecycle.forceUnlock(pending, "cleanup"))
        .isInstanceOf(EventNotLockedException.class)
        .hasMessageContaining("OMNIBOX001034")
        .hasMessageContaining(TestEvents.OUTBOX_ID.toString());
  }

  @Test
  void forceUnlockWithBlankReason_isRejected() {
    OutboxEvent locked = lifecycle.lock(pending, "worker-1");

    assertThatThrownBy(() -> lifecycle.forceUnlock(locked, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> lifecycle.forceUnlock(locked, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reason");
  }

  @Test
  void isLockedBy_matchesHolderOnly() {
    OutboxEvent locked = lifecycle.lock(pending, "worker-1");

    assertThat(lifecycle.isLockedBy(locked, "worker-1")).isTrue();
    assertThat(lifecycle.isLockedBy(locked, "worker-2")).isFalse();
    assertThat(lifecycle.isLockedBy(locked, null)).isFalse();
    assertThat(lifecycle.isLockedBy(pending, "worker-1")).isFalse();
  }

  @Test
  void requireLockedBy_passesForHolder() {
    OutboxEvent locked = lifecycle.lock(pending, "worker-1");

    lifecycle.requireLockedBy(locked, "worker-1");
  }

  @Test
  void requireLockedBy_raisesForOthers() {
    OutboxEvent locked = lifecycle.lock(pending, "worker-1");

    assertThatThrownBy(() -> lifecycle.requireLockedBy(locked, "worker-2"))
        .isInstanceOf(LockedByAnotherWorkerException.class)
        .hasMessageContaining("Worker worker-2 cannot act on");
    assertThatThrownBy(() -> lifecycle.requireLockedBy(pending, "worker-1"))
        .isInstanceOf(EventNotLockedException.class);
  }

  @Test
  void isLockStale_atTtlBoundary() {
    OutboxEvent locked = lifecycle.lock(pending, "worker-1");

    clock.advance(TTL.minusNanos(1));
    assertThat(lifecycle.isLockStale(locked, TTL)).isFalse();

    clock.advance(Duration.ofNanos(1));
    assertThat(lifecycle.isLockStale(locked, TTL)).isTrue();
  }

  @Test
  void isLockStale_restartsAfterRefresh() {
    OutboxEvent locked = lifecycle.lock(pending, "worker-1");
    clock.advance(TTL.minusSeconds(1));
    OutboxEvent refreshed = lifecycle.refreshLock(locked, "worker-1");

    clock.advance(Duration.ofSeconds(2));

    assertThat(lifecycle.isLockStale(locked, TTL)).isTrue();
    assertThat(lifecycle.isLockStale(refreshed, TTL)).isFalse();
  }

  @Test
  void isLockStale_isFalseForUnlockedEvent() {
    clock.advance(Duration.ofDays(1));

    assertThat(lifecycle.isLockStale(pending, TTL)).isFalse();
  }

  @Test
  void isLockStale_rejectsNonPositiveTtl() {
    assertThatThrownBy(() -> lifecycle.isLockStale(pending, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OMNIBOX001041")
        .hasMessageContaining("ttl");
    assertThatThrownBy(() -> lifecycle.isLockStale(pending, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> lifecycle.isLockStale(pending, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("ttl");
  }
}
