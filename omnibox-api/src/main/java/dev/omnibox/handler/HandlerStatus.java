package dev.omnibox.handler;

/** Outcome of handling one event. */
public enum HandlerStatus {
  /** The event was handled; its effects commit with the event's completion. */
  COMPLETED,
  /** The event cannot be handled and will not be tried again. */
  FAILED,
  /** The event could not be handled now and is scheduled for another attempt. */
  RETRY,
  /** The handler chose not to handle the event, for example because it does not apply. */
  SKIPPED,
  /** The event is outdated, for example superseded by a newer event of the same aggregate. */
  STALE
}
