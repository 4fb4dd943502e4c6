package dev.omnibox.envelope;

import dev.omnibox.spi.ConsumedMessage;
import dev.omnibox.spi.EnvelopeData;
import dev.omnibox.spi.EnvelopeParseException;
import dev.omnibox.spi.EnvelopeParser;
import jakarta.json.spi.JsonProvider;
import java.lang.invoke.MethodHandles;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * An envelope parser for producers that are not omnibox: the message body is the payload, and the
 * envelope fields come from message properties (JMS properties or broker headers).
 *
 * <p>With the defaults:
 *
 * <ul>
 *   <li>the message id is the property {@value #DEFAULT_MESSAGE_ID_PROPERTY}, or the broker's
 *       message id when that property is absent;
 *   <li>the event type is the property {@value #DEFAULT_EVENT_TYPE_PROPERTY} and the schema version
 *       the property {@value #DEFAULT_SCHEMA_VERSION_PROPERTY}; each may have a configured default
 *       for producers that send only one kind of message;
 *   <li>{@code correlationId}, {@code causationId}, {@code traceparent} and {@code partitionKey}
 *       are read from properties of these names when present;
 *   <li>every other property becomes a header;
 *   <li>the body is stored as JSON when it is JSON, and otherwise as a JSON string that contains
 *       the text ({@link BodyFormat#AUTO}).
 * </ul>
 *
 * <p>A missing message id, event type or schema version raises {@link EnvelopeParseException}
 * naming the property.
 */
public final class PropertiesEnvelopeParser implements EnvelopeParser {

  public static final String DEFAULT_MESSAGE_ID_PROPERTY = "messageId";
  public static final String DEFAULT_EVENT_TYPE_PROPERTY = "eventType";
  public static final String DEFAULT_SCHEMA_VERSION_PROPERTY = "schemaVersion";

  private static final EnvelopeLogger LOG =
      Logger.getMessageLogger(
          MethodHandles.lookup(),
          EnvelopeLogger.class,
          PropertiesEnvelopeParser.class.getPackageName());

  /** How the message body becomes the payload. */
  public enum BodyFormat {
    /** The body must be JSON; anything else raises {@link EnvelopeParseException}. */
    JSON,
    /** The body is always stored as a JSON string, even when it looks like JSON. */
    TEXT,
    /**
     * The body is stored as JSON when it parses as a JSON value, otherwise as a JSON string. A text
     * body such as {@code true} or {@code 42} is therefore stored as a JSON boolean or number.
     */
    AUTO
  }

  private final JsonSupport json;
  private final String messageIdProperty;
  private final boolean brokerMessageIdFallback;
  private final String eventTypeProperty;
  private final String defaultEventType;
  private final String schemaVersionProperty;
  private final String defaultSchemaVersion;
  private final String correlationIdProperty;
  private final String causationIdProperty;
  private final String traceparentProperty;
  private final String partitionKeyProperty;
  private final BodyFormat bodyFormat;
  private final Set<String> mappedProperties;

  private PropertiesEnvelopeParser(Builder builder) {
    this.json = new JsonSupport(builder.provider);
    this.messageIdProperty = builder.messageIdProperty;
    this.brokerMessageIdFallback = builder.brokerMessageIdFallback;
    this.eventTypeProperty = builder.eventTypeProperty;
    this.defaultEventType = builder.defaultEventType;
    this.schemaVersionProperty = builder.schemaVersionProperty;
    this.defaultSchemaVersion = builder.defaultSchemaVersion;
    this.correlationIdProperty = builder.correlationIdProperty;
    this.causationIdProperty = builder.causationIdProperty;
    this.traceparentProperty = builder.traceparentProperty;
    this.partitionKeyProperty = builder.partitionKeyProperty;
    this.bodyFormat = builder.bodyFormat;
    this.mappedProperties =
        Stream.of(
                messageIdProperty,
                eventTypeProperty,
                schemaVersionProperty,
                correlationIdProperty,
                causationIdProperty,
                traceparentProperty,
                partitionKeyProperty)
            .filter(Objects::nonNull)
            .collect(Collectors.toUnmodifiableSet());
  }

  /** Returns a parser with the defaults described on the class. */
  public static PropertiesEnvelopeParser withDefaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public EnvelopeData parse(ConsumedMessage message) {
    Objects.requireNonNull(message, "message must not be null");
    Map<String, String> properties = message.properties();
    String messageId = messageId(message);
    return new EnvelopeData(
        messageId,
        requireValue(properties, eventTypeProperty, defaultEventType, "event type"),
        requireValue(properties, schemaVersionProperty, defaultSchemaVersion, "schema version"),
        payload(message, messageId),
        headers(properties),
        null,
        null,
        null,
        property(properties, partitionKeyProperty),
        property(properties, traceparentProperty),
        property(properties, correlationIdProperty),
        property(properties, causationIdProperty),
        null);
  }

  private String messageId(ConsumedMessage message) {
    String fromProperty = property(message.properties(), messageIdProperty);
    if (fromProperty != null) {
      return fromProperty;
    }
    if (brokerMessageIdFallback && message.messageId() != null && !message.messageId().isBlank()) {
      return message.messageId();
    }
    throw new EnvelopeParseException(
        "message id is missing: message property '"
            + messageIdProperty
            + "' is not set"
            + (brokerMessageIdFallback ? " and the broker gave no message id" : ""),
        null);
  }

  private static String requireValue(
      Map<String, String> properties, String name, String defaultValue, String what) {
    String value = property(properties, name);
    if (value != null) {
      return value;
    }
    if (defaultValue != null) {
      return defaultValue;
    }
    throw new EnvelopeParseException(
        what
            + " is missing: message property '"
            + name
            + "' is not set and no default "
            + what
            + " is configured",
        null);
  }

  private String payload(ConsumedMessage message, String messageId) {
    String body = message.body();
    if (bodyFormat == BodyFormat.TEXT) {
      return asJsonString(body);
    }
    try {
      return json.write(json.read(body));
    } catch (JsonSupport.InvalidJsonException e) {
      if (bodyFormat == BodyFormat.JSON) {
        throw new EnvelopeParseException(
            "body of message " + messageId + " is not valid JSON " + e.position(), null);
      }
      LOG.bodyWrappedAsText(messageId, message.source());
      return asJsonString(body);
    }
  }

  private String asJsonString(String body) {
    return json.write(json.provider().createValue(body));
  }

  private Map<String, String> headers(Map<String, String> properties) {
    Map<String, String> headers = new HashMap<>(properties);
    headers.keySet().removeAll(mappedProperties);
    return headers;
  }

  private static String property(Map<String, String> properties, String name) {
    if (name == null) {
      return null;
    }
    String value = properties.get(name);
    return value == null || value.isBlank() ? null : value;
  }

  /** Options of {@link PropertiesEnvelopeParser}; every property name may be changed. */
  public static final class Builder {

    private JsonProvider provider;
    private String messageIdProperty = DEFAULT_MESSAGE_ID_PROPERTY;
    private boolean brokerMessageIdFallback = true;
    private String eventTypeProperty = DEFAULT_EVENT_TYPE_PROPERTY;
    private String defaultEventType;
    private String schemaVersionProperty = DEFAULT_SCHEMA_VERSION_PROPERTY;
    private String defaultSchemaVersion;
    private String correlationIdProperty = "correlationId";
    private String causationIdProperty = "causationId";
    private String traceparentProperty = "traceparent";
    private String partitionKeyProperty = "partitionKey";
    private BodyFormat bodyFormat = BodyFormat.AUTO;

    private Builder() {}

    /** The JSON-P provider; by default the one found on the class path. */
    public Builder jsonProvider(JsonProvider jsonProvider) {
      this.provider = Objects.requireNonNull(jsonProvider, "jsonProvider must not be null");
      return this;
    }

    /** The property that contains the message id. */
    public Builder messageIdProperty(String name) {
      this.messageIdProperty = requireName("messageIdProperty", name);
      return this;
    }

    /** Whether the broker's message id is used when the message id property is absent. */
    public Builder brokerMessageIdFallback(boolean fallback) {
      this.brokerMessageIdFallback = fallback;
      return this;
    }

    public Builder eventTypeProperty(String name) {
      this.eventTypeProperty = requireName("eventTypeProperty", name);
      return this;
    }

    /** The event type of messages without the event type property; null for none. */
    public Builder defaultEventType(String eventType) {
      this.defaultEventType = optionalValue("defaultEventType", eventType);
      return this;
    }

    public Builder schemaVersionProperty(String name) {
      this.schemaVersionProperty = requireName("schemaVersionProperty", name);
      return this;
    }

    /** The schema version of messages without the schema version property; null for none. */
    public Builder defaultSchemaVersion(String schemaVersion) {
      this.defaultSchemaVersion = optionalValue("defaultSchemaVersion", schemaVersion);
      return this;
    }

    /** The property that contains the correlation id; null to keep it as a header only. */
    public Builder correlationIdProperty(String name) {
      this.correlationIdProperty = optionalValue("correlationIdProperty", name);
      return this;
    }

    /** The property that contains the causation id; null to keep it as a header only. */
    public Builder causationIdProperty(String name) {
      this.causationIdProperty = optionalValue("causationIdProperty", name);
      return this;
    }

    /** The property that contains the W3C traceparent; null to keep it as a header only. */
    public Builder traceparentProperty(String name) {
      this.traceparentProperty = optionalValue("traceparentProperty", name);
      return this;
    }

    /** The property that contains the partition key; null to keep it as a header only. */
    public Builder partitionKeyProperty(String name) {
      this.partitionKeyProperty = optionalValue("partitionKeyProperty", name);
      return this;
    }

    public Builder bodyFormat(BodyFormat format) {
      this.bodyFormat = Objects.requireNonNull(format, "bodyFormat must not be null");
      return this;
    }

    public PropertiesEnvelopeParser build() {
      if (provider == null) {
        provider = JsonProvider.provider();
      }
      return new PropertiesEnvelopeParser(this);
    }

    private static String requireName(String option, String name) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException(option + " must not be blank, but was '" + name + "'");
      }
      return name;
    }

    private static String optionalValue(String option, String value) {
      if (value != null && value.isBlank()) {
        throw new IllegalArgumentException(
            option + " must not be blank; use null to leave it unset");
      }
      return value;
    }
  }
}
