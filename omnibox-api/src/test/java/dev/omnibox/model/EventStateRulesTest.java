package dev.omnibox.model;

import static dev.omnibox.model.EventStatus.COMPLETED;
import static dev.omnibox.model.EventStatus.FAILED;
import static dev.omnibox.model.EventStatus.PENDING;
import static dev.omnibox.testing.TestEvents.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.testing.TestEvents;
import org.junit.jupiter.api.Test;

class EventStateRulesTest {

  private static OutboxEvent.Builder completed() {
    return TestEvents.outbox().status(COMPLETED).attemptsMade(1).completedAt(T0.plusSeconds(1));
  }

  @Test
  void maxAttemptsZero_isRejected() {
    assertThatThrownBy(() -> TestEvents.outbox().maxAttempts(0).build())
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("OMNIBOX001007")
        .hasMessageContaining("maxAttempts is 0");
  }

  @Test
  void maxAttemptsOne_isAccepted() {
    assertThat(TestEvents.outbox().maxAttempts(1).build().maxAttempts()).isEqualTo(1);
  }

  @Test
  void negativeAttemptsMade_isRejected() {
    assertThatThrownBy(() -> TestEvents.outbox().attemptsMade(-1).build())
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("OMNIBOX001008")
        .hasMessageContaining("attemptsMade is -1");
  }

  @Test
  void attemptsMadeAboveMax_isRejected() {
    assertThatThrownBy(() -> TestEvents.outbox().status(FAILED).attemptsMade(4).build())
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("OMNIBOX001009")
        .hasMessageContaining("attemptsMade 4 is above maxAttempts 3");
  }

  @Test
  void failedAtMaxAttempts_isAccepted() {
    OutboxEvent event = TestEvents.outbox().status(FAILED).attemptsMade(3).build();

    assertThat(event.attemptsMade()).isEqualTo(3);
  }

  @Test
  void completedWithoutCompletedAt_isRejected() {
    assertThatThrownBy(() -> completed().completedAt(null).build())
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("OMNIBOX001010")
        .hasMessageContaining("completedAt is missing");
  }

  @Test
  void completedAtOnPendingEvent_isRejected() {
    assertThatThrownBy(() -> TestEvents.outbox().completedAt(T0).build())
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("OMNIBOX001011")
        .hasMessageContaining("completedAt is " + T0 + " but status is PENDING");
  }

  @Test
  void completedAtOnFailedEvent_isRejected() {
    assertThatThrownBy(
            () -> TestEvents.outbox().status(FAILED).attemptsMade(3).completedAt(T0).build())
        .hasMessageContaining("OMNIBOX001011")
        .hasMessageContaining("status is FAILED");
  }

  @Test
  void completedWithCompletedAt_isAccepted() {
    OutboxEvent event = completed().build();

    assertThat(event.status()).isEqualTo(COMPLETED);
    assertThat(event.completedAt()).isEqualTo(T0.plusSeconds(1));
  }

  @Test
  void completedWithoutAttempt_isRejected() {
    assertThatThrownBy(() -> completed().attemptsMade(0).build())
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("OMNIBOX001012")
        .hasMessageContaining("attemptsMade 0");
  }

  @Test
  void failedWithAttemptsLeft_isRejected() {
    assertThatThrownBy(() -> TestEvents.outbox().status(FAILED).attemptsMade(2).build())
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("OMNIBOX001013")
        .hasMessageContaining("attemptsMade 2 of maxAttempts 3");
  }

  @Test
  void pendingWithoutAttemptsLeft_isRejected() {
    assertThatThrownBy(() -> TestEvents.outbox().status(PENDING).attemptsMade(3).build())
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("OMNIBOX001014")
        .hasMessageContaining("attemptsMade 3 of maxAttempts 3");
  }

  @Test
  void pendingWithOneAttemptLeft_isAccepted() {
    assertThat(TestEvents.outbox().attemptsMade(2).build().attemptsLeft()).isEqualTo(1);
  }

  @Test
  void lockedByWithoutLockedAt_isRejected() {
    assertThatThrownBy(() -> TestEvents.outbox().lockedBy("worker-1").build())
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("OMNIBOX001015")
        .hasMessageContaining("lockedBy is worker-1 but lockedAt is null");
  }

  @Test
  void lockedAtWithoutLockedBy_isRejected() {
    assertThatThrownBy(() -> TestEvents.outbox().lockedAt(T0).build())
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("OMNIBOX001015")
        .hasMessageContaining("lockedBy is null but lockedAt is " + T0);
  }

  @Test
  void lockedPendingEvent_isAccepted() {
    OutboxEvent event = TestEvents.outbox().lockedBy("worker-1").lockedAt(T0).build();

    assertThat(event.isLocked()).isTrue();
  }

  @Test
  void lockedCompletedEvent_isRejected() {
    assertThatThrownBy(() -> completed().lockedBy("worker-1").lockedAt(T0).build())
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("OMNIBOX001016")
        .hasMessageContaining("status is COMPLETED but the event is locked by worker-1");
  }

  @Test
  void lockedFailedEvent_isRejected() {
    assertThatThrownBy(
            () ->
                TestEvents.outbox()
                    .status(FAILED)
                    .attemptsMade(3)
                    .lockedBy("worker-1")
                    .lockedAt(T0)
                    .build())
        .hasMessageContaining("OMNIBOX001016")
        .hasMessageContaining("status is FAILED");
  }

  @Test
  void inboxEvent_followsSameRules() {
    assertThatThrownBy(() -> TestEvents.inbox().status(FAILED).attemptsMade(1).build())
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("Invalid inbox event " + TestEvents.INBOX_ID);
  }
}
