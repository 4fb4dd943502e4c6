package dev.omnibox.retry;

import static dev.omnibox.retry.RetryLogger.LOG;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with a cap and optional jitter.
 *
 * <p>Attempts count from 1, the attempt that just failed. The exponential delay of attempt {@code
 * n} is {@code base × multiplier^(n-1)}, capped at {@code cap}; once it passes the cap, or the
 * double arithmetic overflows, it stays at the cap, so any attempt number is safe. {@link Jitter}
 * then picks the returned delay, which never exceeds the cap.
 *
 * <p>The random generator is called from every thread that uses this backoff. The default draws
 * from {@link ThreadLocalRandom} of the calling thread; an injected generator must be safe for the
 * threads that share the backoff, or belong to one thread.
 */
public final class Backoff {

  private static final Duration MAX_CAP = Duration.ofNanos(Long.MAX_VALUE);

  private static final RandomGenerator THREAD_LOCAL_RANDOM =
      new RandomGenerator() {
        @Override
        public long nextLong() {
          return ThreadLocalRandom.current().nextLong();
        }

        @Override
        public long nextLong(long bound) {
          return ThreadLocalRandom.current().nextLong(bound);
        }
      };

  private final Duration base;
  private final double multiplier;
  private final Duration cap;
  private final Jitter jitter;
  private final RandomGenerator random;
  private final long baseNanos;
  private final long capNanos;

  private Backoff(Builder builder) {
    this.base = requireArgument(builder.base, "base");
    this.cap = requireArgument(builder.cap, "cap");
    this.jitter = requireArgument(builder.jitter, "jitter");
    this.random = requireArgument(builder.random, "random");
    this.multiplier = builder.multiplier;
    if (base.isNegative() || base.isZero()) {
      throw LOG.baseNotPositive(base);
    }
    if (cap.compareTo(MAX_CAP) > 0) {
      throw LOG.capTooLarge(cap, MAX_CAP);
    }
    if (cap.compareTo(base) < 0) {
      throw LOG.capBelowBase(cap, base);
    }
    if (!Double.isFinite(multiplier) || multiplier < 1.0) {
      throw LOG.invalidMultiplier(multiplier);
    }
    this.baseNanos = base.toNanos();
    this.capNanos = cap.toNanos();
  }

  /**
   * Starts a builder with base 1 s, multiplier 2, cap 10 min, {@link Jitter#FULL} and a
   * thread-local random generator.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Creates an exponential backoff from all of its settings. */
  public static Backoff exponential(
      Duration base, double multiplier, Duration cap, Jitter jitter, RandomGenerator random) {
    return builder()
        .base(base)
        .multiplier(multiplier)
        .cap(cap)
        .jitter(jitter)
        .random(random)
        .build();
  }

  /**
   * Returns the delay before the attempt after {@code attempt}. For {@link Jitter#DECORRELATED} the
   * previous delay is taken as the exponential delay of the attempt before ({@code base} for
   * attempt 1), so callers that do not store the previous delay still see delays grow.
   *
   * @throws IllegalArgumentException when {@code attempt} is below 1
   */
  public Duration delay(int attempt) {
    return delay(attempt, null);
  }

  /**
   * Returns the delay before the attempt after {@code attempt}, given the delay used before {@code
   * attempt}. Only {@link Jitter#DECORRELATED} uses {@code previousDelay}; {@code null} means
   * unknown, as in {@link #delay(int)}.
   *
   * @throws IllegalArgumentException when {@code attempt} is below 1 or {@code previousDelay} is
   *     negative
   */
  public Duration delay(int attempt, Duration previousDelay) {
    if (attempt < 1) {
      throw LOG.attemptBelowOne(attempt);
    }
    if (previousDelay != null && previousDelay.isNegative()) {
      throw LOG.previousDelayNegative(previousDelay);
    }
    long exponential = exponentialNanos(attempt);
    long nanos =
        switch (jitter) {
          case NONE -> exponential;
          case FULL -> uniform(0, exponential);
          case EQUAL -> exponential / 2 + uniform(0, exponential - exponential / 2);
          case DECORRELATED -> decorrelatedNanos(attempt, previousDelay);
        };
    return Duration.ofNanos(nanos);
  }

