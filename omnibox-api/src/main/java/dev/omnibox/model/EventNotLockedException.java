package dev.omnibox.model;

/** Raised when an action needs the lock of an event but the event is not locked. */
public class EventNotLockedException extends EventStateException {

  private static final long serialVersionUID = 1L;

  public EventNotLockedException(String message) {
    super(message);
  }
}
