package dev.omnibox.ejb.outbox;

import static dev.omnibox.ejb.outbox.OutboxLogger.LOG;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Hands the ids of committed events to an executor that runs the {@link FastPathPublisher}. A full
 * executor is logged at most once per {@link #WARNING_INTERVAL} and otherwise ignored, because the
 * relay job publishes whatever the fast path leaves.
 *
 * <p>Hand-overs are merged: at most one publishing task runs or waits at a time, and the ids that
 * transactions commit meanwhile wait for its next publish call, up to {@link #MAX_BATCH} ids per
 * call. Under load the fast path therefore claims, sends and completes many events per transaction
 * instead of one transaction per commit, which kept it from falling behind the commits on 2 cores
 * (see docs/benchmarks.md). A task makes at most {@link #MAX_CALLS_PER_TASK} calls and then submits
 * a new task, so it never occupies an executor thread for long.
 */
final class FastPathDispatcher {

  /** Minimum time between two warnings about rejected hand-overs. */
  static final Duration WARNING_INTERVAL = Duration.ofMinutes(1);

  /** Maximum number of ids per publish call. */
  static final int MAX_BATCH = 500;

  /** Publish calls of one executor task before it hands over to a new task. */
  static final int MAX_CALLS_PER_TASK = 20;

  private final Executor executor;
  private final FastPathPublisher publisher;
  private final Clock clock;
  private final Object queueLock = new Object();
  private final ArrayDeque<UUID> waiting = new ArrayDeque<>();
  private boolean taskScheduled;
  private Instant lastWarning;
  private long suppressedRejections;

  FastPathDispatcher(Executor executor, FastPathPublisher publisher, Clock clock) {
    this.executor = Objects.requireNonNull(executor, "executor must not be null");
    this.publisher = Objects.requireNonNull(publisher, "publisher must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
  }

  /** Queues the ids for publishing. A rejected submission is logged, not thrown. */
  void dispatch(List<UUID> eventIds) {
    synchronized (queueLock) {
      waiting.addAll(eventIds);
      if (taskScheduled) {
        return;
      }
      taskScheduled = true;
    }
    submit();
  }

  private void submit() {
    try {
      executor.execute(this::publishWaiting);
    } catch (RejectedExecutionException e) {
      rejected(clearWaiting(), e);
    } catch (RuntimeException e) {
      clearWaiting();
      throw e;
    }
  }

  /** Drops the waiting ids, which the relay job publishes, and allows a new task. */
  private List<UUID> clearWaiting() {
    synchronized (queueLock) {
      List<UUID> dropped = new ArrayList<>(waiting);
      waiting.clear();
      taskScheduled = false;
      return dropped;
    }
  }

  private void publishWaiting() {
    for (int call = 0; call < MAX_CALLS_PER_TASK; call++) {
      List<UUID> batch = nextBatch();
      if (batch.isEmpty()) {
        return;
      }
      try {
        publish(batch);
      } catch (Error e) {
        // Without this, no later hand-over would ever schedule a task again.
        clearWaiting();
        throw e;
      }
    }
    boolean more;
    synchronized (queueLock) {
      more = !waiting.isEmpty();
      taskScheduled = more;
    }
    if (more) {
      submit();
    }
  }

  /** Takes up to {@link #MAX_BATCH} waiting ids; with none, ends the task's turn. */
  private List<UUID> nextBatch() {
    synchronized (queueLock) {
      if (waiting.isEmpty()) {
        taskScheduled = false;
        return List.of();
      }
      List<UUID> batch = new ArrayList<>(Math.min(MAX_BATCH, waiting.size()));
      while (batch.size() < MAX_BATCH && !waiting.isEmpty()) {
        batch.add(waiting.poll());
      }
      return batch;
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
    if (eventIds.isEmpty()) {
      return;
    }
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
