package dev.omnibox.batch;

import dev.omnibox.model.InboxEvent;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.pipeline.ProcessorOptions;

/**
 * Options of the processing pipeline that the relay and dispatch jobs build, supplied as an
 * optional CDI bean. Without one, the jobs use {@link ProcessorOptions#create()} with the {@code
 * DeadLetterStore} and {@code OmniboxMetrics} beans when those exist.
 *
 * <p>Each call must return a new options object, because a job builds one pipeline per partition.
 * Do not set a handler timeout: its executor runs the handler outside the chunk's transaction.
 *
 * @since 0.1
 */
public interface BatchProcessorOptions {

  /** Returns the options of the outbox relay's pipeline. */
  ProcessorOptions<OutboxEvent> relayOptions();

  /** Returns the options of the inbox dispatch pipeline of {@code consumerGroup}. */
  ProcessorOptions<InboxEvent> dispatchOptions(String consumerGroup);
}
