package dev.omnibox.batch.job;

import static dev.omnibox.batch.job.JobLogger.LOG;

import dev.omnibox.spi.FailureUpdate;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Stores the outcomes of a chunk in bulk, in the chunk's transaction: one {@code markCompleted} for
 * the events that are done and one {@code markFailed} for the failures. Only rows still leased by
 * this worker change. A storage error is thrown, which rolls the whole chunk back; its events are
 * claimed again once the claim is undone.
 */
@Named("omniboxOutcomeWriter")
@Dependent
public class OutcomeWriter extends AbstractItemWriter {

  @Inject StepContext stepContext;
  @Inject TransactionSuspender suspender;

  @Override
  public void writeItems(List<Object> items) {
    if (items.isEmpty()) {
      return;
    }
    // The relay's sends in publish mode AT_LEAST_ONCE commit before the events are marked.
    suspender.commitSuspendedWork();
    ClaimState<?> state = ClaimState.of(stepContext);
    List<UUID> done = new ArrayList<>();
    List<FailureUpdate> failures = new ArrayList<>();
    for (Object item : items) {
      ItemOutcome outcome = (ItemOutcome) item;
      if (outcome.isDone()) {
        done.add(outcome.eventId());
      } else {
        failures.add(outcome.failure());
      }
    }

    String workerId = state.workerId();
    if (!done.isEmpty()) {
      warnIfLost(workerId, done, state.repository().markCompleted(workerId, done));
    }
    if (!failures.isEmpty()) {
      List<UUID> ids = failures.stream().map(FailureUpdate::id).toList();
      warnIfLost(workerId, ids, state.repository().markFailed(workerId, failures));
    }
  }

  private static void warnIfLost(String workerId, List<UUID> ids, int changed) {
    if (changed < ids.size()) {
      LOG.leasesLost(workerId, ids.size() - changed, ids);
    }
  }
}
