package dev.omnibox.ejb.inbox;

import dev.omnibox.schema.PayloadDecoder;
import dev.omnibox.schema.SchemaException;
import dev.omnibox.spi.ConsumedMessage;
import dev.omnibox.spi.EnvelopeData;
import dev.omnibox.spi.EnvelopeParseException;
import dev.omnibox.spi.EnvelopeParser;
import java.util.Objects;

/**
 * Wraps the configured envelope parser with the checks that make a message bad input before it is
 * stored: a body the JMS converter could not read, and, when enabled, an event type or schema
 * version that the schema registry cannot decode. A rejection raises {@link
 * EnvelopeParseException}, so the consume service stores a FAILED row and acknowledges.
 */
final class CheckingEnvelopeParser implements EnvelopeParser {

  private final EnvelopeParser delegate;
  private final PayloadDecoder decoder;
  private final HandlerCatalog catalog;
  private final boolean rejectUnknownEventTypes;

  CheckingEnvelopeParser(
      EnvelopeParser delegate,
      PayloadDecoder decoder,
      HandlerCatalog catalog,
      boolean rejectUnknownEventTypes) {
    this.delegate = Objects.requireNonNull(delegate, "delegate must not be null");
    this.decoder = Objects.requireNonNull(decoder, "decoder must not be null");
    this.catalog = Objects.requireNonNull(catalog, "catalog must not be null");
    this.rejectUnknownEventTypes = rejectUnknownEventTypes;
  }

  @Override
  public EnvelopeData parse(ConsumedMessage message) {
    String unreadable = message.properties().get(JmsMessageConverter.UNREADABLE_BODY_PROPERTY);
    if (unreadable != null) {
      throw new EnvelopeParseException(unreadable, null);
    }
    EnvelopeData data = delegate.parse(message);
    if (rejectUnknownEventTypes && !catalog.hasRawHandler(data.eventType())) {
      requireDecodable(data);
    }
    return data;
  }

  private void requireDecodable(EnvelopeData data) {
    try {
      decoder.decode(data.eventType(), data.schemaVersion(), data.payload());
    } catch (SchemaException e) {
      throw new EnvelopeParseException(
          "event type "
              + data.eventType()
              + " version "
              + data.schemaVersion()
              + " cannot be decoded: "
              + e.getMessage(),
          e);
    }
  }
}
