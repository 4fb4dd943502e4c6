package dev.omnibox.pipeline.step;

import static dev.omnibox.testing.PipelineFixtures.NOW;
import static dev.omnibox.testing.PipelineFixtures.outboxEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.model.OutboxEvent;
import dev.omnibox.pipeline.step.CircuitBreaker.State;
import dev.omnibox.testing.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

  private final MutableClock clock = new MutableClock(NOW);
  private final List<String> transitions = new ArrayList<>();
  private final OutboxEvent event = outboxEvent(1);
  private final CircuitBreaker breaker =
      new CircuitBreaker(
          new CircuitBreakerSettings("broker", 3, Duration.ofSeconds(30), 2),
          clock,
          (b, from, to, trigger) -> transitions.add(from + "->" + to));

  private void fail(int times) {
    for (int i = 0; i < times; i++) {
      assertThat(breaker.tryAcquire(event).permitted()).isTrue();
      breaker.recordFailure(event);
    }
  }

  @Test
  void closed_opensAfterThresholdOfConsecutiveFailures() {
    fail(2);
    assertThat(breaker.state()).isEqualTo(State.CLOSED);

    fail(1);

    assertThat(breaker.state()).isEqualTo(State.OPEN);
    assertThat(transitions).containsExactly("CLOSED->OPEN");
  }

  @Test
  void success_resetsTheFailureCount() {
    fail(2);
    breaker.recordSuccess(event);
    fail(2);

    assertThat(breaker.state()).isEqualTo(State.CLOSED);
  }

  @Test
  void open_rejectsUntilRecoveryTimeout() {
    fail(3);
    clock.advance(Duration.ofSeconds(29));

    CircuitBreaker.Admission admission = breaker.tryAcquire(event);

    assertThat(admission.permitted()).isFalse();
    assertThat(admission.retryAt()).isEqualTo(NOW.plusSeconds(30));
    assertThat(breaker.halfOpenAt()).isEqualTo(NOW.plusSeconds(30));
  }

  @Test
  void open_turnsHalfOpenAfterRecoveryTimeout() {
    fail(3);
    clock.advance(Duration.ofSeconds(30));

    assertThat(breaker.tryAcquire(event).permitted()).isTrue();

    assertThat(breaker.state()).isEqualTo(State.HALF_OPEN);
    assertThat(transitions).containsExactly("CLOSED->OPEN", "OPEN->HALF_OPEN");
  }

  @Test
  void halfOpen_permitsOnlyTheTrialCalls() {
    fail(3);
    clock.advance(Duration.ofSeconds(30));
    breaker.tryAcquire(event);
    breaker.tryAcquire(event);

    CircuitBreaker.Admission third = breaker.tryAcquire(event);

    assertThat(third.permitted()).isFalse();
    assertThat(third.retryAt()).isEqualTo(clock.instant().plusSeconds(30));
  }

  @Test
  void halfOpen_closesWhenEveryTrialSucceeds() {
    fail(3);
    clock.advance(Duration.ofSeconds(30));
    breaker.tryAcquire(event);
    breaker.recordSuccess(event);
    assertThat(breaker.state()).isEqualTo(State.HALF_OPEN);
    breaker.tryAcquire(event);

    breaker.recordSuccess(event);

    assertThat(breaker.state()).isEqualTo(State.CLOSED);
    assertThat(transitions).containsExactly("CLOSED->OPEN", "OPEN->HALF_OPEN", "HALF_OPEN->CLOSED");
  }

  @Test
  void halfOpen_reopensOnAFailedTrial() {
    fail(3);
    clock.advance(Duration.ofSeconds(30));
    breaker.tryAcquire(event);

    breaker.recordFailure(event);

    assertThat(breaker.state()).isEqualTo(State.OPEN);
    assertThat(breaker.halfOpenAt()).isEqualTo(NOW.plusSeconds(60));
    assertThat(transitions).containsExactly("CLOSED->OPEN", "OPEN->HALF_OPEN", "HALF_OPEN->OPEN");
  }

  @Test
  void open_ignoresLateResults() {
    fail(3);

    breaker.recordFailure(event);
    breaker.recordSuccess(event);

    assertThat(breaker.state()).isEqualTo(State.OPEN);
    assertThat(breaker.halfOpenAt()).isEqualTo(NOW.plusSeconds(30));
  }

  @Test
  void settings_rejectInvalidValues() {
    Duration recovery = Duration.ofSeconds(1);
    assertThatThrownBy(() -> new CircuitBreakerSettings(" ", 1, recovery, 1))
        .hasMessageContaining("name must not be blank");
    assertThatThrownBy(() -> new CircuitBreakerSettings("b", 0, recovery, 1))
        .hasMessage("failureThreshold must be at least 1, but was 0");
    assertThatThrownBy(() -> new CircuitBreakerSettings("b", 1, Duration.ZERO, 1))
        .hasMessage("recoveryTimeout must be positive, but was PT0S");
    assertThatThrownBy(() -> new CircuitBreakerSettings("b", 1, recovery, 0))
        .hasMessage("halfOpenTrials must be at least 1, but was 0");
  }
}
