package dev.omnibox.spi;

/**
 * Turns a consumed message into the fields of an inbox row. The default parser reads the omnibox
 * JSON envelope; a custom parser accepts messages from producers that are not omnibox.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface EnvelopeParser {

  /**
   * Parses one message.
   *
   * @throws EnvelopeParseException when the message cannot be read (not JSON, a required field
   *     missing); the message names the field or the parse error, never the payload text
   */
  EnvelopeData parse(ConsumedMessage message);
}
