package dev.omnibox.schema;

/**
 * Turns the JSON payload of a stored or received event into a Java object, migrating it from the
 * message's schema version to the version of the target type first.
 *
 * <p>Implementations raise {@link SchemaException} subclasses for every input they cannot decode:
 * an unknown event type or version, malformed JSON, a missing migration path or a failing
 * migration. They never return a payload that was not migrated to the requested version.
 */
public interface PayloadDecoder {

  /**
   * Decodes {@code json}, written at {@code version} of {@code eventType}, into {@code type}.
   *
   * @throws IllegalArgumentException when {@code type} is not a record annotated with {@link
   *     PayloadType}
   * @throws SchemaResolutionException when the event type or version is unknown, or {@code type} is
   *     the payload record of another event type
   * @throws MigrationPathNotFoundException when no chain of migrations leads from {@code version}
   *     to the version of {@code type}
   * @throws PayloadMigrationException when a migration step fails
   * @throws PayloadDecodingException when the JSON is malformed or cannot be bound to {@code type}
   */
  <T> T decode(String eventType, String version, String json, Class<T> type);

  /**
   * Decodes {@code json} into the latest payload record registered for {@code eventType}.
   *
   * @throws SchemaException for the same reasons as {@link #decode(String, String, String, Class)},
   *     and {@link SchemaResolutionException} when no record is registered for {@code eventType}
   */
  Object decode(String eventType, String version, String json);
}
