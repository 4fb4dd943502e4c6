package dev.omnibox.it.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.ejb.jms.MessageProperties;
import dev.omnibox.ejb.outbox.NoActiveTransactionException;
import dev.omnibox.ejb.outbox.OmniboxConfig;
import dev.omnibox.ejb.outbox.Outbox;
import dev.omnibox.ejb.outbox.OutboxMessage;
import dev.omnibox.ejb.outbox.OutboxProcessors;
import dev.omnibox.ejb.outbox.ToOutbox;
import dev.omnibox.envelope.Envelope;
import dev.omnibox.envelope.EnvelopeConverter;
import dev.omnibox.it.outbox.ItPayloads.OrderPlaced;
import dev.omnibox.it.support.Deployments;
import dev.omnibox.it.support.Jndi;
import dev.omnibox.it.support.Poll;
import dev.omnibox.it.support.ServerResources;
import dev.omnibox.model.EventStatus;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.pipeline.EventBatchProcessor;
import dev.omnibox.pipeline.ShutdownSignal;
import dev.omnibox.spi.EventPublisher;
import dev.omnibox.spi.OmniboxMetrics;
import dev.omnibox.spi.OutboxRepository;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox on WildFly: events written through the {@link Outbox} bean or CDI events in a JTA
 * transaction reach the Artemis queue after commit, through the fast path, with the envelope,
 * properties and group id. The rows live in PostgreSQL through the JPA storage. Every test uses its
 * own random run id as correlation id and receives with a selector on it, so tests do not see each
 * other's messages.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

  private static final String QUEUE = ItPayloads.QUEUE;
  private static final long RECEIVE_MILLIS = 10_000;

  /** How long "not before commit" waits for a message that must not come. */
  private static final long ABSENCE_MILLIS = 2_000;

  @Deployment
  static WebArchive deployment() {
    WebArchive archive =
        Deployments.withQueues(
            Deployments.webArchive("outbox-it").addClasses(ItStorage.class, ItPayloads.class),
            QUEUE);
    Deployments.withLibraryOf(archive, Outbox.class);
    return Deployments.withLibraryOf(archive, OutboxEvent.class);
  }

  @Inject Outbox outbox;
  @Inject OutboxRepository repository;
  @Inject ItStorage storage;
  @Inject EventPublisher publisher;
  @Inject UserTransaction transaction;
  @Inject @ToOutbox Event<OrderPlaced> orderEvents;
  @Inject Event<OutboxMessage> messages;

  private String runId;

  @BeforeEach
  void newRun() {
    runId = UUID.randomUUID().toString();
    // Creates the tables, if missing, outside any business transaction.
    repository.exists(UUID.randomUUID());
    storage.deleteLeftoverPendingEvents();
  }

  private OutboxMessage.Builder order(String orderId, int sequence) {
    return OutboxMessage.of(new OrderPlaced(orderId, sequence, runId)).correlationId(runId);
  }

  private OutboxEvent publishCommitted(OutboxMessage.Builder message) throws Exception {
    transaction.begin();
    try {
      OutboxEvent event = outbox.publish(message);
      transaction.commit();
      return event;
    } catch (Exception | AssertionError e) {
      rollbackQuietly();
      throw e;
    }
  }

  private void rollbackQuietly() {
    try {
      transaction.rollback();
    } catch (Exception ignored) {
      // The transaction was already completed by the failure.
    }
  }

  private Message receive(long timeoutMillis) {
    ConnectionFactory factory =
        Jndi.lookup(ServerResources.receivingConnectionFactory(), ConnectionFactory.class);
    try (JMSContext context = factory.createContext();
        JMSConsumer consumer =
            context.createConsumer(
                context.createQueue(QUEUE),
                MessageProperties.CORRELATION_ID + " = '" + runId + "'")) {
      return consumer.receive(timeoutMillis);
    }
  }

  private List<Message> receiveAll(int count) {
    return receiveAll(count, MessageProperties.CORRELATION_ID + " = '" + runId + "'");
  }

  private List<Message> receiveAll(int count, String selector) {
    ConnectionFactory factory =
        Jndi.lookup(ServerResources.receivingConnectionFactory(), ConnectionFactory.class);
    List<Message> received = new ArrayList<>();
    try (JMSContext context = factory.createContext();
        JMSConsumer consumer = context.createConsumer(context.createQueue(QUEUE), selector)) {
      while (received.size() < count) {
        Message message = consumer.receive(RECEIVE_MILLIS);
        assertThat(message)
            .as("message %d of %d within %d ms", received.size() + 1, count, RECEIVE_MILLIS)
            .isNotNull();
        received.add(message);
      }
    }
    return received;
  }

  /**
   * Publishes what the fast path leaves behind, as the relay job would, until no event is pending.
   * An empty batch does not mean that nothing is left: a fast-path batch still in flight holds
   * leases that keep later events of its keys back, and it claims at most one event per key.
   */
  private void relayUntilEmpty() {
    EventBatchProcessor<OutboxEvent> relay =
        OutboxProcessors.create(
            repository,
            publisher,
            OmniboxMetrics.NOOP,
            null,
            null,
            new OmniboxConfig(name -> Optional.empty()),
            Clock.systemUTC(),
            "it-relay");
    Poll.until(
        "no pending outbox event",
        Duration.ofSeconds(60),
        () -> {
          for (int i = 0; i < 10_000; i++) {
            if (relay
                .processBatch("it-relay", 100, ShutdownSignal.NEVER)
                .completedIds()
                .isEmpty()) {
              break;
            }
          }
          return storage.countPendingEvents();
        },
        pending -> pending == 0);
  }

  @Test
  void commit_messageArrivesWithEnvelopeAndProperties() throws Exception {
    OutboxEvent event = publishCommitted(order("o-1", 1).causationId("cause-1"));

    Message message = receive(RECEIVE_MILLIS);

    assertThat(message).as("message after commit").isNotNull();
    Envelope envelope = new EnvelopeConverter().parse(((TextMessage) message).getText());
    assertThat(envelope.id()).isEqualTo(event.id().toString());
    assertThat(envelope.eventType()).isEqualTo("it.order.placed");
    assertThat(envelope.payload()).contains("\"orderId\":\"o-1\"");
    assertThat(message.getStringProperty(MessageProperties.EVENT_ID))
        .isEqualTo(event.id().toString());
    assertThat(message.getStringProperty(MessageProperties.EVENT_TYPE))
        .isEqualTo("it.order.placed");
    assertThat(message.getStringProperty(MessageProperties.SCHEMA_VERSION)).isEqualTo("1");
    assertThat(message.getStringProperty(MessageProperties.AGGREGATE_TYPE)).isEqualTo("Order");
    assertThat(message.getStringProperty(MessageProperties.AGGREGATE_ID)).isEqualTo("o-1");
    assertThat(message.getStringProperty(MessageProperties.CAUSATION_ID)).isEqualTo("cause-1");
    assertThat(message.getStringProperty(MessageProperties.GROUP_ID)).isEqualTo("o-1");
    Poll.until(
        "event " + event.id() + " marked COMPLETED",
        Duration.ofSeconds(10),
        () -> repository.findById(event.id()).orElseThrow().status(),
        status -> status == EventStatus.COMPLETED);
  }

  @Test
  void rollback_sendsNothing() throws Exception {
    transaction.begin();
    OutboxEvent rolledBack = outbox.publish(order("o-rolled-back", 1));
    transaction.rollback();
    OutboxEvent marker = publishCommitted(order("o-marker", 2));

    Message first = receive(RECEIVE_MILLIS);

    assertThat(first.getStringProperty(MessageProperties.EVENT_ID))
        .as("the rolled-back event is never sent, so the later marker arrives first")
        .isEqualTo(marker.id().toString());
    assertThat(repository.findById(rolledBack.id())).isEmpty();
  }

  @Test
  void noTransaction_raisesClearError() {
    assertThatThrownBy(() -> outbox.publish(order("o-1", 1)))
        .isInstanceOf(NoActiveTransactionException.class)
        .hasMessageContaining("it.order.placed")
        .hasMessageContaining("NO_TRANSACTION");
    assertThatThrownBy(() -> orderEvents.fire(new OrderPlaced("o-2", 2, runId)))
        .isInstanceOf(NoActiveTransactionException.class);
  }

  @Test
  void openTransaction_nothingSentBeforeCommit() throws Exception {
    transaction.begin();
    try {
      outbox.publish(order("o-held", 1));

      assertThat(receive(ABSENCE_MILLIS)).as("message while the transaction is open").isNull();
      transaction.commit();
    } catch (Exception | AssertionError e) {
      rollbackQuietly();
      throw e;
    }

    assertThat(receive(RECEIVE_MILLIS)).as("message after commit").isNotNull();
  }

  @Test
  void cdiEvents_keepFiringOrder() throws Exception {
    // A fired record carries no correlation id, so the run id goes into the order id. The three
    // events share the order id, which is their partition key. Order is guaranteed per key only,
    // because the fast path and the relay may publish events of different keys side by side.
    String orderId = "o-" + runId;
    transaction.begin();
    orderEvents.fire(new OrderPlaced(orderId, 1, runId));
    messages.fire(order(orderId, 2).build());
    orderEvents.fire(new OrderPlaced(orderId, 3, runId));
    transaction.commit();
    relayUntilEmpty();

    List<Integer> sequences = new ArrayList<>();
    String selector = MessageProperties.AGGREGATE_ID + " = '" + orderId + "'";
    for (Message message : receiveAll(3, selector)) {
      sequences.add(sequenceOf(message));
    }
    assertThat(sequences).containsExactly(1, 2, 3);
  }

  @Test
  void thousandEvents_keepOrderPerKey() throws Exception {
    int events = 1_000;
    for (int sequence = 0; sequence < events; sequence++) {
      publishCommitted(order("key-" + (sequence % 10), sequence));
    }
    relayUntilEmpty();

    Map<String, List<Integer>> sequencesByKey = new HashMap<>();
    for (Message message : receiveAll(events)) {
      String key = message.getStringProperty(MessageProperties.GROUP_ID);
      sequencesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(sequenceOf(message));
    }

    assertThat(sequencesByKey).hasSize(10);
    sequencesByKey.forEach(
        (key, sequences) -> assertThat(sequences).as("key %s", key).isSorted().hasSize(100));
  }

  /** Returns the {@code sequence} field of the order payload in the message's envelope. */
  private static int sequenceOf(Message message) throws Exception {
    String payload = new EnvelopeConverter().parse(((TextMessage) message).getText()).payload();
    return Integer.parseInt(payload.replaceAll(".*\"sequence\":(\\d+).*", "$1"));
  }
}