  /** Returns {@code now} plus {@link #delay(int)}, or {@link Instant#MAX} if that overflows. */
  public Instant nextAttemptAt(Instant now, int attempt) {
    return nextAttemptAt(now, attempt, null);
  }

  /**
   * Returns {@code now} plus {@link #delay(int, Duration)}, or {@link Instant#MAX} if that
   * overflows.
   */
  public Instant nextAttemptAt(Instant now, int attempt, Duration previousDelay) {
    requireArgument(now, "now");
    Duration delay = delay(attempt, previousDelay);
    Duration room = Duration.between(now, Instant.MAX);
    return delay.compareTo(room) >= 0 ? Instant.MAX : now.plus(delay);
  }

  private long exponentialNanos(int attempt) {
    double nanos = baseNanos * Math.pow(multiplier, attempt - 1);
    return nanos >= capNanos ? capNanos : (long) nanos;
  }

  private long decorrelatedNanos(int attempt, Duration previousDelay) {
    long previous = previousNanos(attempt, previousDelay);
    double upper = previous * multiplier;
    long bound = upper >= capNanos ? capNanos : Math.max(baseNanos, (long) upper);
    return uniform(baseNanos, bound);
  }

  private long previousNanos(int attempt, Duration previousDelay) {
    if (previousDelay != null) {
      return previousDelay.compareTo(cap) >= 0 ? capNanos : previousDelay.toNanos();
    }
    return attempt == 1 ? baseNanos : exponentialNanos(attempt - 1);
  }

  /** Returns a uniform value between {@code low} and {@code high}, both included, low ≥ 0. */
  private long uniform(long low, long high) {
    if (high <= low) {
      return low;
    }
    long span = high - low;
    return low + random.nextLong(span == Long.MAX_VALUE ? span : span + 1);
  }

  public Duration base() {
    return base;
  }

  public double multiplier() {
    return multiplier;
  }

  public Duration cap() {
    return cap;
  }

  public Jitter jitter() {
    return jitter;
  }

  @Override
  public String toString() {
    return "Backoff[base="
        + base
        + ", multiplier="
        + multiplier
        + ", cap="
        + cap
        + ", jitter="
        + jitter
        + "]";
  }

  private static <T> T requireArgument(T value, String name) {
    if (value == null) {
      throw LOG.argumentMissing(name);
    }
    return value;
  }

  /** Settings of a {@link Backoff}; {@link #build()} validates them. */
  public static final class Builder {

    private Duration base = Duration.ofSeconds(1);
    private double multiplier = 2.0;
    private Duration cap = Duration.ofMinutes(10);
    private Jitter jitter = Jitter.FULL;
    private RandomGenerator random = THREAD_LOCAL_RANDOM;

    private Builder() {}

    /** Delay after the first attempt, before jitter; positive. */
    public Builder base(Duration base) {
      this.base = base;
      return this;
    }

    /** Factor between consecutive exponential delays; finite and at least 1. */
    public Builder multiplier(double multiplier) {
      this.multiplier = multiplier;
      return this;
    }

    /** Largest delay returned; at least the base. */
    public Builder cap(Duration cap) {
      this.cap = cap;
      return this;
    }

    public Builder jitter(Jitter jitter) {
      this.jitter = jitter;
      return this;
    }

    /** Source of jitter; pass a seeded generator for reproducible delays. */
    public Builder random(RandomGenerator random) {
      this.random = random;
      return this;
    }

    /**
     * Builds the backoff.
     *
     * @throws IllegalArgumentException naming the value when a setting is missing or invalid
     */
    public Backoff build() {
      return new Backoff(this);
    }
  }
}
