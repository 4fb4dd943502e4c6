package dev.omnibox.schema;

/** Raised when no chain of registered migrations leads from one schema version to another. */
public class MigrationPathNotFoundException extends SchemaException {

  private static final long serialVersionUID = 1L;

  private final String fromVersion;
  private final String toVersion;

  public MigrationPathNotFoundException(
      String message, String eventType, String fromVersion, String toVersion) {
    super(message, eventType);
    this.fromVersion = fromVersion;
    this.toVersion = toVersion;
  }

  /** Version of the payload as received. */
  public String fromVersion() {
    return fromVersion;
  }

  /** Version the payload was to be migrated to. */
  public String toVersion() {
    return toVersion;
  }
}
