package dev.omnibox.it.support;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits, within a bound, for an asynchronous effect on the server, such as a batch job reaching a
 * status or a row appearing.
 */
public final class Poll {

  private static final Duration INTERVAL = Duration.ofMillis(100);

  private Poll() {}

  /**
   * Calls {@code probe} every 100 ms until it returns a value that {@code done} accepts, and
   * returns that value.
   *
   * @throws AssertionError naming {@code description} and the last value when {@code timeout}
   *     passes first
   */
  public static <T> T until(
      String description, Duration timeout, Supplier<T> probe, Predicate<T> done) {
    Objects.requireNonNull(description, "description must not be null");
    Objects.requireNonNull(probe, "probe must not be null");
    Objects.requireNonNull(done, "done must not be null");
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    T value = probe.get();
    while (!done.test(value)) {
      if (System.nanoTime() - deadline >= 0) {
        throw new AssertionError(
            "timed out after "
                + timeout
                + " waiting for "
                + description
                + "; last value: "
                + value);
      }
      pause();
      value = probe.get();
    }
    return value;
  }

  private static void pause() {
    try {
      Thread.sleep(INTERVAL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while polling", e);
    }
  }
}
