package dev.omnibox.ejb.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.ejb.outbox.OmniboxConfig;
import dev.omnibox.envelope.Envelope;
import dev.omnibox.envelope.EnvelopeConverter;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.retry.ErrorClassifier;
import dev.omnibox.retry.ErrorKind;
import dev.omnibox.testing.TestEvents;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javax.naming.NameNotFoundException;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JmsEventPublisherTest {

  private static final String TRACEPARENT =
      "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
  private static final long RECEIVE_TIMEOUT_MILLIS = 5_000;

  private static final Function<OutboxEvent, String> ENVELOPE =
      event -> "{\"id\":\"" + event.id() + "\",\"payload\":" + event.payload() + "}";

  private final ErrorClassifier classifier = JmsErrorRules.addTo(ErrorClassifier.builder()).build();

  @TempDir Path directory;
  private InVmBroker broker;
  private ActiveMQConnectionFactory connectionFactory;

  @BeforeEach
  void startBroker() throws Exception {
    broker = new InVmBroker(directory, "orders");
    connectionFactory = broker.connectionFactory();
  }

  @AfterEach
  void stopBroker() throws Exception {
    connectionFactory.close();
    broker.close();
  }

  private JmsEventPublisher publisher(Map<String, String> settings) {
    OmniboxConfig config = new OmniboxConfig(name -> Optional.ofNullable(settings.get(name)));
    DestinationMapping mapping =
        new DestinationMapping(
            config,
            name -> {
              throw new NameNotFoundException(name);
            });
    return new JmsEventPublisher(() -> connectionFactory, mapping, ENVELOPE, e -> e.traceId());
  }

  private static OutboxEvent orderEvent() {
    return TestEvents.outbox()
        .id(UUID.randomUUID())
        .aggregateType("Order")
        .aggregateId("42")
        .partitionKey("42")
        .correlationId("corr-1")
        .causationId("cause-1")
        .traceId(TRACEPARENT)
        .build();
  }

  private Message receive(String queue) {
    try (JMSContext context = connectionFactory.createContext();
        JMSConsumer consumer = context.createConsumer(context.createQueue(queue))) {
      return consumer.receive(RECEIVE_TIMEOUT_MILLIS);
    }
  }

  private Message receiveNoWait(String queue) {
    try (JMSContext context = connectionFactory.createContext();
        JMSConsumer consumer = context.createConsumer(context.createQueue(queue))) {
      return consumer.receive(200);
    }
  }

  @Test
  void publish_sendsEnvelopeAndProperties() throws Exception {
    OutboxEvent event = orderEvent();

    publisher(Map.of()).publish(event);

    Message message = receive("orders");
    assertThat(message).isInstanceOf(TextMessage.class);
    assertThat(((TextMessage) message).getText()).isEqualTo(ENVELOPE.apply(event));
    assertThat(message.getJMSDeliveryMode()).isEqualTo(DeliveryMode.PERSISTENT);
    assertThat(message.getStringProperty(MessageProperties.EVENT_ID))
        .isEqualTo(event.id().toString());
    assertThat(message.getStringProperty(MessageProperties.EVENT_TYPE)).isEqualTo("order.created");
    assertThat(message.getStringProperty(MessageProperties.SCHEMA_VERSION)).isEqualTo("1");
    assertThat(message.getStringProperty(MessageProperties.TOPIC)).isEqualTo("orders");
    assertThat(message.getStringProperty(MessageProperties.AGGREGATE_TYPE)).isEqualTo("Order");
    assertThat(message.getStringProperty(MessageProperties.AGGREGATE_ID)).isEqualTo("42");
    assertThat(message.getStringProperty(MessageProperties.CORRELATION_ID)).isEqualTo("corr-1");
    assertThat(message.getStringProperty(MessageProperties.CAUSATION_ID)).isEqualTo("cause-1");
    assertThat(message.getStringProperty(MessageProperties.TRACEPARENT)).isEqualTo(TRACEPARENT);
    assertThat(message.getStringProperty(MessageProperties.GROUP_ID)).isEqualTo("42");
    assertThat(message.getJMSCorrelationID()).isEqualTo("corr-1");
  }

  @Test
  void envelopeConverter_bodyParsesBackToEvent() throws Exception {
    EnvelopeConverter converter = new EnvelopeConverter();
    OutboxEvent event =
        orderEvent().toBuilder().traceId("4bf92f3577b34da6a3ce929d0e0e4736").build();
    DestinationMapping mapping =
        new DestinationMapping(new OmniboxConfig(name -> Optional.empty()), name -> null);
    JmsEventPublisher publisher =
        new JmsEventPublisher(
            () -> connectionFactory, mapping, converter::toJson, e -> Envelope.of(e).traceparent());

    publisher.publish(event);

    Message message = receive("orders");
    Envelope envelope = converter.parse(((TextMessage) message).getText());
    assertThat(envelope.id()).isEqualTo(event.id().toString());
    assertThat(envelope.eventType()).isEqualTo("order.created");
    assertThat(envelope.partitionKey()).isEqualTo("42");
    assertThat(envelope.payload()).isEqualTo(event.payload());
    assertThat(message.getStringProperty(MessageProperties.TRACEPARENT))
        .isEqualTo(envelope.traceparent())
        .startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-");
  }

  @Test
  void publish_withoutOptionalFields_setsNoProperty() throws Exception {
    OutboxEvent event = TestEvents.outbox().id(UUID.randomUUID()).build();

    publisher(Map.of()).publish(event);

    Message message = receive("orders");
    assertThat(message.propertyExists(MessageProperties.GROUP_ID)).isFalse();
    assertThat(message.propertyExists(MessageProperties.TRACEPARENT)).isFalse();
    assertThat(message.propertyExists(MessageProperties.AGGREGATE_ID)).isFalse();
  }

  @Test
  void sameEventTwice_brokerKeepsOne() {
    OutboxEvent event = orderEvent();
    JmsEventPublisher publisher = publisher(Map.of());

    publisher.publish(event);
    publisher.publish(event);

    assertThat(receive("orders")).isNotNull();
    assertThat(receiveNoWait("orders")).as("duplicate dropped by _AMQ_DUPL_ID").isNull();
  }

  @Test
  void mappedTopic_goesToConfiguredQueue() throws Exception {
    OutboxEvent event = orderEvent().toBuilder().topic("sales").build();

    publisher(Map.of("omnibox.jms.destination.sales", "queue:orders")).publish(event);

    assertThat(receive("orders").getStringProperty(MessageProperties.TOPIC)).isEqualTo("sales");
  }

  @Test
  void missingDestination_isBrokerUnavailable() {
    OutboxEvent event = orderEvent().toBuilder().topic("missing").build();

    assertThatThrownBy(() -> publisher(Map.of()).publish(event))
        .isInstanceOf(BrokerUnavailableException.class)
        .hasMessageStartingWith("OMNIBOX002300:")
        .hasMessageContaining(event.id().toString())
        .hasMessageContaining("queue:missing")
        .satisfies(e -> assertThat(classifier.classify(e)).isEqualTo(ErrorKind.TRANSIENT));
  }

  @Test
  void stoppedBroker_isBrokerUnavailable() throws Exception {
    broker.close();

    assertThatThrownBy(() -> publisher(Map.of()).publish(orderEvent()))
        .isInstanceOf(BrokerUnavailableException.class)
        .satisfies(e -> assertThat(classifier.classify(e)).isEqualTo(ErrorKind.TRANSIENT));
  }

  @Test
  void missingConnectionFactory_isBrokerUnavailable() {
    DestinationMapping mapping =
        new DestinationMapping(new OmniboxConfig(name -> Optional.empty()), name -> null);
    JmsEventPublisher publisher =
        new JmsEventPublisher(
            () -> {
              throw new NameNotFoundException("java:/JmsXA");
            },
            mapping,
            ENVELOPE,
            e -> null);

    assertThatThrownBy(() -> publisher.publish(orderEvent()))
        .isInstanceOf(BrokerUnavailableException.class)
        .hasMessageContaining("java:/JmsXA");
  }

  @Test
  void invalidEnvelope_isRejectedPermanently() {
    DestinationMapping mapping =
        new DestinationMapping(new OmniboxConfig(name -> Optional.empty()), name -> null);
    JmsEventPublisher publisher =
        new JmsEventPublisher(
            () -> connectionFactory,
            mapping,
            event -> {
              throw new IllegalArgumentException("payload is not valid JSON");
            },
            e -> null);

    assertThatThrownBy(() -> publisher.publish(orderEvent()))
        .isInstanceOf(PublishRejectedException.class)
        .hasMessageContaining("payload is not valid JSON")
        .satisfies(e -> assertThat(classifier.classify(e)).isEqualTo(ErrorKind.PERMANENT));
  }
}
