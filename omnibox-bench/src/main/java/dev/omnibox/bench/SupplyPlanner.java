package dev.omnibox.bench;

import java.time.Duration;

/**
 * Sizes the due rows loaded before each round: enough for the fastest rate seen so far over the
 * warmup and the measurement, with half again as margin. A round whose rows ran out is run again
 * with twice as many.
 */
final class SupplyPlanner {

  private static final double MARGIN = 1.5;

  private final double roundSeconds;
  private final long minimum;
  private double fastestRate;
  private long next;

  SupplyPlanner(long initialRows, long minimumRows, Duration warmup, Duration measurement) {
    this.roundSeconds = (warmup.toMillis() + measurement.toMillis()) / 1000.0;
    this.minimum = minimumRows;
    this.next = Math.max(initialRows, minimumRows);
  }

  /** Returns the rows to load before the next round. */
  long nextSupply() {
    return next;
  }

  /** Records the rate of a round whose rows did not run out. */
  void measured(double rowsPerSecond) {
    fastestRate = Math.max(fastestRate, rowsPerSecond);
    next = Math.max(minimum, (long) Math.ceil(fastestRate * roundSeconds * MARGIN));
  }

  /** Records that a round ran out of its {@code rows} due rows. */
  void ranOut(long rows) {
    next = Math.max(next, rows * 2);
  }
}
