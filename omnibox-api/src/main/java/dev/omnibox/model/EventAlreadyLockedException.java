package dev.omnibox.model;

/**
 * Raised when a worker tries to lock an event that is already locked, by itself or another worker.
 */
public class EventAlreadyLockedException extends EventStateException {

  private static final long serialVersionUID = 1L;

  public EventAlreadyLockedException(String message) {
    super(message);
  }
}
