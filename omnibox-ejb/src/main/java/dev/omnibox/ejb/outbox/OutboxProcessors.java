package dev.omnibox.ejb.outbox;

import dev.omnibox.ejb.jms.JmsErrorRules;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.pipeline.EventBatchProcessor;
import dev.omnibox.pipeline.PerKeyOrdering;
import dev.omnibox.pipeline.ProcessorOptions;
import dev.omnibox.pipeline.Processors;
import dev.omnibox.retry.ErrorClassifier;
import dev.omnibox.spi.DeadLetterStore;
import dev.omnibox.spi.EventPublisher;
import dev.omnibox.spi.EventTracer;
import dev.omnibox.spi.OmniboxMetrics;
import dev.omnibox.spi.OutboxRepository;
import java.time.Clock;
import java.util.Objects;

/**
 * Builds the outbox processor that publishes events through the pipeline, with the settings that
 * the fast path and the relay share: the JMS error rules ({@link JmsErrorRules}), metrics, tracing,
 * dead letters and per-key ordering.
 *
 * <p>Settings: {@value #PER_KEY_ORDERING} (default {@code true}: an event is not claimed while an
 * earlier event of its partition key is pending or locked) and {@value #FAILED_BLOCKS_KEY} (default
 * {@code true}: a FAILED event also holds back the later events of its key).
 */
public final class OutboxProcessors {

  public static final String PER_KEY_ORDERING = "omnibox.outbox.per-key-ordering";
  public static final String FAILED_BLOCKS_KEY = "omnibox.outbox.failed-blocks-key";

  private OutboxProcessors() {}

  /**
   * Creates the processor.
   *
   * @param deadLetterStore where counted-out events go, or null to leave them FAILED in place
   * @param tracer the tracer, or null for none
   */
  public static EventBatchProcessor<OutboxEvent> create(
      OutboxRepository repository,
      EventPublisher publisher,
      OmniboxMetrics metrics,
      DeadLetterStore deadLetterStore,
      EventTracer tracer,
      OmniboxConfig config,
      Clock clock,
      String jobName) {
    Objects.requireNonNull(config, "config must not be null");
    PerKeyOrdering ordering =
        config.getBoolean(PER_KEY_ORDERING, true)
            ? PerKeyOrdering.ordered(config.getBoolean(FAILED_BLOCKS_KEY, true))
            : PerKeyOrdering.NONE;

    ProcessorOptions<OutboxEvent> options =
        ProcessorOptions.<OutboxEvent>create()
            .clock(clock)
            .metrics(metrics)
            .classifier(JmsErrorRules.addTo(ErrorClassifier.builder()).build())
            .configure(builder -> builder.perKeyOrdering(ordering).jobName(jobName));
    if (deadLetterStore != null) {
      options.deadLetterStore(deadLetterStore);
    }
    if (tracer != null) {
      options.tracer(tracer);
    }
    return Processors.createOutboxProcessor(repository, publisher, options);
  }
}
