package dev.omnibox.batch.job;

import dev.omnibox.batch.OmniboxJobs;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.spi.EventRepository;
import dev.omnibox.spi.FetchFilters;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Claims pending outbox events, optionally of some topics only, for the relay job. */
@Named("omniboxOutboxReader")
@Dependent
public class OutboxRelayReader extends ClaimingReader<OutboxEvent> {

  @Inject
  @BatchProperty(name = OmniboxJobs.TOPICS)
  String topics;

  @Override
  EventRepository<OutboxEvent> repository() {
    return resources.outboxRepository();
  }

  @Override
  FetchFilters scopeFilters() {
    return FetchFilters.forTopics(Parameters.list(topics));
  }

  @Override
  String consumerGroup() {
    return null;
  }
}
