package dev.omnibox.pipeline.step;

import static dev.omnibox.testing.PipelineFixtures.outboxEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.handler.HandlerStatus;
import dev.omnibox.model.OutboxEvent;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HandlerTimeoutStepTest {

  /** Upper bound of every wait in these tests; reached only when a test fails. */
  private static final long MAX_WAIT_SECONDS = 10;

  private final ExecutorService executor = Executors.newSingleThreadExecutor();
  private final OutboxEvent event = outboxEvent(1);

  @AfterEach
  void stopExecutor() {
    executor.shutdownNow();
  }

  @Test
  void fastHandler_resultIsReturned() throws Exception {
    HandlerTimeoutStep<OutboxEvent> step =
        new HandlerTimeoutStep<>(executor, Duration.ofSeconds(10));
    AtomicReference<String> thread = new AtomicReference<>();

    EventHandlerResult result =
        step.process(
            event,
            e -> {
              thread.set(Thread.currentThread().getName());
              return EventHandlerResult.stale("old");
            });

    assertThat(result.status()).isEqualTo(HandlerStatus.STALE);
    assertThat(thread.get()).isNotEqualTo(Thread.currentThread().getName());
  }

  @Test
  void slowHandler_timesOutAsCountedRetryAndIsCancelled() throws Exception {
    HandlerTimeoutStep<OutboxEvent> step =
        new HandlerTimeoutStep<>(executor, Duration.ofMillis(50));
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);

    EventHandlerResult result =
        step.process(
            event,
            e -> {
              try {
                release.await(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
              } catch (InterruptedException cancelled) {
                interrupted.countDown();
              }
              return EventHandlerResult.completed();
            });

    assertThat(result.status()).isEqualTo(HandlerStatus.RETRY);
    assertThat(result.countsAsAttempt()).isTrue();
    assertThat(result.nextRetryAt()).isEmpty();
    assertThat(result.message()).isEqualTo("the handler timed out after PT0.05S");
    assertThat(interrupted.await(MAX_WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void handlerException_isUnwrapped() {
    HandlerTimeoutStep<OutboxEvent> step =
        new HandlerTimeoutStep<>(executor, Duration.ofSeconds(10));
    IllegalArgumentException failure = new IllegalArgumentException("bad");

    assertThatThrownBy(
            () ->
                step.process(
                    event,
                    e -> {
                      throw failure;
                    }))
        .isSameAs(failure);
  }

  @Test
  void interruptedCaller_cancelsTheTaskAndThrows() throws Exception {
    HandlerTimeoutStep<OutboxEvent> step =
        new HandlerTimeoutStep<>(executor, Duration.ofSeconds(10));
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch taskInterrupted = new CountDownLatch(1);
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread caller =
        new Thread(
            () -> {
              try {
                step.process(
                    event,
                    e -> {
                      started.countDown();
                      try {
                        new CountDownLatch(1).await(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
                      } catch (InterruptedException cancelled) {
                        taskInterrupted.countDown();
                      }
                      return EventHandlerResult.completed();
                    });
              } catch (Exception e) {
                thrown.set(e);
              }
            });

    caller.start();
    assertThat(started.await(MAX_WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
    caller.interrupt();
    caller.join(TimeUnit.SECONDS.toMillis(MAX_WAIT_SECONDS));

    assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
    assertThat(taskInterrupted.await(MAX_WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void timeout_mustBePositive() {
    assertThatThrownBy(() -> new HandlerTimeoutStep<OutboxEvent>(executor, Duration.ZERO))
        .hasMessage("timeout must be positive, but was PT0S");
  }
}
