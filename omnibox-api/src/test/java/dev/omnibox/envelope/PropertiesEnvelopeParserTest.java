package dev.omnibox.envelope;

import static dev.omnibox.envelope.ParserTestMessages.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.envelope.PropertiesEnvelopeParser.BodyFormat;
import dev.omnibox.spi.EnvelopeData;
import dev.omnibox.spi.EnvelopeParseException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PropertiesEnvelopeParserTest {

  private static final Map<String, String> TYPED =
      Map.of("messageId", "m-1", "eventType", "order.created", "schemaVersion", "2");

  @Test
  void defaults_readFieldsFromProperties() {
    Map<String, String> properties =
        Map.of(
            "messageId", "m-1",
            "eventType", "order.created",
            "schemaVersion", "2",
            "correlationId", "corr-1",
            "causationId", "cause-1",
            "traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "partitionKey", "customer-7",
            "tenant", "acme");

    EnvelopeData data =
        PropertiesEnvelopeParser.withDefaults()
            .parse(message("broker-1", "{\"orderId\":42}", properties));

    assertThat(data.messageId()).isEqualTo("m-1");
    assertThat(data.eventType()).isEqualTo("order.created");
    assertThat(data.schemaVersion()).isEqualTo("2");
    assertThat(data.correlationId()).isEqualTo("corr-1");
    assertThat(data.causationId()).isEqualTo("cause-1");
    assertThat(data.traceparent()).startsWith("00-4bf9");
    assertThat(data.partitionKey()).isEqualTo("customer-7");
    assertThat(data.headers()).isEqualTo(Map.of("tenant", "acme"));
    assertThat(data.payload()).isEqualTo("{\"orderId\":42}");
  }

  @Test
  void missingMessageIdProperty_usesBrokerId() {
    EnvelopeData data =
        PropertiesEnvelopeParser.withDefaults()
            .parse(message("broker-1", "{}", Map.of("eventType", "t", "schemaVersion", "1")));

    assertThat(data.messageId()).isEqualTo("broker-1");
  }

  @Test
  void missingMessageId_rejected() {
    PropertiesEnvelopeParser parser =
        PropertiesEnvelopeParser.builder().brokerMessageIdFallback(false).build();

    assertThatThrownBy(
            () ->
                parser.parse(
                    message("broker-1", "{}", Map.of("eventType", "t", "schemaVersion", "1"))))
        .isInstanceOf(EnvelopeParseException.class)
        .hasMessageContaining("message id is missing")
        .hasMessageContaining("'messageId'");
    assertThatThrownBy(
            () ->
                PropertiesEnvelopeParser.withDefaults()
                    .parse(message(null, "{}", Map.of("eventType", "t", "schemaVersion", "1"))))
        .isInstanceOf(EnvelopeParseException.class)
        .hasMessageContaining("broker gave no message id");
  }

  @Test
  void missingTypeAndVersion_namedProperties() {
    PropertiesEnvelopeParser parser = PropertiesEnvelopeParser.withDefaults();

    assertThatThrownBy(() -> parser.parse(message("b", "{}", Map.of("schemaVersion", "1"))))
        .isInstanceOf(EnvelopeParseException.class)
        .hasMessageContaining("event type is missing: message property 'eventType'");
    assertThatThrownBy(() -> parser.parse(message("b", "{}", Map.of("eventType", "t"))))
        .isInstanceOf(EnvelopeParseException.class)
        .hasMessageContaining("schema version is missing: message property 'schemaVersion'");
  }

  @Test
  void defaultTypeAndVersion_used() {
    PropertiesEnvelopeParser parser =
        PropertiesEnvelopeParser.builder()
            .defaultEventType("legacy.order")
            .defaultSchemaVersion("1.0")
            .build();

    EnvelopeData data = parser.parse(message("b-1", "{}", Map.of()));

    assertThat(data.eventType()).isEqualTo("legacy.order");
    assertThat(data.schemaVersion()).isEqualTo("1.0");
  }

  @Test
  void customPropertyNames_used() {
    PropertiesEnvelopeParser parser =
        PropertiesEnvelopeParser.builder()
            .messageIdProperty("x-id")
            .eventTypeProperty("x-type")
            .schemaVersionProperty("x-version")
            .correlationIdProperty(null)
            .build();

    EnvelopeData data =
        parser.parse(
            message(
                "b-1",
                "{}",
                Map.of("x-id", "m-9", "x-type", "t", "x-version", "3", "correlationId", "c")));

    assertThat(data.messageId()).isEqualTo("m-9");
    assertThat(data.eventType()).isEqualTo("t");
    assertThat(data.schemaVersion()).isEqualTo("3");
    assertThat(data.correlationId()).isNull();
    assertThat(data.headers()).isEqualTo(Map.of("correlationId", "c"));
  }

  @Test
  void textBody_wrappedAsJsonString() {
    EnvelopeData data =
        PropertiesEnvelopeParser.withDefaults().parse(message("b", "hello \"world\" ✓", TYPED));

    assertThat(data.payload()).isEqualTo("\"hello \\\"world\\\" ✓\"");
  }

  @Test
  void textFormat_wrapsJsonToo() {
    PropertiesEnvelopeParser parser =
        PropertiesEnvelopeParser.builder().bodyFormat(BodyFormat.TEXT).build();

    assertThat(parser.parse(message("b", "{\"a\":1}", TYPED)).payload())
        .isEqualTo("\"{\\\"a\\\":1}\"");
  }

  @Test
  void jsonFormat_rejectsText() {
    PropertiesEnvelopeParser parser =
        PropertiesEnvelopeParser.builder().bodyFormat(BodyFormat.JSON).build();

    assertThatThrownBy(() -> parser.parse(message("b", "password=hunter2", TYPED)))
        .isInstanceOf(EnvelopeParseException.class)
        .hasMessageContaining("body of message m-1 is not valid JSON at line 1")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void jsonBody_keepsNumbers() {
    EnvelopeData data =
        PropertiesEnvelopeParser.withDefaults()
            .parse(message("b", "{\"price\":1.10,\"id\":9223372036854775807}", TYPED));

    assertThat(data.payload()).isEqualTo("{\"price\":1.10,\"id\":9223372036854775807}");
  }

  @Test
  void builder_rejectsBlankNames() {
    assertThatThrownBy(() -> PropertiesEnvelopeParser.builder().eventTypeProperty(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eventTypeProperty");
    assertThatThrownBy(() -> PropertiesEnvelopeParser.builder().defaultSchemaVersion(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("defaultSchemaVersion");
  }
}
