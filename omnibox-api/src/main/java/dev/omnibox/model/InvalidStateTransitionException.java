package dev.omnibox.model;

/**
 * Raised when the status of an event does not allow the requested transition, for example
 * completing a FAILED event.
 */
public class InvalidStateTransitionException extends EventStateException {

  private static final long serialVersionUID = 1L;

  public InvalidStateTransitionException(String message) {
    super(message);
  }
}
