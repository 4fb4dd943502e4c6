package dev.omnibox.ejb.jms;

import static dev.omnibox.ejb.jms.JmsLogger.LOG;

import dev.omnibox.ejb.outbox.OmniboxConfig;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Maps outbox topics to JMS destinations.
 *
 * <p>The setting {@code omnibox.jms.destination.<topic>} maps one topic to {@code queue:NAME},
 * {@code topic:NAME} or a JNDI name that starts with {@code java:}. A topic without a setting goes
 * to the queue named like the topic, or to the JMS topic of that name when {@value
 * #DEFAULT_KIND_SETTING} is {@code topic}. {@code NAME} is the provider's destination name: on
 * Artemis the address and queue name, such as {@code orders}.
 *
 * <p>Resolved destinations are cached per topic; JMS destinations are safe for concurrent use.
 */
public final class DestinationMapping {

  public static final String DESTINATION_SETTING_PREFIX = "omnibox.jms.destination.";
  public static final String DEFAULT_KIND_SETTING = "omnibox.jms.default-destination-kind";

  /** Looks up a JNDI name, such as {@code java:/jms/queue/orders}. */
  @FunctionalInterface
  public interface JndiLookup {
    Object lookup(String name) throws NamingException;
  }

  private final OmniboxConfig config;
  private final boolean topicsByDefault;
  private final JndiLookup jndi;
  private final Map<String, Destination> cache = new ConcurrentHashMap<>();

  /**
   * Creates a mapping that reads its settings from {@code config} and JNDI names with {@code jndi}.
   *
   * @throws IllegalArgumentException when {@value #DEFAULT_KIND_SETTING} is neither queue nor topic
   */
  public DestinationMapping(OmniboxConfig config, JndiLookup jndi) {
    this.config = Objects.requireNonNull(config, "config must not be null");
    this.jndi = Objects.requireNonNull(jndi, "jndi must not be null");
    String kind = config.get(DEFAULT_KIND_SETTING, "queue").toLowerCase(Locale.ROOT);
    if (!kind.equals("queue") && !kind.equals("topic")) {
      throw LOG.invalidDestination(DEFAULT_KIND_SETTING, kind);
    }
    this.topicsByDefault = kind.equals("topic");
  }

  /** Creates a mapping over the environment's settings and the server's JNDI. */
  public static DestinationMapping fromEnvironment() {
    return new DestinationMapping(OmniboxConfig.fromEnvironment(), InitialContext::doLookup);
  }

  /**
   * Returns the destination spec of {@code topic}: {@code queue:NAME}, {@code topic:NAME} or a JNDI
   * name.
   *
   * @throws IllegalArgumentException when the topic's setting has another form
   */
  public String specOf(String topic) {
    String setting = DESTINATION_SETTING_PREFIX + topic;
    String spec = config.get(setting).orElse((topicsByDefault ? "topic:" : "queue:") + topic);
    boolean valid =
        spec.startsWith("java:")
            || (spec.startsWith("queue:") && spec.length() > "queue:".length())
            || (spec.startsWith("topic:") && spec.length() > "topic:".length());
    if (!valid) {
      throw LOG.invalidDestination(setting, spec);
    }
    return spec;
  }

  /**
   * Returns the destination of {@code topic}, creating the provider's destination object with
   * {@code context} or looking it up in JNDI.
   *
   * @throws NamingException when the JNDI lookup fails
   */
  Destination resolve(JMSContext context, String topic) throws NamingException {
    Destination cached = cache.get(topic);
    if (cached != null) {
      return cached;
    }
    String spec = specOf(topic);
    Destination destination = create(context, spec);
    cache.put(topic, destination);
    LOG.destinationResolved(topic, spec);
    return destination;
  }

  private Destination create(JMSContext context, String spec) throws NamingException {
    if (spec.startsWith("queue:")) {
      return context.createQueue(spec.substring("queue:".length()));
    }
    if (spec.startsWith("topic:")) {
      return context.createTopic(spec.substring("topic:".length()));
    }
    Object found = jndi.lookup(spec);
    if (found instanceof Destination destination) {
      return destination;
    }
    throw new NamingException(
        spec
            + " is bound to "
            + (found == null ? "null" : found.getClass().getName())
            + ", not to a jakarta.jms.Destination");
  }
}
