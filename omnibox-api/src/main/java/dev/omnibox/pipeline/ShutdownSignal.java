package dev.omnibox.pipeline;

/**
 * Tells a running batch to stop taking new events, for example when the batch job is stopped or the
 * server shuts down. The event in progress always finishes.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ShutdownSignal {

  /** A signal that is never raised. */
  ShutdownSignal NEVER = () -> false;

  /** Returns whether the batch should stop before its next event. */
  boolean isRequested();
}
