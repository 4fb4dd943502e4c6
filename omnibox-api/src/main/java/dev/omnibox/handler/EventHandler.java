package dev.omnibox.handler;

import dev.omnibox.model.StoredEvent;

/**
 * Handles one event and returns its outcome.
 *
 * <p>A handler that throws is treated like one that returned a result for the exception, as the
 * caller's error classifier decides.
 *
 * @param <E> event class
 */
@FunctionalInterface
public interface EventHandler<E extends StoredEvent> {

  /** Handles {@code event} and returns its outcome, never {@code null}. */
  EventHandlerResult handle(E event) throws Exception;
}
