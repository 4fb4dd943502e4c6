package dev.omnibox.ejb.storage;

import dev.omnibox.ejb.storage.sql.SqlDialect;
import dev.omnibox.model.InvalidEventException;
import dev.omnibox.model.StoredEvent;
import dev.omnibox.model.StoredEventBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Conversions between event fields and column values: headers as JSON, key hashes, payload checks,
 * and the shared columns read from a row.
 */
final class EventRows {

  /** Looked up once: {@code Json.createX} would search the service loader on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private EventRows() {}

  /** Returns the headers as a JSON object text, or null when there are none. */
  static String headersJson(Map<String, String> headers) {
    if (headers == null || headers.isEmpty()) {
      return null;
    }
    JsonObjectBuilder builder = JSON.createObjectBuilder();
    headers.forEach(builder::add);
    return builder.build().toString();
  }

  /** Parses headers written by {@link #headersJson}; null or empty text gives no headers. */
  static Map<String, String> parseHeaders(String json) {
    if (json == null || json.isBlank()) {
      return Map.of();
    }
    JsonObject object = JSON.createReader(new StringReader(json)).readObject();
    Map<String, String> headers = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
      JsonValue value = entry.getValue();
      headers.put(
          entry.getKey(), value instanceof JsonString text ? text.getString() : value.toString());
    }
    return headers;
  }

  /**
   * Checks that the payload is one complete JSON value.
   *
   * @throws InvalidEventException naming the event, the position and the parser's message
   */
  static void requireJsonPayload(StoredEvent event) {
    try (JsonParser parser = JSON.createParser(new StringReader(event.payload()))) {
      if (!parser.hasNext()) {
        throw invalidPayload(event, "it is empty");
      }
      while (parser.hasNext()) {
        parser.next();
      }
    } catch (JsonParsingException e) {
      throw invalidPayload(
          event,
          e.getMessage()
              + " at line "
              + e.getLocation().getLineNumber()
              + ", column "
              + e.getLocation().getColumnNumber());
    } catch (JsonException e) {
      throw invalidPayload(event, e.getMessage());
    }
  }

  private static InvalidEventException invalidPayload(StoredEvent event, String problem) {
    return new InvalidEventException(
        "Invalid payload of event "
            + event.id()
            + " (type "
            + event.eventType()
            + "): not valid JSON because "
            + problem
            + ". Store the payload as JSON text, for example serialized with JSON-B");
  }

  /**
   * Reads the columns that event rows and dead letters share into a builder: the id from {@code
   * idColumn}, the event type, payload, headers, schema version, trace, correlation and causation
   * ids and the idempotency key.
   */
  static void readSharedColumns(
      StoredEventBuilder<?, ?> builder, ResultSet row, SqlDialect dialect, String idColumn)
      throws SQLException {
    builder
        .id(dialect.readId(row, idColumn))
        .eventType(row.getString("event_type"))
        .payload(row.getString("payload"))
        .headers(parseHeaders(row.getString("headers")))
        .schemaVersion(row.getString("schema_version"))
        .traceId(row.getString("trace_id"))
        .correlationId(row.getString("correlation_id"))
        .causationId(row.getString("causation_id"))
        .idempotencyKey(row.getString("idempotency_key"));
  }

  /** Returns the CRC-32 of the UTF-8 key, the key_hash column; 0 for no key. */
  static long keyHash(String partitionKey) {
    if (partitionKey == null) {
      return 0;
    }
    CRC32 crc = new CRC32();
    crc.update(partitionKey.getBytes(StandardCharsets.UTF_8));
    return crc.getValue();
  }
}
