package dev.omnibox.pipeline.step;

import static dev.omnibox.pipeline.EventAttributes.attemptNumber;
import static dev.omnibox.pipeline.step.StepLogger.LOG;

import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.model.StoredEvent;
import dev.omnibox.pipeline.ProcessingStep;
import dev.omnibox.pipeline.StepChain;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the rest of the chain on an executor and waits for it at most a timeout. A timeout is a
 * retry that counts as an attempt, and the task is cancelled with an interrupt. A handler that
 * ignores interrupts keeps running on the executor until it returns.
 *
 * <p>In a container, the executor must be a managed one ({@code ManagedExecutorService}), so the
 * task gets the application's context. A JTA transaction does not follow the call to the other
 * thread, so the handler runs outside the caller's transaction. Inbox handlers whose effects must
 * commit with the inbox row therefore must not use this step. The transaction timeout bounds them
 * instead.
 *
 * @param <E> the event type
 * @since 0.1
 */
public final class HandlerTimeoutStep<E extends StoredEvent> implements ProcessingStep<E> {

  private final ExecutorService executor;
  private final Duration timeout;

  public HandlerTimeoutStep(ExecutorService executor, Duration timeout) {
    this.executor = Objects.requireNonNull(executor, "executor must not be null");
    Objects.requireNonNull(timeout, "timeout must not be null");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, but was " + timeout);
    }
    this.timeout = timeout;
  }

  @Override
  public EventHandlerResult process(E event, StepChain<E> next) throws Exception {
    Future<EventHandlerResult> task = executor.submit(() -> next.proceed(event));
    try {
      return task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      LOG.handlerTimedOut(event.id(), event.eventType(), timeout, attemptNumber(event));
      return EventHandlerResult.retry("the handler timed out after " + timeout, true, null);
    } catch (InterruptedException e) {
      // The batch processor restores the interrupt flag and stops taking events; an interruption
      // never counts as an attempt.
      task.cancel(true);
      LOG.interruptedWaiting(event.id(), event.eventType(), attemptNumber(event));
      throw e;
    } catch (ExecutionException e) {
      throw unwrap(e);
    }
  }

  private static Exception unwrap(ExecutionException wrapper) {
    Throwable cause = wrapper.getCause();
    if (cause instanceof Error error) {
      throw error;
    }
    return cause instanceof Exception exception ? exception : wrapper;
  }

  public Duration timeout() {
    return timeout;
  }
}
