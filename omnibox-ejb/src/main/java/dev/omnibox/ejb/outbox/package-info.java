/**
 * The producing side of the outbox in a Jakarta EE container: the {@link
 * dev.omnibox.ejb.outbox.Outbox} bean and the CDI observer that write outbox rows in the caller's
 * JTA transaction, and the fast path that publishes new rows right after commit.
 *
 * <p>Stable API since 0.1: {@link dev.omnibox.ejb.outbox.Outbox}, {@link
 * dev.omnibox.ejb.outbox.OutboxMessage}, {@link dev.omnibox.ejb.outbox.OutboxTopic}, {@link
 * dev.omnibox.ejb.outbox.ToOutbox}, {@link dev.omnibox.ejb.outbox.FastPathPublisher} and the
 * exceptions. Every other type is internal and may change.
 */
package dev.omnibox.ejb.outbox;
