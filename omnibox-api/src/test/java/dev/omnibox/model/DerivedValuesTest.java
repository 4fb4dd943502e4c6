package dev.omnibox.model;

import static dev.omnibox.testing.TestEvents.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.testing.TestEvents;
import org.junit.jupiter.api.Test;

class DerivedValuesTest {

  @Test
  void freshPendingEvent() {
    OutboxEvent event = TestEvents.outbox().build();

    assertThat(event.attemptsLeft()).isEqualTo(3);
    assertThat(event.canRetry()).isTrue();
    assertThat(event.failureCount()).isZero();
    assertThat(event.isLocked()).isFalse();
  }

  @Test
  void pendingEventWithOneAttemptLeft() {
    OutboxEvent event = TestEvents.outbox().attemptsMade(2).build();

    assertThat(event.attemptsLeft()).isEqualTo(1);
    assertThat(event.canRetry()).isTrue();
    assertThat(event.failureCount()).isEqualTo(2);
  }

  @Test
  void failedEvent() {
    OutboxEvent event = TestEvents.outbox().status(EventStatus.FAILED).attemptsMade(3).build();

    assertThat(event.attemptsLeft()).isZero();
    assertThat(event.canRetry()).isFalse();
    assertThat(event.failureCount()).isEqualTo(3);
  }

  @Test
  void completedEvent_excludesCompletingAttempt() {
    OutboxEvent event =
        TestEvents.outbox()
            .status(EventStatus.COMPLETED)
            .attemptsMade(2)
            .completedAt(T0.plusSeconds(1))
            .build();

    assertThat(event.attemptsLeft()).isEqualTo(1);
    assertThat(event.canRetry()).isFalse();
    assertThat(event.failureCount()).isEqualTo(1);
  }

  @Test
  void lockedEvent() {
    InboxEvent event = TestEvents.inbox().lockedBy("worker-1").lockedAt(T0).build();

    assertThat(event.isLocked()).isTrue();
  }
}
