package dev.omnibox.handler;

/**
 * Handles one event and returns its outcome.
 *
 * <p>The type parameter is the event class the handler receives, a {@code
 * dev.omnibox.model.StoredEvent} subclass in the pipeline. A handler that throws is treated like
 * one that returned a result for the exception, as the caller's error classifier decides.
 *
 * @param <E> event class
 */
// TODO: the contract bounds E by dev.omnibox.model.StoredEvent; add the bound once that class is
// on this branch.
@FunctionalInterface
public interface EventHandler<E> {

  /** Handles {@code event} and returns its outcome, never {@code null}. */
  EventHandlerResult handle(E event) throws Exception;
}
