package dev.omnibox.ejb.inbox;

/**
 * How an inbox consumer reads its messages.
 *
 * @since 0.1
 */
public enum EnvelopeFormat {

  /** The body is an omnibox JSON envelope ({@link dev.omnibox.envelope.JsonEnvelopeParser}). */
  JSON,

  /**
   * The body is the payload and the envelope fields are JMS properties, for producers that are not
   * omnibox ({@link dev.omnibox.envelope.PropertiesEnvelopeParser} with its defaults).
   */
  PROPERTIES
}
