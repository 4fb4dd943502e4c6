package dev.omnibox.pipeline;

import static dev.omnibox.testing.PipelineFixtures.BACKOFF;
import static dev.omnibox.testing.PipelineFixtures.CLASSIFIER;
import static dev.omnibox.testing.PipelineFixtures.NOW;
import static dev.omnibox.testing.PipelineFixtures.id;
import static dev.omnibox.testing.PipelineFixtures.outboxEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.handler.EventHandler;
import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.model.EventStatus;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.spi.FetchFilters;
import dev.omnibox.testing.InMemoryEventRepository;
import dev.omnibox.testing.InMemoryOutboxRepository;
import dev.omnibox.testing.MutableClock;
import dev.omnibox.testing.PipelineFixtures.TransientFailure;
import dev.omnibox.testing.RecordingMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventBatchProcessorTest {

  private final MutableClock clock = new MutableClock(NOW);
  private final InMemoryOutboxRepository repository =
      new InMemoryOutboxRepository(clock, InMemoryEventRepository.LOCKING);
  private final RecordingMetrics metrics = new RecordingMetrics();

  private EventBatchProcessor<OutboxEvent> processor(EventHandler<OutboxEvent> handler) {
    return EventProcessorBuilder.forOutbox(repository, handler)
        .clock(clock)
        .classifier(CLASSIFIER)
        .backoff(BACKOFF)
        .metrics(metrics)
        .build();
  }

  private BatchProcessingResult run(EventHandler<OutboxEvent> handler) {
    return processor(handler).processBatch("worker-1", 10, ShutdownSignal.NEVER);
  }

  /** Stores events 1..count; handler results are looked up by event number. */
  private void store(int count) {
    for (int n = 1; n <= count; n++) {
      repository.put(outboxEvent(n));
    }
  }

  @Test
  void completedEvents_areMarkedCompleted() {
    store(2);

    BatchProcessingResult result = run(event -> EventHandlerResult.completed());

    assertThat(result.completedIds()).containsExactly(id(1), id(2));
    assertThat(repository.get(id(1)).status()).isEqualTo(EventStatus.COMPLETED);
    assertThat(repository.get(id(2)).lockedBy()).isNull();
    assertThat(result.commitFailed()).isFalse();
    assertThat(metrics.calls()).containsExactly("batch OUTBOX 2 PT0S");
  }

  @Test
  void emptyBatch_isEmptyAndWritesNothing() {
    BatchProcessingResult result = run(event -> EventHandlerResult.completed());

    assertThat(result.isEmpty()).isTrue();
    assertThat(result.claimedCount()).isZero();
    assertThat(repository.writeCalls()).isEmpty();
  }

  @Test
  void permanentException_isCountedRetryWithBackoff() {
    store(1);

    BatchProcessingResult result =
        run(
            event -> {
              throw new IllegalArgumentException("bad payload");
            });

    assertThat(result.failedCountedIds()).containsExactly(id(1));
    OutboxEvent stored = repository.get(id(1));
    assertThat(stored.attemptsMade()).isEqualTo(1);
    assertThat(stored.status()).isEqualTo(EventStatus.PENDING);
    assertThat(stored.scheduledAt()).isEqualTo(NOW.plusSeconds(1));
    assertThat(stored.lastError()).isEqualTo("java.lang.IllegalArgumentException: bad payload");
  }

  @Test
  void transientException_isRetryNotCounted() {
    store(1);

    BatchProcessingResult result =
        run(
            event -> {
              throw new TransientFailure("broker down");
            });

    assertThat(result.failedNotCountedIds()).containsExactly(id(1));
    assertThat(result.failedCountedIds()).isEmpty();
    OutboxEvent stored = repository.get(id(1));
    assertThat(stored.attemptsMade()).isZero();
    assertThat(stored.scheduledAt()).isEqualTo(NOW.plusSeconds(1));
  }

  @Test
  void countedRetryOnLastAttempt_isTerminal() {
    repository.put(outboxEvent(1).toBuilder().attemptsMade(2).build());

    BatchProcessingResult result =
        run(
            event -> {
              throw new IllegalArgumentException("still bad");
            });

    assertThat(result.terminalFailedIds()).containsExactly(id(1));
    assertThat(result.failedCountedIds()).isEmpty();
    assertThat(repository.get(id(1)).status()).isEqualTo(EventStatus.FAILED);
  }

  @Test
  void transientExceptionOnLastAttempt_staysPending() {
    repository.put(outboxEvent(1).toBuilder().attemptsMade(2).build());

    BatchProcessingResult result =
        run(
            event -> {
              throw new TransientFailure("broker down");
            });

    assertThat(result.failedNotCountedIds()).containsExactly(id(1));
    assertThat(repository.get(id(1)).status()).isEqualTo(EventStatus.PENDING);
  }

  @Test
  void failedResult_isTerminalAtOnce() {
    store(1);

    BatchProcessingResult result = run(event -> EventHandlerResult.failed("unknown order"));

    assertThat(result.terminalFailedIds()).containsExactly(id(1));
    OutboxEvent stored = repository.get(id(1));
    assertThat(stored.status()).isEqualTo(EventStatus.FAILED);
    assertThat(stored.lastError()).isEqualTo("unknown order");
  }

  @Test
  void retryResult_keepsHandlerTimeOrUsesBackoff() {
    store(2);
    Map<UUID, EventHandlerResult> results =
        Map.of(
            id(1), EventHandlerResult.retry("later", false, NOW.plusSeconds(30)),
            id(2), EventHandlerResult.retry("again"));

    BatchProcessingResult result = run(event -> results.get(event.id()));

    assertThat(result.failedNotCountedIds()).containsExactly(id(1));
    assertThat(result.failedCountedIds()).containsExactly(id(2));
    assertThat(repository.get(id(1)).scheduledAt()).isEqualTo(NOW.plusSeconds(30));
    assertThat(repository.get(id(2)).scheduledAt()).isEqualTo(NOW.plusSeconds(1));
  }

  @Test
  void skippedAndStale_areStoredCompleted() {
    store(2);
    Map<UUID, EventHandlerResult> results =
        Map.of(
            id(1), EventHandlerResult.skipped("not for us"),
            id(2), EventHandlerResult.stale("newer version exists"));

    BatchProcessingResult result = run(event -> results.get(event.id()));

    assertThat(result.skippedIds()).containsExactly(id(1));
    assertThat(result.staleIds()).containsExactly(id(2));
    assertThat(repository.get(id(1)).status()).isEqualTo(EventStatus.COMPLETED);
    assertThat(repository.get(id(2)).status()).isEqualTo(EventStatus.COMPLETED);
    assertThat(repository.writeCalls())
        .containsExactly("markCompleted [" + id(1) + ", " + id(2) + "]");
  }

  @Test
  void nullResult_isCountedFailure() {
    store(1);

    BatchProcessingResult result = run(event -> null);

    assertThat(result.failedCountedIds()).containsExactly(id(1));
  }

  @Test
  void shutdownMidBatch_releasesUnprocessedEvents() {
    store(3);
    ShutdownFlag flag = new ShutdownFlag();
    EventHandler<OutboxEvent> handler =
        event -> {
          flag.request();
          return EventHandlerResult.completed();
        };

    BatchProcessingResult result = processor(handler).processBatch("worker-1", 10, flag);

    assertThat(result.completedIds()).containsExactly(id(1));
    assertThat(result.unprocessedIds()).containsExactly(id(2), id(3));
    assertThat(result.failedCount()).isZero();
    OutboxEvent released = repository.get(id(2));
    assertThat(released.lockedBy()).isNull();
    assertThat(released.attemptsMade()).isZero();
    assertThat(released.lastError()).isNull();
    assertThat(released.scheduledAt()).isEqualTo(outboxEvent(2).scheduledAt());
    assertThat(repository.writeCalls()).contains("releaseLeases " + List.of(id(2), id(3)));
  }

  @Test
  void interruptedWorker_stopsTakingEvents() {
    store(2);
    EventHandler<OutboxEvent> handler =
        event -> {
          throw new InterruptedException("stop");
        };

    BatchProcessingResult result;
    try {
      result = run(handler);
    } finally {
      assertThat(Thread.interrupted()).isTrue();
    }

    assertThat(result.failedNotCountedIds()).containsExactly(id(1));
    assertThat(result.unprocessedIds()).containsExactly(id(2));
  }

  @Test
  void bulkCommitFailure_isReportedNotThrown() {
    store(2);
    IllegalStateException failure = new IllegalStateException("database down");
    repository.failWritesFor(id -> true, failure);

    BatchProcessingResult result = run(event -> EventHandlerResult.completed());

    assertThat(result.commitFailed()).isTrue();
    assertThat(result.commitError()).containsSame(failure);
    assertThat(result.commitFailedIds()).containsExactly(id(1), id(2));
    assertThat(result.completedIds()).containsExactly(id(1), id(2));
    assertThat(repository.get(id(1)).status()).isEqualTo(EventStatus.PENDING);
  }

  @Test
  void bulkCommit_writesOneCallPerKind() {
    store(3);
    Map<UUID, EventHandlerResult> results =
        Map.of(
            id(1), EventHandlerResult.completed(),
            id(2), EventHandlerResult.retry("again"),
            id(3), EventHandlerResult.failed("broken"));

    run(event -> results.get(event.id()));

    assertThat(repository.writeCalls())
        .containsExactly(
            "markCompleted [" + id(1) + "]", "markFailed [" + id(2) + ", " + id(3) + "]");
  }

  @Test
  void singleCommit_failureOfOneDoesNotStopOthers() {
    store(3);
    repository.failWritesFor(id -> id.equals(id(2)), new IllegalStateException("row locked"));
    EventBatchProcessor<OutboxEvent> processor =
        EventProcessorBuilder.forOutbox(repository, event -> EventHandlerResult.completed())
            .clock(clock)
            .commitStrategy(CommitStrategy.SINGLE)
            .build();

    BatchProcessingResult result = processor.processBatch("worker-1", 10, ShutdownSignal.NEVER);

    assertThat(repository.writeCalls()).hasSize(3);
    assertThat(result.commitFailedIds()).containsExactly(id(2));
    assertThat(repository.get(id(1)).status()).isEqualTo(EventStatus.COMPLETED);
    assertThat(repository.get(id(2)).status()).isEqualTo(EventStatus.PENDING);
    assertThat(repository.get(id(3)).status()).isEqualTo(EventStatus.COMPLETED);
  }

  @Test
  void lostLease_isCounted() {
    store(2);
    EventHandler<OutboxEvent> handler =
        event -> {
          if (event.id().equals(id(1))) {
            // Another worker takes the event after the lease expired.
            repository.put(repository.get(id(1)).toBuilder().lockedBy("worker-2").build());
          }
          return EventHandlerResult.completed();
        };

    BatchProcessingResult result = run(handler);

    assertThat(result.lostLeases()).isEqualTo(1);
    assertThat(repository.get(id(1)).lockedBy()).isEqualTo("worker-2");
  }

  @Test
  void filters_selectTopics() {
    repository.put(outboxEvent(1));
    repository.put(outboxEvent(2).toBuilder().topic("payments").build());
    EventBatchProcessor<OutboxEvent> processor = processor(event -> EventHandlerResult.completed());

    BatchProcessingResult result =
        processor.processBatch(
            "worker-1", 10, ShutdownSignal.NEVER, FetchFilters.forTopics(Set.of("payments")));

    assertThat(result.completedIds()).containsExactly(id(2));
  }

  @Test
  void batchSize_limitsClaims() {
    store(3);

    BatchProcessingResult result =
        processor(event -> EventHandlerResult.completed())
            .processBatch("worker-1", 2, ShutdownSignal.NEVER);

    assertThat(result.completedIds()).containsExactly(id(1), id(2));
  }

  @Test
  void steps_runOutermostFirst() {
    store(1);
    List<String> calls = new ArrayList<>();
    EventBatchProcessor<OutboxEvent> processor =
        EventProcessorBuilder.forOutbox(
                repository,
                event -> {
                  calls.add("handler");
                  return EventHandlerResult.completed();
                })
            .clock(clock)
            .addStep(tracingCalls(calls, "outer"))
            .addStep(tracingCalls(calls, "inner"))
            .build();

    processor.processBatch("worker-1", 10, ShutdownSignal.NEVER);

    assertThat(calls)
        .containsExactly("outer before", "inner before", "handler", "inner after", "outer after");
  }

  private static ProcessingStep<OutboxEvent> tracingCalls(List<String> calls, String name) {
    return (event, next) -> {
      calls.add(name + " before");
      EventHandlerResult result = next.proceed(event);
      calls.add(name + " after");
      return result;
    };
  }

  @Test
  void processBatch_rejectsInvalidArguments() {
    EventBatchProcessor<OutboxEvent> processor = processor(event -> EventHandlerResult.completed());

    assertThatThrownBy(() -> processor.processBatch(" ", 10, ShutdownSignal.NEVER))
        .hasMessageContaining("workerId");
    assertThatThrownBy(() -> processor.processBatch("worker-1", 0, ShutdownSignal.NEVER))
        .hasMessageContaining("batchSize must be at least 1, but was 0");
    assertThatThrownBy(() -> processor.processBatch("worker-1", 1, null))
        .hasMessageContaining("shutdownSignal");
  }

  @Test
  void batchMetrics_measureWithTheClock() {
    store(1);
    EventBatchProcessor<OutboxEvent> processor =
        processor(
            event -> {
              clock.advance(Duration.ofMillis(250));
              return EventHandlerResult.completed();
            });

    processor.processBatch("worker-1", 10, ShutdownSignal.NEVER);

    assertThat(metrics.calls()).containsExactly("batch OUTBOX 1 PT0.25S");
  }
}
