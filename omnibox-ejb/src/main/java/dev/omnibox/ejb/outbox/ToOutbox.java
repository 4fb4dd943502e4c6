package dev.omnibox.ejb.outbox;

import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * CDI qualifier of payload records that omnibox writes to the outbox when they are fired:
 *
 * <pre>{@code
 * @Inject @ToOutbox Event<OrderCreated> orderEvents;
 * ...
 * orderEvents.fire(new OrderCreated("42", 1999)); // in a JTA transaction
 * }</pre>
 *
 * <p>The record needs {@link dev.omnibox.schema.PayloadType} and {@link OutboxTopic}. The qualifier
 * keeps records that the application fires for other reasons, or that the inbox fires to handlers,
 * out of the outbox. An {@link OutboxMessage} needs no qualifier.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
public @interface ToOutbox {

  /** The annotation instance, for {@code Event.select(ToOutbox.LITERAL)}. */
  ToOutbox LITERAL = new Literal();

  /** Instance of {@link ToOutbox}. */
  final class Literal extends jakarta.enterprise.util.AnnotationLiteral<ToOutbox>
      implements ToOutbox {

    private static final long serialVersionUID = 1L;
  }
}
