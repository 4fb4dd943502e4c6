package dev.omnibox.model;

/** Processing status of a stored event. */
public enum EventStatus {
  /** Waiting for its first or next attempt, at or after its scheduled time. */
  PENDING,
  /** Processed: the outbox event was published or the inbox event was handled. */
  COMPLETED,
  /** Gave up after using all its attempts; an operator decides what happens next. */
  FAILED
}
