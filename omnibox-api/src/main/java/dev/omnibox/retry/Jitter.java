package dev.omnibox.retry;

/**
 * Randomization that {@link Backoff} applies to a delay, so that events that failed together do not
 * retry together. In the descriptions, {@code d} is the capped exponential delay of the attempt.
 */
public enum Jitter {
  /** Exactly {@code d}. */
  NONE,
  /** Uniform between zero and {@code d}, both included. */
  FULL,
  /** Half of {@code d} plus a uniform amount between zero and the other half. */
  EQUAL,
  /**
   * Uniform between the base delay and the previous delay times the multiplier, capped. The delay
   * depends on the previous delay rather than on the attempt number.
   */
  DECORRELATED
}
