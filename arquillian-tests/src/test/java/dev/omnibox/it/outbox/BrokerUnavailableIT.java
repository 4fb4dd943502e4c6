package dev.omnibox.it.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.ejb.jms.DestinationMapping;
import dev.omnibox.ejb.jms.JmsEventPublisher;
import dev.omnibox.ejb.jms.MessageProperties;
import dev.omnibox.ejb.outbox.OmniboxConfig;
import dev.omnibox.ejb.outbox.Outbox;
import dev.omnibox.ejb.outbox.OutboxProcessors;
import dev.omnibox.envelope.Envelope;
import dev.omnibox.envelope.EnvelopeConverter;
import dev.omnibox.it.support.Deployments;
import dev.omnibox.it.support.Jndi;
import dev.omnibox.it.support.ServerResources;
import dev.omnibox.model.EventStatus;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.pipeline.EventBatchProcessor;
import dev.omnibox.pipeline.ShutdownSignal;
import dev.omnibox.spi.OmniboxMetrics;
import dev.omnibox.testing.InMemoryEventRepository;
import dev.omnibox.testing.InMemoryOutboxRepository;
import dev.omnibox.testing.MutableClock;
import dev.omnibox.testing.TestEvents;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A missing destination leaves events PENDING with a readable last error and no counted attempt,
 * and the next relay run after the destination is back publishes them all. The relay here is the
 * pipeline with the JMS publisher over {@code java:/JmsXA}; the test changes the destination
 * setting and moves a clock past the retry backoff, so nothing waits.
 */
@ExtendWith(ArquillianExtension.class)
class BrokerUnavailableIT {

  private static final String QUEUE = "omniboxBrokerIt";
  private static final String TOPIC = "omnibox-broker-it";
  private static final String SETTING = DestinationMapping.DESTINATION_SETTING_PREFIX + TOPIC;

  @Deployment
  static WebArchive deployment() {
    WebArchive archive =
        Deployments.withQueues(
            Deployments.webArchive("broker-unavailable-it").addClasses(ItStorage.class), QUEUE);
    Deployments.withLibraryOf(archive, Outbox.class);
    Deployments.withLibraryOf(archive, OutboxEvent.class);
    return Deployments.withLibraryOf(archive, InMemoryOutboxRepository.class);
  }

  @Test
  void missingDestination_keepsPendingThenPublishes() throws Exception {
    MutableClock clock = new MutableClock(Instant.now());
    InMemoryOutboxRepository repository =
        new InMemoryOutboxRepository(clock, InMemoryEventRepository.LOCKING);
    Map<String, String> settings = new ConcurrentHashMap<>();
    settings.put(SETTING, "java:/jms/queue/omniboxMissing");
    JmsEventPublisher publisher =
        new JmsEventPublisher(
            () ->
                InitialContext.<ConnectionFactory>doLookup(
                    ServerResources.JMS_XA_CONNECTION_FACTORY),
            new DestinationMapping(
                new OmniboxConfig(name -> Optional.ofNullable(settings.get(name))),
                InitialContext::doLookup),
            new EnvelopeConverter()::toJson,
            event -> Envelope.of(event).traceparent());
    EventBatchProcessor<OutboxEvent> relay =
        OutboxProcessors.create(
            repository,
            publisher,
            OmniboxMetrics.NOOP,
            null,
            null,
            new OmniboxConfig(name -> Optional.empty()),
            clock,
            "it-broker-relay");
    String runId = UUID.randomUUID().toString();
    List<OutboxEvent> events =
        List.of(event(clock, runId, "k-1"), event(clock, runId, "k-2"), event(clock, runId, "k-1"));
    events.forEach(repository::insert);

    relay.processBatch("it-relay", 10, ShutdownSignal.NEVER);

    for (OutboxEvent event : List.of(events.get(0), events.get(1))) {
      OutboxEvent stored = repository.get(event.id());
      assertThat(stored.status()).isEqualTo(EventStatus.PENDING);
      assertThat(stored.attemptsMade()).as("broker errors are not counted").isZero();
      assertThat(stored.lastError())
          .contains("OMNIBOX002300")
          .contains(event.id().toString())
          .contains("java:/jms/queue/omniboxMissing");
    }

    settings.put(SETTING, ServerResources.queueJndiName(QUEUE));
    for (int round = 0; round < 10; round++) {
      clock.advance(Duration.ofHours(1));
      relay.processBatch("it-relay", 10, ShutdownSignal.NEVER);
    }

    for (OutboxEvent event : events) {
      assertThat(repository.get(event.id()).status()).isEqualTo(EventStatus.COMPLETED);
    }
    List<String> receivedIds = new ArrayList<>();
    for (Message message : receiveAll(runId, events.size())) {
      receivedIds.add(message.getStringProperty(MessageProperties.EVENT_ID));
    }
    assertThat(receivedIds)
        .containsExactlyInAnyOrderElementsOf(
            events.stream().map(event -> event.id().toString()).toList());
  }

  private static OutboxEvent event(MutableClock clock, String runId, String key) {
    clock.advance(Duration.ofMillis(1));
    Instant now = clock.instant();
    return TestEvents.outbox()
        .id(UUID.randomUUID())
        .topic(TOPIC)
        .partitionKey(key)
        .correlationId(runId)
        .createdAt(now)
        .updatedAt(now)
        .scheduledAt(now)
        .build();
  }

  private static List<Message> receiveAll(String runId, int count) {
    ConnectionFactory factory =
        Jndi.lookup(ServerResources.IN_VM_CONNECTION_FACTORY, ConnectionFactory.class);
    List<Message> received = new ArrayList<>();
    try (JMSContext context = factory.createContext();
        JMSConsumer consumer =
            context.createConsumer(
                context.createQueue(QUEUE),
                MessageProperties.CORRELATION_ID + " = '" + runId + "'")) {
      for (int i = 0; i < count; i++) {
        Message message = consumer.receive(10_000);
        assertThat(message).as("message %d of %d", i + 1, count).isNotNull();
        received.add(message);
      }
    }
    return received;
  }
}
