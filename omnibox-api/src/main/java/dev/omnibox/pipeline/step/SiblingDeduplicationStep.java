package dev.omnibox.pipeline.step;

import static dev.omnibox.pipeline.EventAttributes.attemptNumber;
import static dev.omnibox.pipeline.step.StepLogger.LOG;

import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.model.InboxEvent;
import dev.omnibox.pipeline.ProcessingStep;
import dev.omnibox.pipeline.StepChain;
import dev.omnibox.spi.InboxRepository;
import java.util.Objects;

/**
 * Skips an inbox event when another row with the same message id and consumer group is already
 * completed, without calling the handler. Needed where the storage cannot enforce that key as
 * unique (a partitioned table); elsewhere the check costs one query and always passes.
 *
 * @since 0.1
 */
public final class SiblingDeduplicationStep implements ProcessingStep<InboxEvent> {

  private final InboxRepository repository;

  public SiblingDeduplicationStep(InboxRepository repository) {
    this.repository = Objects.requireNonNull(repository, "repository must not be null");
  }

  @Override
  public EventHandlerResult process(InboxEvent event, StepChain<InboxEvent> next) throws Exception {
    if (!repository.hasCompletedSibling(event)) {
      return next.proceed(event);
    }
    LOG.siblingCompleted(
        event.id(),
        event.eventType(),
        attemptNumber(event),
        event.messageId(),
        event.consumerGroup());
    return EventHandlerResult.skipped(
        "message "
            + event.messageId()
            + " is already completed for consumer group "
            + event.consumerGroup());
  }
}
