package dev.omnibox.batch.job;

import dev.omnibox.model.InboxEvent;
import dev.omnibox.pipeline.EventBatchProcessor;
import dev.omnibox.pipeline.Processors;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/**
 * Dispatches each claimed inbox event to the handler its consumer group registered for its topic,
 * type and schema version: through the application's {@link dev.omnibox.batch.InboxRouters} bean
 * when there is one, else through the handlers that omnibox-ejb discovered. The handler runs in the
 * chunk's transaction, so its effects commit together with the event's COMPLETED status.
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
    StagedInboxRepository inbox = (StagedInboxRepository) repository;
    if (resources.hasRouters()) {
      return Processors.createDispatchingProcessor(
          inbox, group, resources.router(group), resources.dispatchOptions(group));
    }
    // The reader claims only this group's events; the discovered handlers match the group too.
    // NOTE: no test runs this path yet; the dispatch tests use an InboxRouters bean.
    return Processors.createInboxProcessor(
        inbox, resources.discoveredHandlers(), resources.dispatchOptions(group));
  }
}
