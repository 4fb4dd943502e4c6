package dev.omnibox.schema;

import dev.omnibox.OmniboxException;

/**
 * Base of the exceptions raised when a payload cannot be resolved, migrated, decoded or encoded.
 * Callers that turn undecodable input into a failed event catch this type.
 */
public class SchemaException extends OmniboxException {

  private static final long serialVersionUID = 1L;

  private final String eventType;

  public SchemaException(String message, String eventType) {
    super(message);
    this.eventType = eventType;
  }

  public SchemaException(String message, String eventType, Throwable cause) {
    super(message, cause);
    this.eventType = eventType;
  }

  /** Event type of the payload, or {@code null} when the message had none. */
  public String eventType() {
    return eventType;
  }
}
