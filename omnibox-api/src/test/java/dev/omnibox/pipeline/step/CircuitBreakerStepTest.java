package dev.omnibox.pipeline.step;

import static dev.omnibox.testing.PipelineFixtures.NOW;
import static dev.omnibox.testing.PipelineFixtures.outboxEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.handler.HandlerStatus;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.testing.MutableClock;
import dev.omnibox.testing.RecordingMetrics;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CircuitBreakerStepTest {

  private final MutableClock clock = new MutableClock(NOW);
  private final RecordingMetrics metrics = new RecordingMetrics();
  private final CircuitBreakerStep<OutboxEvent> step =
      new CircuitBreakerStep<>(
          new CircuitBreakerSettings("broker", 2, Duration.ofSeconds(30), 1), clock, metrics);
  private final OutboxEvent event = outboxEvent(1);
  private final AtomicInteger calls = new AtomicInteger();

  private EventHandlerResult call(EventHandlerResult result) throws Exception {
    return step.process(
        event,
        e -> {
          calls.incrementAndGet();
          return result;
        });
  }

  @Test
  void retryResults_openTheBreaker() throws Exception {
    call(EventHandlerResult.retry("broker busy"));
    call(EventHandlerResult.retry("broker busy"));

    assertThat(step.breaker().state()).isEqualTo(CircuitBreaker.State.OPEN);
    assertThat(metrics.calls()).containsExactly("circuit broker OPEN");
  }

  @Test
  void open_returnsUncountedRetryWithoutCallingTheChain() throws Exception {
    call(EventHandlerResult.retry("broker busy"));
    call(EventHandlerResult.retry("broker busy"));
    calls.set(0);

    EventHandlerResult result = call(EventHandlerResult.completed());

    assertThat(calls).hasValue(0);
    assertThat(result.status()).isEqualTo(HandlerStatus.RETRY);
    assertThat(result.countsAsAttempt()).isFalse();
    assertThat(result.nextRetryAt()).contains(NOW.plusSeconds(30));
  }

  @Test
  void exceptions_countAsFailuresAndPropagate() {
    IllegalStateException failure = new IllegalStateException("connection refused");
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(
              () ->
                  step.process(
                      event,
                      e -> {
                        throw failure;
                      }))
          .isSameAs(failure);
    }

    assertThat(step.breaker().state()).isEqualTo(CircuitBreaker.State.OPEN);
  }

  @Test
  void failedResults_countAsSuccess() throws Exception {
    call(EventHandlerResult.retry("broker busy"));
    call(EventHandlerResult.failed("bad event"));
    call(EventHandlerResult.retry("broker busy"));

    assertThat(step.breaker().state()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void recovery_reportsEveryStateToMetrics() throws Exception {
    call(EventHandlerResult.retry("broker busy"));
    call(EventHandlerResult.retry("broker busy"));
    clock.advance(Duration.ofSeconds(30));

    call(EventHandlerResult.completed());

    assertThat(step.breaker().state()).isEqualTo(CircuitBreaker.State.CLOSED);
    assertThat(metrics.calls())
        .containsExactly(
            "circuit broker OPEN", "circuit broker HALF_OPEN", "circuit broker CLOSED");
  }
}
