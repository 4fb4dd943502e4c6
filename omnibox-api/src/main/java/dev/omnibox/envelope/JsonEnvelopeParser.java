package dev.omnibox.envelope;

import dev.omnibox.spi.ConsumedMessage;
import dev.omnibox.spi.EnvelopeData;
import dev.omnibox.spi.EnvelopeParser;
import java.util.Objects;

/**
 * The default envelope parser: reads the message body as an omnibox envelope written by {@link
 * EnvelopeConverter}. The envelope's {@code id} is the message id; message properties are not read.
 *
 * <p>A body that is not JSON, or an envelope without an id, event type, schema version or payload,
 * raises {@link dev.omnibox.spi.EnvelopeParseException} with the field name or the parse position.
 */
public final class JsonEnvelopeParser implements EnvelopeParser {

  private final EnvelopeConverter converter;

  public JsonEnvelopeParser() {
    this(new EnvelopeConverter());
  }

  public JsonEnvelopeParser(EnvelopeConverter converter) {
    this.converter = Objects.requireNonNull(converter, "converter must not be null");
  }

  @Override
  public EnvelopeData parse(ConsumedMessage message) {
    Objects.requireNonNull(message, "message must not be null");
    return converter.fromJson(message.body());
  }
}
