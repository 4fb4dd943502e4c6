package dev.omnibox.batch.job;

import dev.omnibox.batch.OmniboxJobs;
import dev.omnibox.ejb.outbox.OmniboxConfig;
import dev.omnibox.ejb.outbox.OutboxProcessors;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.spi.EventRepository;
import dev.omnibox.spi.FetchFilters;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.function.Supplier;

/**
 * Claims pending outbox events, optionally of some topics only, for the relay job. When the job
 * parameter {@value OmniboxJobs#FAILED_BLOCKS_KEY} is unset, the setting {@value
 * OutboxProcessors#FAILED_BLOCKS_KEY} (default {@code true}) decides whether a FAILED event blocks
 * its key, as it does on the outbox fast path.
 */
@Named("omniboxOutboxReader")
@Dependent
public class OutboxRelayReader extends ClaimingReader<OutboxEvent> {

  @Inject
  @BatchProperty(name = OmniboxJobs.TOPICS)
  String topics;

  /** Source of the outbox settings, which tests replace. */
  Supplier<OmniboxConfig> config = OmniboxConfig::fromEnvironment;

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

  @Override
  boolean defaultFailedBlocksKey() {
    return config.get().getBoolean(OutboxProcessors.FAILED_BLOCKS_KEY, true);
  }
}
