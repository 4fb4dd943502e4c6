/**
 * The omnibox message envelope: the JSON document an outbox event travels in, its converter, the
 * envelope parsers that the inbox uses, and a W3C {@code traceparent} helper.
 *
 * <p>Stable API since 0.1: {@link dev.omnibox.envelope.EnvelopeConverter}, {@link
 * dev.omnibox.envelope.Envelope}, {@link dev.omnibox.envelope.JsonEnvelopeParser}, {@link
 * dev.omnibox.envelope.PropertiesEnvelopeParser} and {@link dev.omnibox.envelope.Traceparent}, and
 * the JSON field names in {@link dev.omnibox.envelope.EnvelopeConverter}. Fields are only added to
 * the envelope format, never renamed or removed, within envelope version 1.
 */
package dev.omnibox.envelope;
