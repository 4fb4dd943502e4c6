package dev.omnibox.model;

import dev.omnibox.OmniboxException;

/**
 * Raised by {@link EventLifecycle} when the status or lock of an event does not allow the requested
 * transition. The message names the event id, type, status, attempts and worker.
 */
public abstract class EventStateException extends OmniboxException {

  private static final long serialVersionUID = 1L;

  protected EventStateException(String message) {
    super(message);
  }
}
