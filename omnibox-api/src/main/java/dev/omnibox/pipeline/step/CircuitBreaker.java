package dev.omnibox.pipeline.step;

import dev.omnibox.model.StoredEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * A circuit breaker over consecutive failures, driven by an injected clock.
 *
 * <p>CLOSED lets every call through and opens after {@code failureThreshold} consecutive failures.
 * OPEN rejects calls until {@code recoveryTimeout} has passed, then turns HALF_OPEN. HALF_OPEN lets
 * {@code halfOpenTrials} calls through and rejects the rest: one failed trial opens it again, and
 * when every trial succeeded it closes. Thread-safe; the listener is called while the breaker's
 * lock is held, so it must be quick.
 *
 * @since 0.1
 */
public final class CircuitBreaker {

  /** The breaker's states. */
  public enum State {
    CLOSED,
    OPEN,
    HALF_OPEN
  }

  /** Receives state changes, with the event whose call caused them. */
  @FunctionalInterface
  public interface Listener {
    void stateChanged(CircuitBreaker breaker, State from, State to, StoredEvent trigger);
  }

  /**
   * Whether a call may go ahead.
   *
   * @param permitted whether to call the handler
   * @param retryAt when a rejected call should be tried again; null when permitted
   */
  public record Admission(boolean permitted, Instant retryAt) {}

  private final CircuitBreakerSettings settings;
  private final Clock clock;
  private final Listener listener;
  private State state = State.CLOSED;
  private int consecutiveFailures;
  private Instant openedAt;
  private int trialsStarted;
  private int trialsSucceeded;

  public CircuitBreaker(CircuitBreakerSettings settings, Clock clock, Listener listener) {
    this.settings = Objects.requireNonNull(settings, "settings must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    this.listener = Objects.requireNonNull(listener, "listener must not be null");
  }

  /** Decides whether the call for {@code event} may go ahead; it may turn OPEN into HALF_OPEN. */
  public synchronized Admission tryAcquire(StoredEvent event) {
    Instant now = clock.instant();
    if (state == State.OPEN) {
      if (now.isBefore(halfOpenAt())) {
        return new Admission(false, halfOpenAt());
      }
      trialsStarted = 0;
      trialsSucceeded = 0;
      changeTo(State.HALF_OPEN, event);
    }
    if (state == State.HALF_OPEN) {
      if (trialsStarted >= settings.halfOpenTrials()) {
        // The trials are still running; their outcome decides the next state.
        return new Admission(false, now.plus(settings.recoveryTimeout()));
      }
      trialsStarted++;
    }
    return new Admission(true, null);
  }

  /** Records a call that succeeded. */
  public synchronized void recordSuccess(StoredEvent event) {
    if (state == State.CLOSED) {
      consecutiveFailures = 0;
    } else if (state == State.HALF_OPEN) {
      trialsSucceeded++;
      if (trialsSucceeded >= settings.halfOpenTrials()) {
        consecutiveFailures = 0;
        changeTo(State.CLOSED, event);
      }
    }
  }

  /** Records a call that failed. A call that started before the breaker opened changes nothing. */
  public synchronized void recordFailure(StoredEvent event) {
    if (state == State.HALF_OPEN) {
      open(event);
    } else if (state == State.CLOSED) {
      consecutiveFailures++;
      if (consecutiveFailures >= settings.failureThreshold()) {
        open(event);
      }
    }
  }

  public synchronized State state() {
    return state;
  }

  /** Returns when an open breaker turns half-open, or null when it has never opened. */
  public synchronized Instant halfOpenAt() {
    return openedAt == null ? null : openedAt.plus(settings.recoveryTimeout());
  }

  public CircuitBreakerSettings settings() {
    return settings;
  }

  private void open(StoredEvent event) {
    openedAt = clock.instant();
    changeTo(State.OPEN, event);
  }

  private void changeTo(State next, StoredEvent event) {
    State previous = state;
    state = next;
    listener.stateChanged(this, previous, next, event);
  }
}
