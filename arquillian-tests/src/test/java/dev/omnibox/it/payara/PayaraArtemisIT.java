package dev.omnibox.it.payara;

import static dev.omnibox.it.inbox.InboxItSchema.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.ejb.outbox.Outbox;
import dev.omnibox.ejb.outbox.OutboxMessage;
import dev.omnibox.inbox.InboxConsumeService;
import dev.omnibox.it.inbox.InboxItSchema;
import dev.omnibox.it.inbox.ItOrder;
import dev.omnibox.it.outbox.ItStorage;
import dev.omnibox.it.support.Deployments;
import dev.omnibox.it.support.Jdbc;
import dev.omnibox.it.support.Poll;
import dev.omnibox.model.OutboxEvent;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Outbox to inbox on Payara over the Artemis resource adapter: an event written through the {@link
 * Outbox} bean in a JTA transaction is sent through the adapter's connection factory, received by
 * the message-driven bean {@link ArtemisRaInbox}, stored as a COMPLETED inbox row and handled by
 * the CDI observer {@link PayaraOrderHandler}. Then Payara's MicroProfile Metrics endpoint shows
 * the omnibox counters.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PayaraArtemisIT {

  /** The outbox topic, which the default mapping sends to the Artemis queue of that name. */
  static final String TOPIC = "omniboxPayaraIt";

  /** Names the Artemis resource adapter, deployed as {@code activemq-rar}, for the inbox bean. */
  static final String GLASSFISH_EJB_JAR =
      """
      <!DOCTYPE glassfish-ejb-jar PUBLIC
          "-//GlassFish.org//DTD GlassFish Application Server 3.1 EJB 3.1//EN"
          "http://glassfish.org/dtds/glassfish-ejb-jar_3_1-1.dtd">
      <glassfish-ejb-jar>
        <enterprise-beans>
          <ejb>
            <ejb-name>ArtemisRaInbox</ejb-name>
            <mdb-resource-adapter>
              <resource-adapter-mid>activemq-rar</resource-adapter-mid>
            </mdb-resource-adapter>
          </ejb>
        </enterprise-beans>
      </glassfish-ejb-jar>
      """;

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  @Deployment
  static WebArchive deployment() {
    WebArchive archive =
        Deployments.webArchive("payara-artemis")
            .addClasses(
                ItStorage.class,
                ItOrder.class,
                InboxItSchema.class,
                ArtemisRaInbox.class,
                PayaraOrderHandler.class,
                PayaraResources.class)
            .addAsWebInfResource(new StringAsset(GLASSFISH_EJB_JAR), "glassfish-ejb-jar.xml");
    Deployments.withLibraryOf(archive, Outbox.class);
    Deployments.withLibraryOf(archive, InboxConsumeService.class);
    return archive;
  }

  @Inject Outbox outbox;
  @Inject UserTransaction transaction;
  @Inject PayaraResources resources;
  @Inject ItStorage storage;

  @ArquillianResource URL base;

  @Test
  @Order(1)
  void outboxEvent_reachesInboxBeanAndHandler() throws Exception {
    transaction.begin();
    Jdbc.update(resources.dataSource(), "CREATE SCHEMA IF NOT EXISTS " + InboxItSchema.SCHEMA);
    resources.installSchema();
    Jdbc.update(
        new InboxItSchema(resources.dataSource()),
        "CREATE TABLE IF NOT EXISTS inbox_it_effects (order_id VARCHAR(255) NOT NULL,"
            + " message_id VARCHAR(255) NOT NULL, consumer_group VARCHAR(255) NOT NULL)");
    transaction.commit();
    storage.deleteLeftoverPendingEvents();
    String orderId = "o-" + UUID.randomUUID();

    transaction.begin();
    OutboxEvent event =
        outbox.publish(
            OutboxMessage.builder(TOPIC)
                .payload(new ItOrder(orderId, "ok"))
                .aggregate("Order", orderId));
    transaction.commit();

    String id = event.id().toString();
    Poll.until(
        "COMPLETED inbox row of " + id + " in group payara",
        TIMEOUT,
        () -> count("inbox_events", id, "status = 'COMPLETED'"),
        rows -> rows == 1);
    assertThat(count("inbox_it_effects", id, "order_id = '" + orderId + "'")).isEqualTo(1);
  }

  @Test
  @Order(2)
  @RunAsClient
  void metricsEndpoint_showsOmniboxCounters() throws Exception {
    URI metrics = base.toURI().resolve("/metrics");
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(metrics).GET().build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).as("status of %s", metrics).isEqualTo(200);
    assertThat(response.body())
        .contains("omnibox_outbox_published")
        .contains("omnibox_inbox_handled");
  }

  private long count(String table, String messageId, String condition) {
    try {
      transaction.begin();
      try {
        return Jdbc.queryLong(
            new InboxItSchema(resources.dataSource()),
            "SELECT count(*) FROM "
                + table(table)
                + " WHERE message_id = ? AND consumer_group = 'payara' AND "
                + condition,
            messageId);
      } finally {
        transaction.commit();
      }
    } catch (Exception e) {
      throw new IllegalStateException("counting rows of " + table + " failed", e);
    }
  }
}
