package dev.omnibox.schema;

/**
 * Raised when no payload record is registered for an event type and schema version, or a target
 * class is not a payload record of the requested event type.
 */
public class SchemaResolutionException extends SchemaException {

  private static final long serialVersionUID = 1L;

  private final String version;

  public SchemaResolutionException(String message, String eventType, String version) {
    super(message, eventType);
    this.version = version;
  }

  /** Requested schema version, or {@code null} when the message had none. */
  public String version() {
    return version;
  }
}
