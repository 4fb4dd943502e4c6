/**
 * Trace context of the committing request: where the W3C {@code traceparent} that the outbox stores
 * with each new event comes from (OpenTelemetry when the server provides it, otherwise the {@code
 * traceparent} header of the JAX-RS request).
 *
 * <p>Stable API since 0.1: {@link dev.omnibox.ejb.tracing.TraceparentSource}. Every other type is
 * internal and may change.
 */
package dev.omnibox.ejb.tracing;
