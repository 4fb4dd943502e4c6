package dev.omnibox.batch.job;

import dev.omnibox.batch.OmniboxJobs;
import dev.omnibox.model.InboxEvent;
import dev.omnibox.spi.EventRepository;
import dev.omnibox.spi.FetchFilters;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Claims pending inbox events of one consumer group, optionally of some sources only. */
@Named("omniboxInboxReader")
@Dependent
public class InboxDispatchReader extends ClaimingReader<InboxEvent> {

  @Inject
  @BatchProperty(name = OmniboxJobs.CONSUMER_GROUP)
  String group;

  @Inject
  @BatchProperty(name = OmniboxJobs.SOURCES)
  String sources;

  @Override
  EventRepository<InboxEvent> repository() {
    return resources.inboxRepository();
  }

  @Override
  FetchFilters scopeFilters() {
    return FetchFilters.forConsumerGroup(consumerGroup()).withSources(Parameters.list(sources));
  }

  @Override
  String consumerGroup() {
    if (group == null || group.isBlank()) {
      throw new IllegalArgumentException(
          "Job parameter "
              + OmniboxJobs.CONSUMER_GROUP
              + " is required by job "
              + OmniboxJobs.INBOX_DISPATCH
              + "; set it to the consumer group whose events to dispatch");
    }
    return group.strip();
  }

  /** Returns false, because the inbox has no setting for it that the dispatch could share. */
  @Override
  boolean defaultFailedBlocksKey() {
    return false;
  }
}
