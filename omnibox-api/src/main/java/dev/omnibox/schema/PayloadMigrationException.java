package dev.omnibox.schema;

/** Raised when one migration step throws or returns {@code null}. */
public class PayloadMigrationException extends SchemaException {

  private static final long serialVersionUID = 1L;

  private final String fromVersion;
  private final String toVersion;

  public PayloadMigrationException(
      String message, String eventType, String fromVersion, String toVersion, Throwable cause) {
    super(message, eventType, cause);
    this.fromVersion = fromVersion;
    this.toVersion = toVersion;
  }

  /** Source version of the failing step. */
  public String fromVersion() {
    return fromVersion;
  }

  /** Target version of the failing step. */
  public String toVersion() {
    return toVersion;
  }
}
