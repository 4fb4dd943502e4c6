package dev.omnibox.schema;

/**
 * Raised when a payload is missing, is not a JSON object, is malformed JSON or cannot be bound to
 * its record. The message names the event type, version and error, never the payload text.
 */
public class PayloadDecodingException extends SchemaException {

  private static final long serialVersionUID = 1L;

  private final String version;

  public PayloadDecodingException(
      String message, String eventType, String version, Throwable cause) {
    super(message, eventType, cause);
    this.version = version;
  }

  /** Schema version of the payload as received. */
  public String version() {
    return version;
  }
}
