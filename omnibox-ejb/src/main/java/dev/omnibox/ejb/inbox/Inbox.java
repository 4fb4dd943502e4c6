package dev.omnibox.ejb.inbox;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a CDI observer method as an inbox handler of its payload record:
 *
 * <pre>{@code
 * void on(@Observes @Inbox(topic = "orders") OrderPlaced event, InboxContext ctx) { ... }
 * }</pre>
 *
 * <p>The observed type must be a record annotated with {@link dev.omnibox.schema.PayloadType}. Its
 * event type selects the inbox events, and the payload is decoded into it, migrating older schema
 * versions. An empty member matches any value. The observer runs synchronously in the transaction
 * that marks the inbox row COMPLETED, so observe with {@code @Observes}, never {@code
 * ObservesAsync}.
 *
 * <p>omnibox fires the payload once per distinct {@code @Inbox} value that matches the event, so an
 * observer of the same record type without {@code @Inbox} would run once per matching value: always
 * qualify inbox observers.
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({METHOD, FIELD, PARAMETER, TYPE})
public @interface Inbox {

  /** The producer's topic (the inbox row's source); empty for any. */
  String topic() default "";

  /** The schema version, or a prefix of it such as {@code 1} for {@code 1.2}; empty for any. */
  String version() default "";

  /** The consumer group whose events this observer handles; empty for every group. */
  String consumerGroup() default "";

  /** An {@code @Inbox} value for firing events. */
  final class Literal extends AnnotationLiteral<Inbox> implements Inbox {

    private static final long serialVersionUID = 1L;

    private final String topic;
    private final String version;
    private final String consumerGroup;

    public Literal(String topic, String version, String consumerGroup) {
      this.topic = topic == null ? "" : topic;
      this.version = version == null ? "" : version;
      this.consumerGroup = consumerGroup == null ? "" : consumerGroup;
    }

    /** Returns a literal with the values of {@code inbox}. */
    public static Literal of(Inbox inbox) {
      return new Literal(inbox.topic(), inbox.version(), inbox.consumerGroup());
    }

    @Override
    public String topic() {
      return topic;
    }

    @Override
    public String version() {
      return version;
    }

    @Override
    public String consumerGroup() {
      return consumerGroup;
    }
  }
}
