package dev.omnibox.batch.job;

import static dev.omnibox.batch.job.JobLogger.LOG;

import dev.omnibox.batch.OmniboxJobs;
import dev.omnibox.ejb.jms.PublishMode;
import dev.omnibox.ejb.outbox.OmniboxConfig;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.pipeline.EventBatchProcessor;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.function.Supplier;

/**
 * Publishes each claimed outbox event through the application's {@code EventPublisher}, in the
 * publish mode of the job parameter {@value OmniboxJobs#PUBLISH_MODE} or the setting {@value
 * PublishMode#SETTING} ({@link RelayPublishing}).
 */
@Named("omniboxOutboxProcessor")
@Dependent
public class OutboxRelayProcessor extends PipelineProcessor<OutboxEvent> {

  @Inject
  @BatchProperty(name = OmniboxJobs.PUBLISH_MODE)
  String publishMode;

  @Inject TransactionSuspender suspender;

  /** Source of the outbox settings. */
  Supplier<OmniboxConfig> config = OmniboxConfig::fromEnvironment;

  @Override
  StagedRepository<OutboxEvent> stagedRepository() {
    return new StagedOutboxRepository(resources.outboxRepository());
  }

  @Override
  EventBatchProcessor<OutboxEvent> pipeline(
      StagedRepository<OutboxEvent> repository, ClaimState<OutboxEvent> state) {
    PublishMode mode = RelayPublishing.publishMode(publishMode, config.get());
    LOG.relayPublishMode(state.workerId(), mode);
    return resources.relayPipeline(
        (StagedOutboxRepository) repository,
        RelayPublishing.publisherFor(mode, resources.publisher(), suspender));
  }
}
