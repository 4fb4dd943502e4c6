/**
 * Event handlers: the {@link dev.omnibox.handler.EventHandler} interface, the {@link
 * dev.omnibox.handler.EventHandlerResult} a handler returns and the {@link
 * dev.omnibox.handler.EventRouter} that picks a handler by topic, event type and schema version.
 *
 * <p>Stable API.
 */
package dev.omnibox.handler;
