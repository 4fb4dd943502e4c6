package dev.omnibox.maintenance;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a maintenance run.
 *
 * @param staleLockTtl how old a lease must be before it is released; longer than the longest
 *     expected processing of one batch, or a live worker loses its lease
 * @param retention how long COMPLETED events are kept after they completed
 * @param batchSize the maximum number of rows one statement changes
 * @param maxIterations the maximum number of statements per task and repository in one run, so a
 *     run ends even when a large backlog remains
 */
public record MaintenanceOptions(
    Duration staleLockTtl, Duration retention, int batchSize, int maxIterations) {

  public static final Duration DEFAULT_STALE_LOCK_TTL = Duration.ofMinutes(5);
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);
  public static final int DEFAULT_BATCH_SIZE = 500;
  public static final int DEFAULT_MAX_ITERATIONS = 100;

  public MaintenanceOptions {
    requirePositive("staleLockTtl", staleLockTtl);
    requirePositive("retention", retention);
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, but was " + batchSize);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException(
          "maxIterations must be at least 1, but was " + maxIterations);
    }
  }

  /** Returns a stale lock TTL of 5 minutes, a retention of 7 days, 500 rows and 100 batches. */
  public static MaintenanceOptions defaults() {
    return new MaintenanceOptions(
        DEFAULT_STALE_LOCK_TTL, DEFAULT_RETENTION, DEFAULT_BATCH_SIZE, DEFAULT_MAX_ITERATIONS);
  }

  public MaintenanceOptions withStaleLockTtl(Duration ttl) {
    return new MaintenanceOptions(ttl, retention, batchSize, maxIterations);
  }

  public MaintenanceOptions withRetention(Duration newRetention) {
    return new MaintenanceOptions(staleLockTtl, newRetention, batchSize, maxIterations);
  }

  public MaintenanceOptions withBatchSize(int size) {
    return new MaintenanceOptions(staleLockTtl, retention, size, maxIterations);
  }

  public MaintenanceOptions withMaxIterations(int iterations) {
    return new MaintenanceOptions(staleLockTtl, retention, batchSize, iterations);
  }

  private static void requirePositive(String name, Duration value) {
    Objects.requireNonNull(value, () -> name + " must not be null");
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, but was " + value);
    }
  }
}
