package dev.omnibox.ejb.outbox;

import static dev.omnibox.ejb.outbox.OutboxLogger.LOG;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Hands the ids of committed events to an executor that runs the {@link FastPathPublisher}. A full
 * executor is logged at most once per {@link #WARNING_INTERVAL} and otherwise ignored, because the
 * relay job publishes whatever the fast path leaves.
 */
final class FastPathDispatcher {

  /** Minimum time between two warnings about rejected hand-overs. */
  static final Duration WARNING_INTERVAL = Duration.ofMinutes(1);

  private final Executor executor;
  private final FastPathPublisher publisher;
  private final Clock clock;
  private Instant lastWarning;
  private long suppressedRejections;

  FastPathDispatcher(Executor executor, FastPathPublisher publisher, Clock clock) {
    this.executor = Objects.requireNonNull(executor, "executor must not be null");
    this.publisher = Objects.requireNonNull(publisher, "publisher must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
  }

  /** Submits the ids for publishing; never throws for a rejected submission. */
  void dispatch(List<UUID> eventIds) {
    try {
      executor.execute(() -> publish(eventIds));
    } catch (RejectedExecutionException e) {
      rejected(eventIds, e);
    }
  }

  private void publish(List<UUID> eventIds) {
    try {
      publisher.publish(eventIds);
    } catch (RuntimeException e) {
      LOG.fastPathFailed(eventIds.size(), eventIds.get(0), e);
    }
  }

  private synchronized void rejected(List<UUID> eventIds, RejectedExecutionException e) {
    Instant now = clock.instant();
    if (lastWarning != null && now.isBefore(lastWarning.plus(WARNING_INTERVAL))) {
      suppressedRejections++;
      return;
    }
    LOG.fastPathRejected(eventIds.size(), eventIds.get(0), suppressedRejections, e);
    lastWarning = now;
    suppressedRejections = 0;
  }
}
