package dev.omnibox.envelope;

import static dev.omnibox.envelope.ParserTestMessages.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.spi.EnvelopeData;
import dev.omnibox.spi.EnvelopeParseException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonEnvelopeParserTest {

  private final JsonEnvelopeParser parser = new JsonEnvelopeParser();

  @Test
  void parse_readsEnvelopeFromBody() {
    String body =
        "{\"id\":\"m-1\",\"eventType\":\"order.created\",\"schemaVersion\":\"1\","
            + "\"headers\":{\"tenant\":\"acme\"},\"payload\":{\"orderId\":1.10}}";

    EnvelopeData data = parser.parse(message("broker-1", body, Map.of("eventType", "other")));

    assertThat(data.messageId()).isEqualTo("m-1");
    assertThat(data.eventType()).isEqualTo("order.created");
    assertThat(data.headers()).isEqualTo(Map.of("tenant", "acme"));
    assertThat(data.payload()).isEqualTo("{\"orderId\":1.10}");
  }

  @Test
  void missingId_noBrokerFallback() {
    String body = "{\"eventType\":\"t\",\"schemaVersion\":\"1\",\"payload\":{}}";

    assertThatThrownBy(() -> parser.parse(message("broker-1", body, Map.of())))
        .isInstanceOf(EnvelopeParseException.class)
        .hasMessageContaining("'id' is missing");
  }

  @Test
  void malformedBody_namesPositionNotText() {
    assertThatThrownBy(() -> parser.parse(message("broker-1", "{\"ssn\": 123-45", Map.of())))
        .isInstanceOf(EnvelopeParseException.class)
        .hasMessageContaining("line 1, column")
        .hasMessageNotContaining("ssn")
        .hasMessageNotContaining("123");
  }
}
