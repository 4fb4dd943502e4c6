/**
 * Payload schemas: records annotated with {@link dev.omnibox.schema.PayloadType}, the {@link
 * dev.omnibox.schema.SchemaRegistry} that resolves an event type and schema version to a record,
 * and the migrations that upgrade or downgrade a payload between versions before JSON-B binds it.
 *
 * <p>Stable API. Schema versions are dot-separated non-negative integers (see {@link
 * dev.omnibox.schema.SchemaVersion}).
 */
package dev.omnibox.schema;
