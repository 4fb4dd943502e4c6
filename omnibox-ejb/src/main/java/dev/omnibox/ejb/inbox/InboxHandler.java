package dev.omnibox.ejb.inbox;

import dev.omnibox.model.InboxEvent;
import dev.omnibox.schema.SchemaRegistry;
import dev.omnibox.schema.SchemaVersion;
import java.util.Objects;

/**
 * One discovered inbox handler: an {@link Inbox} observer or an {@link OnEvent} method.
 *
 * @param name the handler's name in logs, for example {@code Billing#charge}
 * @param payloadType the record the payload is decoded into, or {@link InboxEvent} for raw rows
 * @param eventType the event type it handles
 * @param topic the topic it handles, empty for any
 * @param version the schema version or version prefix it handles, empty for any
 * @param consumerGroup the consumer group it handles, empty for every group
 * @param invoker how to call it
 */
public record InboxHandler(
    String name,
    Class<?> payloadType,
    String eventType,
    String topic,
    String version,
    String consumerGroup,
    HandlerInvoker invoker) {

  public InboxHandler {
    requireText("name", name);
    Objects.requireNonNull(payloadType, "payloadType must not be null");
    requireText("eventType", eventType);
    topic = Objects.requireNonNullElse(topic, "");
    version = Objects.requireNonNullElse(version, "");
    consumerGroup = Objects.requireNonNullElse(consumerGroup, "");
    Objects.requireNonNull(invoker, "invoker must not be null");
  }

  /** Returns whether the handler takes the raw {@link InboxEvent} instead of a decoded record. */
  public boolean takesRawEvent() {
    return payloadType == InboxEvent.class;
  }

  /**
   * Returns whether this handler handles {@code event}: same event type, and each non-empty member
   * equal to the event's topic and consumer group, and the version equal to or a segment-wise
   * prefix of the event's schema version ({@code 1} matches {@code 1.2}, not {@code 10}).
   */
  public boolean matches(InboxEvent event, String eventTopic) {
    return eventType.equals(event.eventType())
        && matchesValue(topic, eventTopic)
        && matchesValue(consumerGroup, event.consumerGroup())
        && matchesVersion(event.schemaVersion());
  }

  private boolean matchesVersion(String eventVersion) {
    if (version.isEmpty() || version.equals(eventVersion)) {
      return true;
    }
    return eventVersion != null && eventVersion.startsWith(version + ".");
  }

  private static boolean matchesValue(String wanted, String actual) {
    return wanted.isEmpty() || wanted.equals(actual);
  }

  /**
   * Returns the event type of a payload record from its {@link PayloadType}.
   *
   * @throws IllegalArgumentException when the class is not an annotated record
   */
  static String eventTypeOf(Class<?> payloadClass) {
    return SchemaRegistry.typeOf(payloadClass).eventType();
  }

  /** Checks a version filter early, so a typo fails at deployment rather than never matching. */
  static void requireValidVersion(String handlerName, String version) {
    if (version == null || version.isEmpty()) {
      return;
    }
    try {
      SchemaVersion.parse(version);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "handler " + handlerName + " has an invalid version filter '" + version + "'", e);
    }
  }

  private static void requireText(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, but was '" + value + "'");
    }
  }
}
