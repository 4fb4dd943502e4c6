package dev.omnibox.pipeline;

import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.model.StoredEvent;

/**
 * One interceptor around the handling of an event. A step may act before and after {@code
 * next.proceed(event)}, replace its result, or return a result without calling it.
 *
 * <p>An exception thrown by the handler or a later step reaches the step unchanged; the batch
 * processor turns it into a result through its {@link dev.omnibox.retry.ErrorClassifier}. Steps are
 * called from the batch processor's thread and must be thread-safe when one instance serves several
 * processors.
 *
 * @param <E> the event type
 * @since 0.1
 */
@FunctionalInterface
public interface ProcessingStep<E extends StoredEvent> {

  /** Processes one event, usually by calling {@code next.proceed(event)}. */
  EventHandlerResult process(E event, StepChain<E> next) throws Exception;
}
