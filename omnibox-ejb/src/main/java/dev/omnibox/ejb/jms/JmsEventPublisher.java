package dev.omnibox.ejb.jms;

import static dev.omnibox.ejb.jms.JmsLogger.LOG;

import dev.omnibox.model.OutboxEvent;
import dev.omnibox.spi.EventPublisher;
import dev.omnibox.spi.PublishException;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import java.util.Objects;
import java.util.function.Function;
import javax.naming.NamingException;

/**
 * Sends outbox events to a Jakarta Messaging broker, written for Artemis: one persistent text
 * message per event whose body is the envelope JSON and whose properties are the {@link
 * MessageProperties}, with the partition key as {@code JMSXGroupID}.
 *
 * <p>With the pooled connection factory of the server ({@code java:/JmsXA} on WildFly) the send
 * joins the caller's JTA transaction when one is active, and commits on its own otherwise; {@link
 * PublishMode} describes how the relay uses that. Failures raise {@link BrokerUnavailableException}
 * (transient) or {@link PublishRejectedException} (permanent), whose messages name the event and
 * destination and become the event's last error.
 *
 * <p>Thread-safe: every call opens and closes its own {@link JMSContext}, which is cheap with a
 * pooled connection factory and costs a new connection per event with an unpooled one.
 */
public final class JmsEventPublisher implements EventPublisher {

  /** Supplies the connection factory, for example by a JNDI lookup. */
  @FunctionalInterface
  public interface ConnectionFactoryLookup {
    ConnectionFactory lookup() throws NamingException;
  }

  private final ConnectionFactoryLookup connectionFactoryLookup;
  private final DestinationMapping destinations;
  private final Function<OutboxEvent, String> envelopeWriter;
  private final Function<OutboxEvent, String> traceparentOf;
  private volatile ConnectionFactory connectionFactory;

  /**
   * Creates a publisher.
   *
   * @param connectionFactoryLookup called until it first succeeds, so a factory that is missing at
   *     start-up is found once the server binds it
   * @param destinations the topic-to-destination mapping
   * @param envelopeWriter writes the message body of an event; an {@link IllegalArgumentException}
   *     from it is a permanent failure
   * @param traceparentOf returns the W3C {@code traceparent} of an event, or null
   */
  public JmsEventPublisher(
      ConnectionFactoryLookup connectionFactoryLookup,
      DestinationMapping destinations,
      Function<OutboxEvent, String> envelopeWriter,
      Function<OutboxEvent, String> traceparentOf) {
    this.connectionFactoryLookup =
        Objects.requireNonNull(connectionFactoryLookup, "connectionFactoryLookup must not be null");
    this.destinations = Objects.requireNonNull(destinations, "destinations must not be null");
    this.envelopeWriter = Objects.requireNonNull(envelopeWriter, "envelopeWriter must not be null");
    this.traceparentOf = Objects.requireNonNull(traceparentOf, "traceparentOf must not be null");
  }

  @Override
  public void publish(OutboxEvent event) {
    Objects.requireNonNull(event, "event must not be null");
    String body = envelopeOf(event);
    ConnectionFactory factory = connectionFactory(event);

    try (JMSContext context = factory.createContext()) {
      Destination destination = destinationOf(context, event);
      JMSProducer producer = context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
      MessageProperties.apply(producer, event, traceparentOf.apply(event));
      producer.send(destination, body);
    } catch (JMSRuntimeException e) {
      throw failure(event, e);
    }
  }

  /**
   * Resolves the destination of the event's topic. Every failure here is transient, because the
   * operator fixes a missing destination or a wrong setting, not the event. The Artemis 2.56
   * client, for one, reports a missing queue as a plain {@code JMSException} when the destination
   * is created.
   */
  private Destination destinationOf(JMSContext context, OutboxEvent event) {
    try {
      return destinations.resolve(context, event.topic());
    } catch (JMSRuntimeException | NamingException | IllegalArgumentException e) {
      throw new BrokerUnavailableException(
          LOG.brokerUnavailable(
              event.id(),
              event.eventType(),
              event.topic(),
              destinationText(event.topic()),
              String.valueOf(e.getMessage())),
          e);
    }
  }

  private String envelopeOf(OutboxEvent event) {
    try {
      return envelopeWriter.apply(event);
    } catch (IllegalArgumentException e) {
      throw new PublishRejectedException(
          LOG.envelopeFailed(event.id(), event.eventType(), event.topic(), e.getMessage()), e);
    }
  }

  private ConnectionFactory connectionFactory(OutboxEvent event) {
    ConnectionFactory factory = connectionFactory;
    if (factory != null) {
      return factory;
    }
    try {
      factory = connectionFactoryLookup.lookup();
    } catch (NamingException | RuntimeException e) {
      throw new BrokerUnavailableException(
          LOG.brokerUnavailable(
              event.id(),
              event.eventType(),
              event.topic(),
              "the connection factory",
              LOG.lookupFailed("the connection factory", String.valueOf(e))),
          e);
    }
    connectionFactory = Objects.requireNonNull(factory, "connection factory lookup returned null");
    return factory;
  }

  private PublishException failure(OutboxEvent event, Exception error) {
    String destination = destinationText(event.topic());
    String cause = String.valueOf(error.getMessage());
    if (JmsFailures.isBrokerUnavailable(error)) {
      return new BrokerUnavailableException(
          LOG.brokerUnavailable(event.id(), event.eventType(), event.topic(), destination, cause),
          error);
    }
    return new PublishRejectedException(
        LOG.rejected(event.id(), event.eventType(), event.topic(), destination, cause), error);
  }

  private String destinationText(String topic) {
    try {
      return destinations.specOf(topic);
    } catch (IllegalArgumentException e) {
      return "topic " + topic;
    }
  }
}
