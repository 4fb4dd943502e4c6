package dev.omnibox.ejb.outbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the outbox topic of a {@link dev.omnibox.schema.PayloadType} record, so that the record can
 * be published without a wrapper: {@code outbox.publish(order)}, or fired as a CDI event with the
 * {@link ToOutbox} qualifier.
 *
 * <pre>{@code
 * @PayloadType(eventType = "order.created", version = "1")
 * @OutboxTopic(value = "orders", aggregateType = "Order", key = "orderId")
 * public record OrderCreated(String orderId, long totalCents) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OutboxTopic {

  /** The outbox topic, such as {@code orders}; the JMS publisher maps it to a destination. */
  String value();

  /** The aggregate type of the event, such as {@code Order}; empty for none. */
  String aggregateType() default "";

  /**
   * The name of a record component whose value, as text, becomes both the aggregate id and the
   * partition key, so that events of one aggregate are published in commit order; empty for none.
   */
  String key() default "";
}
