package dev.omnibox.it.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.ejb.jms.MessageProperties;
import dev.omnibox.ejb.outbox.Outbox;
import dev.omnibox.it.support.Deployments;
import dev.omnibox.it.support.Jndi;
import dev.omnibox.it.support.ServerResources;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.spi.OutboxRepository;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The W3C {@code traceparent} header of the HTTP request that commits an outbox event becomes the
 * event's trace id and the {@code traceparent} property of its JMS message.
 */
@ExtendWith(ArquillianExtension.class)
class TraceparentIT {

  private static final String TRACEPARENT =
      "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

  @Deployment
  static WebArchive deployment() {
    WebArchive archive =
        Deployments.withQueues(
            Deployments.webArchive("traceparent-it")
                .addClasses(
                    ItStorage.class,
                    ItPayloads.class,
                    ItOrderResource.class,
                    ItRestApplication.class),
            ItPayloads.QUEUE);
    Deployments.withLibraryOf(archive, Outbox.class);
    return Deployments.withLibraryOf(archive, OutboxEvent.class);
  }

  @ArquillianResource URL baseUrl;
  @Inject OutboxRepository repository;
  @Inject ItStorage storage;

  @Test
  void requestTraceparent_reachesRowAndMessage() throws Exception {
    String runId = UUID.randomUUID().toString();
    repository.exists(UUID.randomUUID());
    storage.deleteLeftoverPendingEvents();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + "api/orders/" + runId + "/o-1"))
            .header("traceparent", TRACEPARENT)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();

    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    UUID eventId = UUID.fromString(response.body().strip());
    assertThat(repository.findById(eventId).orElseThrow().traceId()).isEqualTo(TRACEPARENT);
    Message message = receive(runId);
    assertThat(message).as("message after commit").isNotNull();
    assertThat(message.getStringProperty(MessageProperties.TRACEPARENT)).isEqualTo(TRACEPARENT);
  }

  private static Message receive(String runId) {
    ConnectionFactory factory =
        Jndi.lookup(ServerResources.IN_VM_CONNECTION_FACTORY, ConnectionFactory.class);
    try (JMSContext context = factory.createContext();
        JMSConsumer consumer =
            context.createConsumer(
                context.createQueue(ItPayloads.QUEUE),
                MessageProperties.CORRELATION_ID + " = '" + runId + "'")) {
      return consumer.receive(10_000);
    }
  }
}
