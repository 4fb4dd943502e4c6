package dev.omnibox.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.model.EventStatus;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.spi.EnvelopeData;
import dev.omnibox.spi.EnvelopeParseException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EnvelopeConverterTest {

  private static final Instant CREATED = Instant.parse("2026-01-31T08:15:00.123456789Z");
  private static final UUID ID = UUID.fromString("5f0c6d1e-8a5b-4c3d-9e2f-1a2b3c4d5e6f");
  private static final String TRACEPARENT =
      "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

  private final EnvelopeConverter converter = new EnvelopeConverter();

  static OutboxEvent.Builder event(String payload) {
    return OutboxEvent.builder()
        .id(ID)
        .eventType("order.created")
        .schemaVersion("1.2.0")
        .topic("orders")
        .aggregateType("Order")
        .aggregateId("o-42")
        .partitionKey("customer-7")
        .payload(payload)
        .headers(Map.of())
        .status(EventStatus.PENDING)
        .attemptsMade(0)
        .maxAttempts(5)
        .scheduledAt(CREATED)
        .createdAt(CREATED)
        .updatedAt(CREATED);
  }

  @Test
  void toJson_writesEveryField() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("tenant", "acme");
    headers.put("source-app", "shop");
    OutboxEvent event =
        event("{\"orderId\":42}")
            .headers(headers)
            .traceId(TRACEPARENT)
            .correlationId("corr-1")
            .causationId("cause-1")
            .idempotencyKey("idem-1")
            .build();

    String json = converter.toJson(event);

    assertThat(json)
        .isEqualTo(
            "{\"envelopeVersion\":1,\"id\":\""
                + ID
                + "\",\"eventType\":\"order.created\",\"schemaVersion\":\"1.2.0\","
                + "\"topic\":\"orders\",\"aggregateType\":\"Order\",\"aggregateId\":\"o-42\","
                + "\"partitionKey\":\"customer-7\",\"occurredAt\":\"2026-01-31T08:15:00.123456789Z\","
                + "\"headers\":{\"source-app\":\"shop\",\"tenant\":\"acme\"},"
                + "\"traceparent\":\""
                + TRACEPARENT
                + "\",\"traceId\":\""
                + TRACEPARENT
                + "\",\"correlationId\":\"corr-1\",\"causationId\":\"cause-1\","
                + "\"idempotencyKey\":\"idem-1\",\"payload\":{\"orderId\":42}}");
  }

  @Test
  void roundTrip_keepsEveryFieldOfEvent() {
    OutboxEvent event =
        event("{\"orderId\":42,\"lines\":[{\"sku\":\"A-1\",\"qty\":2}]}")
            .headers(Map.of("tenant", "acme"))
            .traceId(TRACEPARENT)
            .correlationId("corr-1")
            .causationId("cause-1")
            .idempotencyKey("idem-1")
            .build();

    Envelope envelope = converter.parse(converter.toJson(event));

    assertThat(envelope).isEqualTo(Envelope.of(event));
    assertThat(envelope.id()).isEqualTo(ID.toString());
    assertThat(envelope.occurredAt()).isEqualTo(CREATED);
    assertThat(envelope.traceparent()).isEqualTo(TRACEPARENT);
    assertThat(envelope.idempotencyKey()).isEqualTo("idem-1");
  }

  @Test
  void roundTrip_isExactForJsonText() {
    String json = converter.toJson(event("{\"a\":[1,2,{\"b\":null}],\"c\":\"d\"}").build());

    assertThat(converter.toJson(converter.parse(json))).isEqualTo(json);
  }

  @Test
  void roundTrip_keepsUnicode() {
    String payload = "{\"name\":\"Zoë 😀 東京\",\"tab\":\"\\t\",\"quote\":\"\\\"\\\\/\"}";
    OutboxEvent event =
        event(payload).headers(Map.of("note", "ünïcödé ✓")).correlationId("ключ").build();

    Envelope envelope = converter.parse(converter.toJson(event));

    assertThat(envelope.payload()).isEqualTo(payload);
    assertThat(envelope.headers()).containsEntry("note", "ünïcödé ✓");
    assertThat(envelope.correlationId()).isEqualTo("ключ");
  }

  @Test
  void escapes_keepValue() {
    Envelope envelope =
        converter.parse(converter.toJson(event("{\"e\":\"\\u00e9\\u2028\"}").build()));

    assertThat(envelope.payload()).isEqualTo("{\"e\":\"\u00e9\u2028\"}");
  }

  @Test
  void roundTrip_keepsNumberTexts() {
    String payload =
        "{\"price\":1.10,\"big\":9223372036854775807,\"bigger\":123456789012345678901234567890,"
            + "\"negative\":-9223372036854775808,\"zero\":0.000,\"fraction\":0.1}";

    Envelope envelope = converter.parse(converter.toJson(event(payload).build()));

    assertThat(envelope.payload()).isEqualTo(payload);
  }

  @Test
  void roundTrip_keepsNestedPayload() {
    String payload = "{\"a\":{\"b\":{\"c\":[[1],[2,[3,{\"d\":true}]]]}},\"e\":false}";

    assertThat(converter.parse(converter.toJson(event(payload).build())).payload())
        .isEqualTo(payload);
  }

  @Test
  void roundTrip_keepsNonObjectPayloads() {
    for (String payload : new String[] {"null", "\"text\"", "[1,2]", "42", "true"}) {
      assertThat(converter.parse(converter.toJson(event(payload).build())).payload())
          .isEqualTo(payload);
    }
  }

  @Test
  void payload_isEmbeddedAsJsonValue() {
    String json = converter.toJson(event("{\"orderId\":42}").build());

    assertThat(json).endsWith("\"payload\":{\"orderId\":42}}");
  }

  @Test
  void payloadWhitespace_isCompacted() {
    Envelope envelope = converter.parse(converter.toJson(event("{ \"a\" : [ 1 , 2 ] }\n").build()));

    assertThat(envelope.payload()).isEqualTo("{\"a\":[1,2]}");
  }

  @Test
  void emptyHeadersAndNulls_roundTrip() {
    OutboxEvent event =
        OutboxEvent.builder()
            .id(ID)
            .eventType("ping")
            .schemaVersion("1")
            .topic("pings")
            .payload("{}")
            .scheduledAt(CREATED)
            .createdAt(CREATED)
            .updatedAt(CREATED)
            .build();

    String json = converter.toJson(event);
    Envelope envelope = converter.parse(json);

    assertThat(json).contains("\"headers\":{}").contains("\"aggregateType\":null");
    assertThat(envelope.headers()).isEmpty();
    assertThat(envelope.aggregateType()).isNull();
    assertThat(envelope.aggregateId()).isNull();
    assertThat(envelope.partitionKey()).isNull();
    assertThat(envelope.traceparent()).isNull();
    assertThat(envelope.traceId()).isNull();
    assertThat(envelope.correlationId()).isNull();
    assertThat(envelope.causationId()).isNull();
    assertThat(envelope.idempotencyKey()).isNull();
    assertThat(converter.toJson(envelope)).isEqualTo(json);
  }

  @Test
  void allOptionalNull_roundTrip() {
    Envelope envelope =
        new Envelope(
            "m-1", "t", "1", null, null, null, null, null, Map.of(), null, null, null, null, null,
            "null");

    String json = converter.toJson(envelope);

    assertThat(converter.parse(json)).isEqualTo(envelope);
    assertThat(json).contains("\"topic\":null").contains("\"occurredAt\":null");
  }

  @Test
  void bareTraceId_getsTraceparent() {
    OutboxEvent event = event("{}").traceId("4bf92f3577b34da6a3ce929d0e0e4736").build();

    Envelope envelope = converter.parse(converter.toJson(event));

    Traceparent traceparent = Traceparent.parse(envelope.traceparent());
    assertThat(traceparent.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    assertThat(traceparent.parentId()).isEqualTo("9e2f1a2b3c4d5e6f");
    assertThat(envelope.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
  }

  @Test
  void otherTraceId_keptWithoutTraceparent() {
    Envelope envelope = converter.parse(converter.toJson(event("{}").traceId("my-trace").build()));

    assertThat(envelope.traceparent()).isNull();
    assertThat(envelope.traceId()).isEqualTo("my-trace");
  }

  @Test
  void fromJson_returnsInboxFields() {
    OutboxEvent event =
        event("{\"orderId\":42}")
            .headers(Map.of("tenant", "acme"))
            .traceId(TRACEPARENT)
            .correlationId("corr-1")
            .causationId("cause-1")
            .build();

    EnvelopeData data = converter.fromJson(converter.toJson(event));

    assertThat(data.messageId()).isEqualTo(ID.toString());
    assertThat(data.eventType()).isEqualTo("order.created");
    assertThat(data.schemaVersion()).isEqualTo("1.2.0");
    assertThat(data.payload()).isEqualTo("{\"orderId\":42}");
    assertThat(data.headers()).isEqualTo(Map.of("tenant", "acme"));
    assertThat(data.topic()).isEqualTo("orders");
    assertThat(data.aggregateType()).isEqualTo("Order");
    assertThat(data.aggregateId()).isEqualTo("o-42");
    assertThat(data.partitionKey()).isEqualTo("customer-7");
    assertThat(data.traceparent()).isEqualTo(TRACEPARENT);
    assertThat(data.correlationId()).isEqualTo("corr-1");
    assertThat(data.causationId()).isEqualTo("cause-1");
    assertThat(data.occurredAt()).isEqualTo(CREATED);
  }

  @Test
  void payloadNotJson_rejectedOnWrite() {
    OutboxEvent event = event("{\"secret\": oops}").build();

    assertThatThrownBy(() -> converter.toJson(event))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(ID.toString())
        .hasMessageContaining("line 1")
        .hasMessageNotContaining("secret");
  }

  @Test
  void malformedJson_namesPosition() {
    assertThatThrownBy(() -> converter.parse("{\"id\":\"m-1\",\"payload\":{\"card\":\"4111 oops"))
        .isInstanceOf(EnvelopeParseException.class)
        .hasMessageContaining("not valid JSON at line 1")
        .hasMessageNotContaining("4111");
  }

  @Test
  void trailingText_rejected() {
    assertThatThrownBy(() -> converter.parse(minimal() + " trailing"))
        .isInstanceOf(EnvelopeParseException.class)
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void emptyBody_rejected() {
    assertThatThrownBy(() -> converter.parse(""))
        .isInstanceOf(EnvelopeParseException.class)
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void nonObject_rejected() {
    assertThatThrownBy(() -> converter.parse("[1,2]"))
        .isInstanceOf(EnvelopeParseException.class)
        .hasMessageContaining("must be a JSON object, but was ARRAY");
  }

  @Test
  void missingRequiredFields_named() {
    assertMissing("id", "{\"eventType\":\"t\",\"schemaVersion\":\"1\",\"payload\":{}}");
    assertMissing("eventType", "{\"id\":\"m-1\",\"schemaVersion\":\"1\",\"payload\":{}}");
    assertMissing("schemaVersion", "{\"id\":\"m-1\",\"eventType\":\"t\",\"payload\":{}}");
    assertMissing(
        "id", "{\"id\":\" \",\"eventType\":\"t\",\"schemaVersion\":\"1\",\"payload\":{}}");
    assertMissing("payload", "{\"id\":\"m-1\",\"eventType\":\"t\",\"schemaVersion\":\"1\"}");
  }

  @Test
  void wrongFieldTypes_named() {
    assertThatThrownBy(
            () -> converter.parse("{\"id\":7,\"eventType\":\"t\",\"schemaVersion\":\"1\"}"))
        .isInstanceOf(EnvelopeParseException.class)
        .hasMessageContaining("'id' must be a string or null, but was a JSON NUMBER");
    assertThatThrownBy(
            () ->
                converter.parse(
                    "{\"id\":\"m\",\"eventType\":\"t\",\"schemaVersion\":\"1\","
                        + "\"headers\":{\"n\":1},\"payload\":{}}"))
        .isInstanceOf(EnvelopeParseException.class)
        .hasMessageContaining("'headers.n' must be a string");
    assertThatThrownBy(
            () ->
                converter.parse(
                    "{\"id\":\"m\",\"eventType\":\"t\",\"schemaVersion\":\"1\","
                        + "\"occurredAt\":\"yesterday\",\"payload\":{}}"))
        .isInstanceOf(EnvelopeParseException.class)
        .hasMessageContaining("'occurredAt' must be an ISO-8601 instant");
  }

  @Test
  void minimalEnvelope_readsWithDefaults() {
    Envelope envelope = converter.parse(minimal());

    assertThat(envelope.id()).isEqualTo("m-1");
    assertThat(envelope.headers()).isEmpty();
    assertThat(envelope.occurredAt()).isNull();
    assertThat(envelope.payload()).isEqualTo("{\"x\":1}");
  }

  @Test
  void newerEnvelopeVersion_readsKnownFields() {
    String json =
        "{\"envelopeVersion\":2,\"id\":\"m-1\",\"eventType\":\"t\",\"schemaVersion\":\"1\","
            + "\"newField\":[1],\"payload\":{}}";

    assertThat(converter.parse(json).id()).isEqualTo("m-1");
  }

  @Test
  void occurredAtWithOffset_readAsUtc() {
    String json =
        "{\"id\":\"m-1\",\"eventType\":\"t\",\"schemaVersion\":\"1\","
            + "\"occurredAt\":\"2026-01-31T09:15:00+01:00\",\"payload\":{}}";

    assertThat(converter.parse(json).occurredAt()).isEqualTo(Instant.parse("2026-01-31T08:15:00Z"));
  }

  private void assertMissing(String field, String json) {
    assertThatThrownBy(() -> converter.parse(json))
        .isInstanceOf(EnvelopeParseException.class)
        .hasMessageContaining("'" + field + "' is missing");
  }

  private static String minimal() {
    return "{\"id\":\"m-1\",\"eventType\":\"t\",\"schemaVersion\":\"1\",\"payload\":{\"x\":1}}";
  }
}
