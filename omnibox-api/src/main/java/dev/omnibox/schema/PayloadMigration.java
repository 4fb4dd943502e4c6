package dev.omnibox.schema;

import jakarta.json.JsonObject;

/**
 * One step that rewrites a payload from one schema version of an event type to another, registered
 * with {@link SchemaRegistry#registerMigration(String, String, String, PayloadMigration)}.
 *
 * <p>A migration returns a new object (JSON-P objects are immutable) and must not return {@code
 * null}. An exception it throws is wrapped in a {@link PayloadMigrationException} that names the
 * step.
 */
@FunctionalInterface
public interface PayloadMigration {

  /** Returns {@code payload} rewritten to the target version of this step. */
  JsonObject migrate(JsonObject payload);
}
