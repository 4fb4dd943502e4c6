package dev.omnibox.model;

import static dev.omnibox.testing.TestEvents.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.testing.TestEvents;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventTimeRulesTest {

  private static final Duration SKEW = Duration.ofSeconds(10);
  private static final Duration BEFORE = Duration.ofMinutes(2);
  private static final Duration AHEAD = Duration.ofDays(1);
  private static final Duration NANO = Duration.ofNanos(1);

  private final EventValidationPolicy policy = new EventValidationPolicy(SKEW, BEFORE, AHEAD, 4000);

  private static OutboxEvent.Builder completedAt(Instant completedAt) {
    return TestEvents.outbox()
        .status(EventStatus.COMPLETED)
        .attemptsMade(1)
        .completedAt(completedAt);
  }

  @Test
  void updatedAtAtSkewEdge_isAccepted() {
    Instant edge = T0.minus(SKEW);

    assertThat(TestEvents.outbox().updatedAt(edge).build(policy).updatedAt()).isEqualTo(edge);
  }

  @Test
  void updatedAtBeyondSkew_isRejected() {
    Instant early = T0.minus(SKEW).minus(NANO);

    assertThatThrownBy(() -> TestEvents.outbox().updatedAt(early).build(policy))
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("OMNIBOX001017")
        .hasMessageContaining("updatedAt " + early + " is before createdAt " + T0)
        .hasMessageContaining("by more than PT10S")
        .hasMessageContaining("EventValidationPolicy.clockSkew");
  }

  @Test
  void lockedAtBeyondSkew_isRejected() {
    Instant early = T0.minus(SKEW).minus(NANO);

    assertThatThrownBy(() -> TestEvents.outbox().lockedBy("w").lockedAt(early).build(policy))
        .hasMessageContaining("lockedAt " + early + " is before createdAt");
    assertThat(TestEvents.outbox().lockedBy("w").lockedAt(T0.minus(SKEW)).build(policy))
        .isNotNull();
  }

  @Test
  void completedAtBeforeCreatedAt_isRejected() {
    Instant early = T0.minus(SKEW).minus(NANO);

    assertThatThrownBy(() -> completedAt(early).build(policy))
        .hasMessageContaining("completedAt " + early + " is before createdAt");
    assertThat(completedAt(T0.minus(SKEW)).build(policy).completedAt()).isEqualTo(T0.minus(SKEW));
  }

  @Test
  void completedAtBeforeScheduledAt_isRejected() {
    Instant scheduled = T0.plusSeconds(60);
    Instant early = scheduled.minus(SKEW).minus(NANO);

    assertThatThrownBy(() -> completedAt(early).scheduledAt(scheduled).build(policy))
        .hasMessageContaining("OMNIBOX001017")
        .hasMessageContaining("completedAt " + early + " is before scheduledAt " + scheduled);
    assertThat(completedAt(scheduled.minus(SKEW)).scheduledAt(scheduled).build(policy)).isNotNull();
  }

  @Test
  void zeroSkew_rejectsAnyEarlierTime() {
    EventValidationPolicy exact = policy.withClockSkew(Duration.ZERO);

    assertThatThrownBy(() -> TestEvents.outbox().updatedAt(T0.minus(NANO)).build(exact))
        .isInstanceOf(InvalidEventException.class);
    assertThat(TestEvents.outbox().updatedAt(T0).build(exact)).isNotNull();
  }

  @Test
  void scheduledAtAtMaxBeforeCreation_isAccepted() {
    Instant edge = T0.minus(BEFORE);

    assertThat(TestEvents.outbox().scheduledAt(edge).build(policy).scheduledAt()).isEqualTo(edge);
  }

  @Test
  void scheduledAtFarBeforeCreation_isRejected() {
    Instant early = T0.minus(BEFORE).minus(NANO);

    assertThatThrownBy(() -> TestEvents.outbox().scheduledAt(early).build(policy))
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("OMNIBOX001017")
        .hasMessageContaining("scheduledAt " + early + " is before createdAt " + T0)
        .hasMessageContaining("by more than PT2M")
        .hasMessageContaining("EventValidationPolicy.maxScheduleBeforeCreation");
  }

  @Test
  void scheduledAtAtMaxAhead_isAccepted() {
    Instant edge = T0.plus(AHEAD);

    assertThat(TestEvents.outbox().scheduledAt(edge).build(policy).scheduledAt()).isEqualTo(edge);
  }

  @Test
  void scheduledAtTooFarAhead_isRejected() {
    Instant late = T0.plus(AHEAD).plus(NANO);

    assertThatThrownBy(() -> TestEvents.outbox().scheduledAt(late).build(policy))
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("OMNIBOX001018")
        .hasMessageContaining("scheduledAt " + late + " is more than PT24H after createdAt " + T0)
        .hasMessageContaining("EventValidationPolicy.maxScheduleAhead");
  }

  @Test
  void defaultPolicy_allowsNinetyDaysAhead() {
    Instant edge = T0.plus(Duration.ofDays(90));

    assertThat(TestEvents.outbox().scheduledAt(edge).build().scheduledAt()).isEqualTo(edge);
    assertThatThrownBy(() -> TestEvents.outbox().scheduledAt(edge.plus(NANO)).build())
        .isInstanceOf(InvalidEventException.class);
  }
}
