package dev.omnibox.envelope;

import dev.omnibox.model.OutboxEvent;
import dev.omnibox.spi.EnvelopeData;
import dev.omnibox.spi.EnvelopeParseException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.lang.invoke.MethodHandles;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jboss.logging.Logger;

/**
 * Writes outbox events as omnibox envelopes and reads envelopes back.
 *
 * <p>An envelope is one JSON object with every field of {@link Envelope} under the names of the
 * constants below, plus {@value #FIELD_ENVELOPE_VERSION}. Absent values are written as JSON {@code
 * null}; {@code occurredAt} is an ISO-8601 instant in UTC ({@code 2026-01-31T08:15:00.123Z});
 * {@code headers} is an object of strings; {@code payload} is the payload itself as a JSON value,
 * not a string that contains JSON.
 *
 * <p>The round trip is exact for every value: strings (any Unicode), nested objects and arrays,
 * member order, and number texts such as {@code 1.10} or {@code 9223372036854775807}, which JSON-P
 * keeps as {@link java.math.BigDecimal}. Only the spelling of the payload text changes: whitespace
 * is dropped, a string escape such as {@code \u00e9} is written as the character itself or as the
 * escape JSON-P chooses, and a number in exponent form is written in {@link
 * java.math.BigDecimal#toString()} form ({@code 1e5} becomes {@code 1E+5}). Each is the same JSON
 * value.
 *
 * <p>Instances are thread-safe.
 */
public final class EnvelopeConverter {

  /** The envelope format version this class writes; it reads versions up to this one. */
  public static final int ENVELOPE_VERSION = 1;

  public static final String FIELD_ENVELOPE_VERSION = "envelopeVersion";
  public static final String FIELD_ID = "id";
  public static final String FIELD_EVENT_TYPE = "eventType";
  public static final String FIELD_SCHEMA_VERSION = "schemaVersion";
  public static final String FIELD_TOPIC = "topic";
  public static final String FIELD_AGGREGATE_TYPE = "aggregateType";
  public static final String FIELD_AGGREGATE_ID = "aggregateId";
  public static final String FIELD_PARTITION_KEY = "partitionKey";
  public static final String FIELD_OCCURRED_AT = "occurredAt";
  public static final String FIELD_HEADERS = "headers";
  public static final String FIELD_TRACEPARENT = "traceparent";
  public static final String FIELD_TRACE_ID = "traceId";
  public static final String FIELD_CORRELATION_ID = "correlationId";
  public static final String FIELD_CAUSATION_ID = "causationId";
  public static final String FIELD_IDEMPOTENCY_KEY = "idempotencyKey";
  public static final String FIELD_PAYLOAD = "payload";

  private static final EnvelopeLogger LOG =
      Logger.getMessageLogger(
          MethodHandles.lookup(), EnvelopeLogger.class, EnvelopeConverter.class.getPackageName());

  private final JsonSupport json;

  /** Creates a converter with the JSON-P provider found on the class path. */
  public EnvelopeConverter() {
    this(JsonProvider.provider());
  }

  public EnvelopeConverter(JsonProvider provider) {
    this.json = new JsonSupport(Objects.requireNonNull(provider, "provider must not be null"));
  }

  /**
   * Writes the envelope of an outbox event.
   *
   * @throws IllegalArgumentException when the event's payload is not JSON
   */
  public String toJson(OutboxEvent event) {
    Objects.requireNonNull(event, "event must not be null");
    return toJson(Envelope.of(event));
  }

  /**
   * Writes an envelope.
   *
   * @throws IllegalArgumentException when the payload is not JSON
   */
  public String toJson(Envelope envelope) {
    Objects.requireNonNull(envelope, "envelope must not be null");
    JsonValue payload = readPayload(envelope);
    JsonObjectBuilder object =
        json.provider()
            .createObjectBuilder()
            .add(FIELD_ENVELOPE_VERSION, ENVELOPE_VERSION)
            .add(FIELD_ID, text(envelope.id()))
            .add(FIELD_EVENT_TYPE, text(envelope.eventType()))
            .add(FIELD_SCHEMA_VERSION, text(envelope.schemaVersion()))
            .add(FIELD_TOPIC, text(envelope.topic()))
            .add(FIELD_AGGREGATE_TYPE, text(envelope.aggregateType()))
            .add(FIELD_AGGREGATE_ID, text(envelope.aggregateId()))
            .add(FIELD_PARTITION_KEY, text(envelope.partitionKey()))
            .add(FIELD_OCCURRED_AT, text(formatInstant(envelope.occurredAt())))
            .add(FIELD_HEADERS, headersObject(envelope.headers()))
            .add(FIELD_TRACEPARENT, text(envelope.traceparent()))
            .add(FIELD_TRACE_ID, text(envelope.traceId()))
            .add(FIELD_CORRELATION_ID, text(envelope.correlationId()))
            .add(FIELD_CAUSATION_ID, text(envelope.causationId()))
            .add(FIELD_IDEMPOTENCY_KEY, text(envelope.idempotencyKey()))
            .add(FIELD_PAYLOAD, payload);
    return json.write(object.build());
  }

