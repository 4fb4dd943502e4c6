package dev.omnibox.model;

import dev.omnibox.OmniboxException;

/**
 * Raised when an event would break an invariant of the model. The message names the field, its
 * value and the fix.
 */
public class InvalidEventException extends OmniboxException {

  private static final long serialVersionUID = 1L;

  public InvalidEventException(String message) {
    super(message);
  }
}
