package dev.omnibox.batch.job;

import static dev.omnibox.batch.job.JobLogger.LOG;

import dev.omnibox.model.StoredEvent;
import dev.omnibox.pipeline.EventBatchProcessor;
import dev.omnibox.pipeline.ShutdownSignal;
import dev.omnibox.retry.Backoff;
import dev.omnibox.spi.FailureUpdate;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Runs each claimed event through the omnibox pipeline (steps, handler or publish, error
 * classification, backoff, dead letters) and hands its outcome to the writer. The pipeline works on
 * a {@link StagedRepository}: it processes the one event the reader claimed, and the outcome it
 * writes goes to the chunk's writer, which stores the outcomes of the chunk in bulk.
 *
 * <p>A failing handler or publish does not throw: the pipeline turns it into a failure outcome that
 * the writer records in the chunk's transaction, together with the other events' outcomes. An event
 * that marks the transaction for rollback (for example a handler whose JPA write broke a
 * constraint) would take the whole chunk with it; the processor finds it by checking the
 * transaction after each event, remembers its failure and throws {@link PoisonedChunkException}.
 */
abstract class PipelineProcessor<E extends StoredEvent> implements ItemProcessor {

  @Inject StepContext stepContext;
  @Inject JobResources resources;
  @Inject TransactionState transaction;

  private StagedRepository<E> staged;
  private EventBatchProcessor<E> pipeline;
  private Clock clock;
  private final Backoff poisonBackoff = Backoff.builder().build();

  /** Returns the staged repository over the real one. */
  abstract StagedRepository<E> stagedRepository();

  /** Builds the pipeline over {@code repository}. */
  abstract EventBatchProcessor<E> pipeline(StagedRepository<E> repository, ClaimState<E> state);

  @Override
  public Object processItem(Object item) {
    if (item == IdleItem.INSTANCE) {
      return null;
    }
    ClaimState<E> state = ClaimState.of(stepContext);
    if (pipeline == null) {
      clock = resources.clock();
      staged = stagedRepository();
      pipeline = pipeline(staged, state);
    }
    @SuppressWarnings("unchecked")
    E event = (E) item;

    staged.stage(event);
    pipeline.processBatch(state.workerId(), 1, ShutdownSignal.NEVER);
    ItemOutcome outcome = staged.takeOutcome();

    if (transaction.isRollbackOnly()) {
      FailureUpdate failure = poisonFailure(event, outcome);
      state.poisoned(failure);
      LOG.poisonedChunk(
          event.id(),
          event.eventType(),
          event.attemptsMade() + 1,
          state.workerId(),
          failure.error());
      throw new PoisonedChunkException(event.id(), state.workerId());
    }
    return outcome;
  }

  /**
   * Returns the failure to record for an event whose effects were rolled back: the pipeline's own
   * failure when it had one, else a counted failure, since the handler reported success but its
   * work did not commit.
   */
  private FailureUpdate poisonFailure(E event, ItemOutcome outcome) {
    String reason = "the chunk transaction was marked for rollback while processing the event";
    FailureUpdate failure = outcome.failure();
    if (failure != null) {
      return new FailureUpdate(
          event.id(), reason + ": " + failure.error(), failure.kind(), failure.nextAttemptAt());
    }
    return FailureUpdate.counted(
        event.id(),
        reason + " after the handler completed",
        poisonBackoff.nextAttemptAt(clock.instant(), event.attemptsMade() + 1));
  }
}
