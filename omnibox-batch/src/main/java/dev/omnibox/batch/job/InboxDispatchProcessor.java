package dev.omnibox.batch.job;

import dev.omnibox.model.InboxEvent;
import dev.omnibox.pipeline.EventBatchProcessor;
import dev.omnibox.pipeline.Processors;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/**
 * Dispatches each claimed inbox event to the handler its consumer group registered for its topic,
 * type and schema version. The handler runs in the chunk's transaction, so its effects commit
 * together with the event's COMPLETED status.
 */
@Named("omniboxInboxProcessor")
@Dependent
public class InboxDispatchProcessor extends PipelineProcessor<InboxEvent> {

  @Override
  StagedRepository<InboxEvent> stagedRepository() {
    return new StagedInboxRepository(resources.inboxRepository());
  }

  @Override
  EventBatchProcessor<InboxEvent> pipeline(
      StagedRepository<InboxEvent> repository, ClaimState<InboxEvent> state) {
    String group = state.consumerGroup();
    return Processors.createDispatchingProcessor(
        (StagedInboxRepository) repository,
        group,
        resources.router(group),
        resources.dispatchOptions(group));
  }
}
