package dev.omnibox.schema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Java record as the payload of one event type at one schema version, for example
 * {@code @PayloadType(eventType = "order.created", version = "1.2")}.
 *
 * <p>The version is a {@link SchemaVersion}: dot-separated non-negative integers without leading
 * zeros.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PayloadType {

  /** Event type this record is the payload of, such as {@code order.created}. */
  String eventType();

  /** Schema version of this record, such as {@code 1.2.0}. */
  String version();
}
