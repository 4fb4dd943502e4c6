/**
 * The inbox in the container: {@link dev.omnibox.ejb.inbox.InboxMessageListener}, the base class of
 * the JMS message-driven beans that store consumed messages, and the CDI handler side: the {@link
 * dev.omnibox.ejb.inbox.Inbox} qualifier for observer methods, {@link
 * dev.omnibox.ejb.inbox.OnEvent} methods of handler beans, and {@link
 * dev.omnibox.ejb.inbox.InboxContext}.
 *
 * <p>Stable API since 0.1: {@code Inbox}, {@code OnEvent}, {@code InboxContext}, {@code
 * InboxConsumer}, {@code InboxMessageListener} and the enums they use. Every other type of this
 * package is public only for the container (CDI and EJB need public classes) and may change.
 */
package dev.omnibox.ejb.inbox;
