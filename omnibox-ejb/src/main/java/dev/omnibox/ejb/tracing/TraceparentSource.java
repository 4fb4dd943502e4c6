package dev.omnibox.ejb.tracing;

import java.util.Optional;

/**
 * Supplies the W3C {@code traceparent} of the work running on the calling thread, which the outbox
 * stores as the trace id of new events and the JMS publisher sends on.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface TraceparentSource {

  /** A source that never has a trace. */
  TraceparentSource NONE = java.util.Optional::empty;

  /** Returns the current {@code traceparent}, or empty when the calling thread has none. */
  Optional<String> currentTraceparent();
}
