package dev.omnibox.ejb.outbox;

import dev.omnibox.schema.SchemaRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** The {@link OutboxTopic} of a payload record class, read once per class. */
record TopicBinding(String topic, String aggregateType, Method keyAccessor) {

  private static final ClassValue<TopicBinding> BINDINGS =
      new ClassValue<>() {
        @Override
        protected TopicBinding computeValue(Class<?> type) {
          return read(type);
        }
      };

  /**
   * Returns the binding of a payload record class.
   *
   * @throws IllegalArgumentException when the class has no {@link OutboxTopic} or {@link
   *     dev.omnibox.schema.PayloadType}, or names a key component it does not have
   */
  static TopicBinding of(Class<?> type) {
    return BINDINGS.get(type);
  }

  /** Returns the key component's value as text, or null when there is no key or it is null. */
  String keyOf(Record payload) {
    if (keyAccessor == null) {
      return null;
    }
    try {
      Object value = keyAccessor.invoke(payload);
      return value == null ? null : value.toString();
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalArgumentException(
          "Reading key component "
              + keyAccessor.getName()
              + " of "
              + payload.getClass().getName()
              + " failed. Make the record and its accessor public.",
          e);
    }
  }

  private static TopicBinding read(Class<?> type) {
    SchemaRegistry.typeOf(type);
    OutboxTopic annotation = type.getAnnotation(OutboxTopic.class);
    if (annotation == null || annotation.value().isBlank()) {
      throw new IllegalArgumentException(
          "Payload record "
              + type.getName()
              + " has no @OutboxTopic with a topic. Annotate it with @OutboxTopic(\"topic\") or"
              + " publish it with OutboxMessage.builder(topic).payload(record).");
    }
    String aggregateType = annotation.aggregateType().isEmpty() ? null : annotation.aggregateType();
    return new TopicBinding(annotation.value(), aggregateType, keyAccessor(type, annotation.key()));
  }

  private static Method keyAccessor(Class<?> type, String key) {
    if (key.isEmpty()) {
      return null;
    }
    return Arrays.stream(type.getRecordComponents())
        .filter(component -> component.getName().equals(key))
        .map(RecordComponent::getAccessor)
        .peek(Method::trySetAccessible)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "@OutboxTopic on "
                        + type.getName()
                        + " names the key component '"
                        + key
                        + "', which the record does not have. Set key to one of its"
                        + " components or leave it empty."));
  }
}
