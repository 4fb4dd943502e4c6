package dev.omnibox.pipeline.step;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a {@link CircuitBreaker}.
 *
 * @param name the name in logs and metrics, for example the topic or the broker
 * @param failureThreshold consecutive failures that open the breaker, at least 1
 * @param recoveryTimeout how long the breaker stays open before it lets trial calls through
 * @param halfOpenTrials trial calls let through while half-open; all must succeed to close it
 * @since 0.1
 */
public record CircuitBreakerSettings(
    String name, int failureThreshold, Duration recoveryTimeout, int halfOpenTrials) {

  public CircuitBreakerSettings {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank, but was '" + name + "'");
    }
    if (failureThreshold < 1) {
      throw new IllegalArgumentException(
          "failureThreshold must be at least 1, but was " + failureThreshold);
    }
    Objects.requireNonNull(recoveryTimeout, "recoveryTimeout must not be null");
    if (recoveryTimeout.isNegative() || recoveryTimeout.isZero()) {
      throw new IllegalArgumentException(
          "recoveryTimeout must be positive, but was " + recoveryTimeout);
    }
    if (halfOpenTrials < 1) {
      throw new IllegalArgumentException(
          "halfOpenTrials must be at least 1, but was " + halfOpenTrials);
    }
  }

  /** Five consecutive failures open it for 30 seconds; one successful trial closes it. */
  public static CircuitBreakerSettings defaults(String name) {
    return new CircuitBreakerSettings(name, 5, Duration.ofSeconds(30), 1);
  }
}
