package dev.omnibox.inbox;

import dev.omnibox.model.StoredEventBuilder;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of {@link InboxConsumeService}.
 *
 * @param ackStrategy when a message is acknowledged relative to storing it
 * @param commitOffsetPolicy whether acknowledging waits for the inline handler
 * @param commitOnHandlerFailure with {@link CommitOffsetPolicy#ON_SUCCESS}, acknowledge even when
 *     the handler fails or requests a retry; the stored row then carries the retry or the failure
 * @param maxPayloadBytes the largest message body accepted, in UTF-8 bytes; a larger one is
 *     rejected as bad input without being parsed or stored
 * @param maxAttempts the attempts each new inbox row allows
 * @param leaseTtl how long the inline handler holds its lease on the new row
 * @param retryDelay when the inline handler raises an error or requests a retry without a time, how
 *     long until the dispatch job tries again, unless the service has a {@code Backoff}
 */
public record InboxConsumeOptions(
    AckStrategy ackStrategy,
    CommitOffsetPolicy commitOffsetPolicy,
    boolean commitOnHandlerFailure,
    int maxPayloadBytes,
    int maxAttempts,
    Duration leaseTtl,
    Duration retryDelay) {

  public static final int DEFAULT_MAX_PAYLOAD_BYTES = 1024 * 1024;
  public static final Duration DEFAULT_LEASE_TTL = Duration.ofMinutes(5);
  public static final Duration DEFAULT_RETRY_DELAY = Duration.ofSeconds(30);

  public InboxConsumeOptions {
    Objects.requireNonNull(ackStrategy, "ackStrategy must not be null");
    Objects.requireNonNull(commitOffsetPolicy, "commitOffsetPolicy must not be null");
    if (maxPayloadBytes < 1) {
      throw new IllegalArgumentException(
          "maxPayloadBytes must be at least 1, but was " + maxPayloadBytes);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, but was " + maxAttempts);
    }
    requirePositive("leaseTtl", leaseTtl);
    requirePositive("retryDelay", retryDelay);
  }

  /**
   * Returns {@link AckStrategy#AT_LEAST_ONCE}, {@link CommitOffsetPolicy#ON_PERSIST}, no commit on
   * handler failure, bodies up to 1 MiB, {@link StoredEventBuilder#DEFAULT_MAX_ATTEMPTS} attempts,
   * a 5-minute lease and a 30-second retry delay.
   */
  public static InboxConsumeOptions defaults() {
    return new InboxConsumeOptions(
        AckStrategy.AT_LEAST_ONCE,
        CommitOffsetPolicy.ON_PERSIST,
        false,
        DEFAULT_MAX_PAYLOAD_BYTES,
        StoredEventBuilder.DEFAULT_MAX_ATTEMPTS,
        DEFAULT_LEASE_TTL,
        DEFAULT_RETRY_DELAY);
  }

  public InboxConsumeOptions withAckStrategy(AckStrategy strategy) {
    return new InboxConsumeOptions(
        strategy,
        commitOffsetPolicy,
        commitOnHandlerFailure,
        maxPayloadBytes,
        maxAttempts,
        leaseTtl,
        retryDelay);
  }

  public InboxConsumeOptions withCommitOffsetPolicy(CommitOffsetPolicy policy) {
    return new InboxConsumeOptions(
        ackStrategy,
        policy,
        commitOnHandlerFailure,
        maxPayloadBytes,
        maxAttempts,
        leaseTtl,
        retryDelay);
  }

  public InboxConsumeOptions withCommitOnHandlerFailure(boolean commit) {
    return new InboxConsumeOptions(
        ackStrategy,
        commitOffsetPolicy,
        commit,
        maxPayloadBytes,
        maxAttempts,
        leaseTtl,
        retryDelay);
  }

  public InboxConsumeOptions withMaxPayloadBytes(int bytes) {
    return new InboxConsumeOptions(
        ackStrategy,
        commitOffsetPolicy,
        commitOnHandlerFailure,
        bytes,
        maxAttempts,
        leaseTtl,
        retryDelay);
  }

  public InboxConsumeOptions withMaxAttempts(int attempts) {
    return new InboxConsumeOptions(
        ackStrategy,
        commitOffsetPolicy,
        commitOnHandlerFailure,
        maxPayloadBytes,
        attempts,
        leaseTtl,
        retryDelay);
  }

  public InboxConsumeOptions withLeaseTtl(Duration ttl) {
    return new InboxConsumeOptions(
        ackStrategy,
        commitOffsetPolicy,
        commitOnHandlerFailure,
        maxPayloadBytes,
        maxAttempts,
        ttl,
        retryDelay);
  }

  public InboxConsumeOptions withRetryDelay(Duration delay) {
    return new InboxConsumeOptions(
        ackStrategy,
        commitOffsetPolicy,
        commitOnHandlerFailure,
        maxPayloadBytes,
        maxAttempts,
        leaseTtl,
        delay);
  }

  private static void requirePositive(String name, Duration value) {
    Objects.requireNonNull(value, () -> name + " must not be null");
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, but was " + value);
    }
  }
}
