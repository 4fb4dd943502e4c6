package dev.omnibox.pipeline;

import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.model.StoredEvent;

/**
 * The rest of the processing chain after one step; its last link is the handler.
 *
 * @param <E> the event type
 * @since 0.1
 */
@FunctionalInterface
public interface StepChain<E extends StoredEvent> {

  /** Runs the remaining steps and the handler, and returns the handler's result. */
  EventHandlerResult proceed(E event) throws Exception;
}
