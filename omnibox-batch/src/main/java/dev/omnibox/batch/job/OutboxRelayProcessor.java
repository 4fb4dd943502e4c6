package dev.omnibox.batch.job;

import dev.omnibox.model.OutboxEvent;
import dev.omnibox.pipeline.EventBatchProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Publishes each claimed outbox event through the application's {@code EventPublisher}. */
@Named("omniboxOutboxProcessor")
@Dependent
public class OutboxRelayProcessor extends PipelineProcessor<OutboxEvent> {

  @Override
  StagedRepository<OutboxEvent> stagedRepository() {
    return new StagedOutboxRepository(resources.outboxRepository());
  }

  @Override
  EventBatchProcessor<OutboxEvent> pipeline(
      StagedRepository<OutboxEvent> repository, ClaimState<OutboxEvent> state) {
    // TODO: the publish runs inside the chunk transaction, which suits an XA connection factory.
    // A publisher meant to send outside any transaction (at-least-once mode) gets no way to do so
    // here yet.
    return resources.relayPipeline((StagedOutboxRepository) repository);
  }
}