  /**
   * Reads an envelope and returns the fields that the inbox stores.
   *
   * @throws EnvelopeParseException as {@link #parse}
   */
  public EnvelopeData fromJson(String text) {
    return parse(text).toEnvelopeData();
  }

  /**
   * Reads every field of an envelope. Unknown fields are ignored, so a newer producer may add
   * fields.
   *
   * @throws EnvelopeParseException when the text is not a JSON object, a field has the wrong type,
   *     or the id, event type, schema version or payload is missing; the message names the field or
   *     the parse position, never the payload text
   */
  public Envelope parse(String text) {
    Objects.requireNonNull(text, "text must not be null");
    JsonObject object = readObject(text);
    checkEnvelopeVersion(object);
    return new Envelope(
        required(object, FIELD_ID),
        required(object, FIELD_EVENT_TYPE),
        required(object, FIELD_SCHEMA_VERSION),
        optional(object, FIELD_TOPIC),
        optional(object, FIELD_AGGREGATE_TYPE),
        optional(object, FIELD_AGGREGATE_ID),
        optional(object, FIELD_PARTITION_KEY),
        parseInstant(object),
        headers(object),
        optional(object, FIELD_TRACEPARENT),
        optional(object, FIELD_TRACE_ID),
        optional(object, FIELD_CORRELATION_ID),
        optional(object, FIELD_CAUSATION_ID),
        optional(object, FIELD_IDEMPOTENCY_KEY),
        payload(object));
  }

  JsonSupport json() {
    return json;
  }

  private JsonValue readPayload(Envelope envelope) {
    try {
      return json.read(envelope.payload());
    } catch (JsonSupport.InvalidJsonException e) {
      throw new IllegalArgumentException(
          "payload of event "
              + envelope.id()
              + " (type "
              + envelope.eventType()
              + ") is not valid JSON "
              + e.position()
              + "; store the payload as JSON text");
    }
  }

  private JsonObject readObject(String text) {
    JsonValue value;
    try {
      value = json.read(text);
    } catch (JsonSupport.InvalidJsonException e) {
      throw new EnvelopeParseException("envelope is not valid JSON " + e.position(), null);
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new EnvelopeParseException(
          "envelope must be a JSON object, but was " + value.getValueType(), null);
    }
    return value.asJsonObject();
  }

  private static void checkEnvelopeVersion(JsonObject object) {
    JsonValue version = object.get(FIELD_ENVELOPE_VERSION);
    if (version == null || version.getValueType() == JsonValue.ValueType.NULL) {
      return;
    }
    if (version.getValueType() != JsonValue.ValueType.NUMBER) {
      throw wrongType(FIELD_ENVELOPE_VERSION, "a number", version);
    }
    int number = ((JsonNumber) version).intValue();
    if (number > ENVELOPE_VERSION) {
      LOG.newerEnvelopeVersion(optional(object, FIELD_ID), number, ENVELOPE_VERSION);
    }
  }

  private static String required(JsonObject object, String field) {
    String value = optional(object, field);
    if (value == null || value.isBlank()) {
      throw new EnvelopeParseException(
          "envelope field '" + field + "' is missing or blank; the producer must set it", null);
    }
    return value;
  }

  private static String optional(JsonObject object, String field) {
    JsonValue value = object.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value.getValueType() != JsonValue.ValueType.STRING) {
      throw wrongType(field, "a string or null", value);
    }
    return ((JsonString) value).getString();
  }

  private static Instant parseInstant(JsonObject object) {
    String value = optional(object, FIELD_OCCURRED_AT);
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new EnvelopeParseException(
          "envelope field '"
              + FIELD_OCCURRED_AT
              + "' must be an ISO-8601 instant such as 2026-01-31T08:15:00Z, but was '"
              + value
              + "'",
          null);
    }
  }

  private static Map<String, String> headers(JsonObject object) {
    JsonValue value = object.get(FIELD_HEADERS);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Map.of();
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw wrongType(FIELD_HEADERS, "an object of strings", value);
    }
    Map<String, String> headers = new LinkedHashMap<>();
    value
        .asJsonObject()
        .forEach(
            (name, header) -> {
              if (header.getValueType() != JsonValue.ValueType.STRING) {
                throw wrongType(FIELD_HEADERS + "." + name, "a string", header);
              }
              headers.put(name, ((JsonString) header).getString());
            });
    return headers;
  }

  private String payload(JsonObject object) {
    JsonValue value = object.get(FIELD_PAYLOAD);
    if (value == null) {
      throw new EnvelopeParseException(
          "envelope field '"
              + FIELD_PAYLOAD
              + "' is missing; the producer must set it (JSON null is allowed)",
          null);
    }
    return json.write(value);
  }

  private JsonValue text(String value) {
    return value == null ? JsonValue.NULL : json.provider().createValue(value);
  }

  private JsonObject headersObject(Map<String, String> headers) {
    JsonObjectBuilder builder = json.provider().createObjectBuilder();
    headers.forEach(builder::add);
    return builder.build();
  }

  private static String formatInstant(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  private static EnvelopeParseException wrongType(String field, String expected, JsonValue value) {
    return new EnvelopeParseException(
        "envelope field '"
            + field
            + "' must be "
            + expected
            + ", but was a JSON "
            + value.getValueType(),
        null);
  }
}
