package dev.omnibox.spi;

import dev.omnibox.model.StoredEvent;

/**
 * Opens a tracing span around the processing of one event, continuing the trace stored in the
 * event's trace id when there is one.
 *
 * @since 0.1
 */
public interface EventTracer {

  /** A tracer that records nothing. */
  EventTracer NOOP = (event, operation) -> () -> {};

  /**
   * Starts a span; the caller closes the returned scope when processing ends.
   *
   * @param operation for example {@code "omnibox.publish"} or {@code "omnibox.handle"}
   */
  Scope start(StoredEvent event, String operation);

  /** An open span. */
  interface Scope extends AutoCloseable {

    /** Records a failure on the span. */
    default void recordError(Throwable error) {}

    @Override
    void close();
  }
}
