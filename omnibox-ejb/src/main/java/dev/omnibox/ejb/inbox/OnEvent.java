package dev.omnibox.ejb.inbox;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a method of a CDI bean as an inbox handler, the handler-bean style beside {@link Inbox}
 * observers:
 *
 * <pre>{@code
 * @ApplicationScoped
 * class Billing {
 *   @OnEvent(topic = "orders")
 *   EventHandlerResult charge(OrderPlaced order, InboxContext ctx) { ... }
 * }
 * }</pre>
 *
 * <p>The first parameter is the payload: a record annotated with {@link
 * dev.omnibox.schema.PayloadType}, or {@link dev.omnibox.model.InboxEvent} for the raw row (then
 * {@link #eventType()} is required). An optional second parameter receives the {@link
 * InboxContext}. The method returns {@link dev.omnibox.handler.EventHandlerResult}, or {@code void}
 * for "completed". An empty member matches any value.
 */
@Documented
@Retention(RUNTIME)
@Target(METHOD)
public @interface OnEvent {

  /** The producer's topic (the inbox row's source); empty for any. */
  String topic() default "";

  /**
   * The event type, or empty to take it from the payload record's {@link
   * dev.omnibox.schema.PayloadType}.
   */
  String eventType() default "";

  /** The schema version, or a prefix of it such as {@code 1} for {@code 1.2}; empty for any. */
  String version() default "";

  /** The consumer group whose events this method handles; empty for every group. */
  String consumerGroup() default "";
}
