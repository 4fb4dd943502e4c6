package dev.omnibox.schema;

/** Raised when JSON-B cannot serialize a payload record. */
public class PayloadEncodingException extends SchemaException {

  private static final long serialVersionUID = 1L;

  public PayloadEncodingException(String message, String eventType, Throwable cause) {
    super(message, eventType, cause);
  }
}
