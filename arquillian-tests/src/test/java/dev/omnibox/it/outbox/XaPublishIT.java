package dev.omnibox.it.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.ejb.jms.MessageProperties;
import dev.omnibox.ejb.outbox.OmniboxConfig;
import dev.omnibox.ejb.outbox.Outbox;
import dev.omnibox.ejb.outbox.OutboxProcessors;
import dev.omnibox.ejb.storage.OmniboxStorage;
import dev.omnibox.ejb.storage.StorageOptions;
import dev.omnibox.it.support.Deployments;
import dev.omnibox.it.support.Jndi;
import dev.omnibox.it.support.RequiresPreparedTransactions;
import dev.omnibox.it.support.ServerResources;
import dev.omnibox.model.EventStatus;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.pipeline.EventBatchProcessor;
import dev.omnibox.pipeline.ShutdownSignal;
import dev.omnibox.spi.EventPublisher;
import dev.omnibox.spi.FetchFilters;
import dev.omnibox.spi.OmniboxMetrics;
import dev.omnibox.spi.OutboxRepository;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The XA publish mode: a relay batch that claims, sends through {@code java:/JmsXA} and marks
 * completed inside one JTA transaction over the XA datasource either does all of it or none of it.
 */
@ExtendWith(ArquillianExtension.class)
@RequiresPreparedTransactions
class XaPublishIT {

  private static final String QUEUE = "omniboxXaIt";

  @Deployment
  static WebArchive deployment() {
    WebArchive archive =
        Deployments.withQueues(
            Deployments.webArchive("xa-publish-it").addClasses(ItStorage.class), QUEUE);
    Deployments.withLibraryOf(archive, Outbox.class);
    return Deployments.withLibraryOf(archive, OutboxEvent.class);
  }

  @Inject EventPublisher publisher;
  @Inject UserTransaction transaction;

  @Test
  void rollback_undoesSendAndCompletion_commitKeepsBoth() throws Exception {
    OutboxRepository repository =
        OmniboxStorage.over(
                Jndi.lookup(ServerResources.POSTGRES_XA_DATASOURCE, DataSource.class),
                StorageOptions.defaults().withCreateSchema(true))
            .outbox();
    String runId = UUID.randomUUID().toString();
    OutboxEvent event = event(runId);
    repository.insert(event);
    EventBatchProcessor<OutboxEvent> relay =
        OutboxProcessors.create(
            repository,
            publisher,
            OmniboxMetrics.NOOP,
            null,
            null,
            new OmniboxConfig(name -> Optional.empty()),
            Clock.systemUTC(),
            "it-xa-relay");
    FetchFilters onlyThisTopic = FetchFilters.forTopics(Set.of(QUEUE));

    transaction.begin();
    relay.processBatch("it-xa-relay", 10, ShutdownSignal.NEVER, onlyThisTopic);
    transaction.rollback();

    OutboxEvent afterRollback = repository.findById(event.id()).orElseThrow();
    assertThat(afterRollback.status()).isEqualTo(EventStatus.PENDING);
    assertThat(afterRollback.isLocked()).as("the claim rolled back too").isFalse();

    transaction.begin();
    relay.processBatch("it-xa-relay", 10, ShutdownSignal.NEVER, onlyThisTopic);
    transaction.commit();

    assertThat(repository.findById(event.id()).orElseThrow().status())
        .isEqualTo(EventStatus.COMPLETED);
    Message first = receive(runId);
    assertThat(first).as("message after the commit").isNotNull();
    assertThat(first.getStringProperty(MessageProperties.EVENT_ID))
        .isEqualTo(event.id().toString());
    assertThat(first.getJMSRedelivered()).isFalse();
    assertThat(receive(runId)).as("the rolled-back send left no second message").isNull();
  }

  private static OutboxEvent event(String runId) {
    Instant now = Instant.now();
    return OutboxEvent.builder()
        .id(UUID.randomUUID())
        .eventType("it.xa.checked")
        .schemaVersion("1")
        .payload("{\"runId\":\"" + runId + "\"}")
        .topic(QUEUE)
        .correlationId(runId)
        .createdAt(now)
        .updatedAt(now)
        .scheduledAt(now)
        .build();
  }

  private static Message receive(String runId) {
    ConnectionFactory factory =
        Jndi.lookup(ServerResources.IN_VM_CONNECTION_FACTORY, ConnectionFactory.class);
    try (JMSContext context = factory.createContext();
        JMSConsumer consumer =
            context.createConsumer(
                context.createQueue(QUEUE),
                MessageProperties.CORRELATION_ID + " = '" + runId + "'")) {
      return consumer.receive(5_000);
    }
  }
}
