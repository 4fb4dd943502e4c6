package dev.omnibox.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.testing.MutableClock;
import dev.omnibox.testing.TestEvents;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventLifecycleOutcomeTest {

  private final MutableClock clock = new MutableClock(TestEvents.T0.plusSeconds(10));
  private final EventLifecycle lifecycle =
      new EventLifecycle(clock, EventValidationPolicy.defaults().withMaxLastErrorBytes(50));

  private final OutboxEvent pending = TestEvents.outbox().build();

  private OutboxEvent failedOnce() {
    return lifecycle.markFailed(pending, "timeout", true, null);
  }

  @Test
  void markCompleted_countsAttemptAndReleasesLock() {
    OutboxEvent locked = lifecycle.lock(pending, "worker-1");
    Instant now = clock.advance(Duration.ofSeconds(1));

    OutboxEvent completed = lifecycle.markCompleted(locked);

    assertThat(completed.status()).isEqualTo(EventStatus.COMPLETED);
    assertThat(completed.completedAt()).isEqualTo(now);
    assertThat(completed.updatedAt()).isEqualTo(now);
    assertThat(completed.attemptsMade()).isEqualTo(1);
    assertThat(completed.failureCount()).isZero();
    assertThat(completed.isLocked()).isFalse();
  }

  @Test
  void markCompleted_onLastAttempt() {
    OutboxEvent lastChance = TestEvents.outbox().attemptsMade(2).build();

    OutboxEvent completed = lifecycle.markCompleted(lastChance);

    assertThat(completed.attemptsMade()).isEqualTo(3);
    assertThat(completed.failureCount()).isEqualTo(2);
  }

  @Test
  void markCompletedInbox_setsProcessedAt() {
    InboxEvent completed = lifecycle.markCompleted(TestEvents.inbox().build());

    assertThat(completed.processedAt()).isEqualTo(clock.instant());
  }

  @Test
  void markCompletedTwice_raisesInvalidTransition() {
    OutboxEvent completed = lifecycle.markCompleted(pending);

    assertThatThrownBy(() -> lifecycle.markCompleted(completed))
        .isInstanceOf(InvalidStateTransitionException.class)
        .hasMessageContaining("OMNIBOX001030")
        .hasMessageContaining("Cannot complete outbox event " + TestEvents.OUTBOX_ID)
        .hasMessageContaining("status COMPLETED, 1 of 3 attempts made, not locked");
  }

  @Test
  void markCompletedFailedEvent_raisesInvalidTransition() {
    OutboxEvent failed = lifecycle.markFailedPermanently(pending, "bad payload");

    assertThatThrownBy(() -> lifecycle.markCompleted(failed))
        .isInstanceOf(InvalidStateTransitionException.class)
        .hasMessageContaining("status FAILED");
  }

  @Test
  void countedFailure_usesAttemptAndRetriesNow() {
    OutboxEvent locked = lifecycle.lock(pending, "worker-1");

    OutboxEvent failed = lifecycle.markFailed(locked, "timeout", true, null);

    assertThat(failed.status()).isEqualTo(EventStatus.PENDING);
    assertThat(failed.attemptsMade()).isEqualTo(1);
    assertThat(failed.failureCount()).isEqualTo(1);
    assertThat(failed.lastError()).isEqualTo("timeout");
    assertThat(failed.scheduledAt()).isEqualTo(clock.instant());
    assertThat(failed.isLocked()).isFalse();
    assertThat(failed.canRetry()).isTrue();
  }

  @Test
  void countedFailure_schedulesGivenRetryTime() {
    Instant retryAt = clock.instant().plus(Duration.ofMinutes(2));

    OutboxEvent failed = lifecycle.markFailed(pending, "timeout", true, retryAt);

    assertThat(failed.scheduledAt()).isEqualTo(retryAt);
    assertThat(failed.attemptsMade()).isEqualTo(1);
  }

  @Test
  void lastCountedFailure_movesToFailed() {
    OutboxEvent lastChance = TestEvents.outbox().attemptsMade(2).build();
    Instant retryAt = clock.instant().plus(Duration.ofMinutes(2));

    OutboxEvent failed = lifecycle.markFailed(lastChance, "timeout", true, retryAt);

    assertThat(failed.status()).isEqualTo(EventStatus.FAILED);
    assertThat(failed.attemptsMade()).isEqualTo(3);
    assertThat(failed.attemptsLeft()).isZero();
    assertThat(failed.canRetry()).isFalse();
    assertThat(failed.scheduledAt()).isEqualTo(lastChance.scheduledAt());
    assertThat(failed.lastError()).isEqualTo("timeout");
  }

  @Test
  void uncountedFailure_keepsAttemptsAndSchedulesRetry() {
    OutboxEvent once = failedOnce();
    Instant retryAt = clock.instant().plus(Duration.ofSeconds(30));

    OutboxEvent failed = lifecycle.markFailed(once, "broker down", false, retryAt);

    assertThat(failed.status()).isEqualTo(EventStatus.PENDING);
    assertThat(failed.attemptsMade()).isEqualTo(1);
    assertThat(failed.scheduledAt()).isEqualTo(retryAt);
    assertThat(failed.lastError()).isEqualTo("broker down");
  }

  @Test
  void uncountedFailureOnLastAttempt_staysPending() {
    OutboxEvent lastChance = TestEvents.outbox().attemptsMade(2).build();
    Instant retryAt = clock.instant().plus(Duration.ofSeconds(30));

    OutboxEvent failed = lifecycle.markFailed(lastChance, "broker down", false, retryAt);

    assertThat(failed.status()).isEqualTo(EventStatus.PENDING);
    assertThat(failed.attemptsLeft()).isEqualTo(1);
  }

  @Test
  void uncountedFailureWithoutRetryTime_isRejected() {
    assertThatThrownBy(() -> lifecycle.markFailed(pending, "broker down", false, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OMNIBOX001044")
        .hasMessageContaining(TestEvents.OUTBOX_ID.toString())
        .hasMessageContaining("nextRetryAt");
  }

  @Test
  void failureWithBlankError_isRejected() {
    assertThatThrownBy(() -> lifecycle.markFailed(pending, " ", true, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("error");
    assertThatThrownBy(() -> lifecycle.markFailed(pending, null, true, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("error");
  }

  @Test
  void longError_isTruncatedToPolicyLimit() {
    OutboxEvent failed = lifecycle.markFailed(pending, "e".repeat(500), true, null);

    assertThat(failed.lastError()).isEqualTo("e".repeat(35) + ErrorText.SUFFIX);
  }

  @Test
  void markFailedOnCompletedEvent_raisesInvalidTransition() {
    OutboxEvent completed = lifecycle.markCompleted(pending);

    assertThatThrownBy(() -> lifecycle.markFailed(completed, "late", true, null))
        .isInstanceOf(InvalidStateTransitionException.class)
        .hasMessageContaining("Cannot mark failed")
        .hasMessageContaining("status COMPLETED");
  }

  @Test
  void markFailedOnFailedEvent_raisesInvalidTransition() {
    OutboxEvent failed = lifecycle.markFailedPermanently(pending, "bad payload");

    assertThatThrownBy(() -> lifecycle.markFailed(failed, "again", false, clock.instant()))
        .isInstanceOf(InvalidStateTransitionException.class)
        .hasMessageContaining("status FAILED");
  }

  @Test
  void markFailedPermanently_usesRemainingAttempts() {
    OutboxEvent locked = lifecycle.lock(failedOnce(), "worker-1");

    OutboxEvent failed = lifecycle.markFailedPermanently(locked, "undecodable payload");

    assertThat(failed.status()).isEqualTo(EventStatus.FAILED);
    assertThat(failed.attemptsMade()).isEqualTo(3);
    assertThat(failed.lastError()).isEqualTo("undecodable payload");
    assertThat(failed.isLocked()).isFalse();
    assertThat(failed.updatedAt()).isEqualTo(clock.instant());
  }

  @Test
  void markFailedPermanently_rejectsBadInput() {
    OutboxEvent completed = lifecycle.markCompleted(pending);

    assertThatThrownBy(() -> lifecycle.markFailedPermanently(pending, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> lifecycle.markFailedPermanently(completed, "bad"))
        .isInstanceOf(InvalidStateTransitionException.class);
  }

  @Test
  void retryTooFarAhead_isRejectedByPolicy() {
    Instant farAway = TestEvents.T0.plus(Duration.ofDays(91));

    assertThatThrownBy(() -> lifecycle.markFailed(pending, "timeout", true, farAway))
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("maxScheduleAhead");
  }

  @Test
  void fullLifecycle_lockFailRetryComplete() {
    OutboxEvent locked = lifecycle.lock(pending, "worker-1");
    Instant retryAt = clock.instant().plus(Duration.ofSeconds(5));
    OutboxEvent retrying = lifecycle.markFailed(locked, "timeout", true, retryAt);

    clock.set(retryAt);
    OutboxEvent relocked = lifecycle.lock(retrying, "worker-2");
    OutboxEvent completed = lifecycle.markCompleted(relocked);

    assertThat(completed.status()).isEqualTo(EventStatus.COMPLETED);
    assertThat(completed.attemptsMade()).isEqualTo(2);
    assertThat(completed.failureCount()).isEqualTo(1);
    assertThat(completed.lastError()).isEqualTo("timeout");
    assertThat(completed.completedAt()).isEqualTo(retryAt);
  }
}
