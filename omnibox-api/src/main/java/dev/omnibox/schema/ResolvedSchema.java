package dev.omnibox.schema;

/**
 * Registered payload record of one event type and schema version.
 *
 * @param eventType event type from the record's {@link PayloadType}
 * @param version schema version from the record's {@link PayloadType}
 * @param payloadClass the record class
 */
public record ResolvedSchema(
    String eventType, String version, Class<? extends Record> payloadClass) {}
