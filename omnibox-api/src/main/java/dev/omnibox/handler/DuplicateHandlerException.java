package dev.omnibox.handler;

import dev.omnibox.OmniboxException;

/** Raised when a second handler is registered for the same topic, event type and schema version. */
public class DuplicateHandlerException extends OmniboxException {

  private static final long serialVersionUID = 1L;

  public DuplicateHandlerException(String message) {
    super(message);
  }
}
