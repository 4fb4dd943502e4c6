package dev.omnibox.model;

/** Raised when a worker acts on the lock of an event that another worker holds. */
public class LockedByAnotherWorkerException extends EventStateException {

  private static final long serialVersionUID = 1L;

  public LockedByAnotherWorkerException(String message) {
    super(message);
  }
}
