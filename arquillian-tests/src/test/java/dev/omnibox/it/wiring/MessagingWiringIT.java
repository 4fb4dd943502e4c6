package dev.omnibox.it.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.it.support.Deployments;
import dev.omnibox.it.support.Jndi;
import dev.omnibox.it.support.RequiresPreparedTransactions;
import dev.omnibox.it.support.ServerResources;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code java:/JmsXA} sends to a queue that the deployment creates, and the send joins the JTA
 * transaction.
 *
 * <p>Every message carries the test's random {@code runId} property and is received with a selector
 * on it. A message sent in a rolled-back transaction is shown missing without a timed wait: a later
 * committed message with the same {@code runId} is the first to arrive, and the queue delivers in
 * send order.
 */
@ExtendWith(ArquillianExtension.class)
class MessagingWiringIT {

  private static final String QUEUE = "omniboxItWiring";

  private static final Duration RECEIVE_TIMEOUT = Duration.ofSeconds(10);

  @Deployment
  static WebArchive deployment() {
    return Deployments.withQueues(
        Deployments.webArchive("messaging-wiring").addClass(WiringRows.class), QUEUE);
  }

  @Inject UserTransaction transaction;

  @Inject WiringRows rows;

  private String runId;

  @BeforeEach
  void setUp() {
    rows.createTable();
    runId = UUID.randomUUID().toString();
  }

  @Test
  void jmsXaIsBound() {
    assertThat(Jndi.lookup(ServerResources.JMS_XA_CONNECTION_FACTORY, Object.class))
        .isInstanceOf(ConnectionFactory.class);
  }

  @Test
  void committedMessageIsReceived() throws Exception {
    transaction.begin();
    send("committed");
    transaction.commit();

    assertThat(receive()).isEqualTo("committed");
  }

  @Test
  void rolledBackMessageIsNeverDelivered() throws Exception {
    transaction.begin();
    send("rolled back");
    transaction.rollback();

    sendInOwnTransaction("committed later");

    assertThat(receive()).isEqualTo("committed later");
  }

  @Test
  void xaRollbackDiscardsRowAndMessage() throws Exception {
    transaction.begin();
    rows.insertXa(runId);
    send("rolled back with the row");
    transaction.rollback();

    sendInOwnTransaction("committed later");

    assertThat(receive()).isEqualTo("committed later");
    assertThat(rows.count(runId)).isZero();
  }

  @Test
  @RequiresPreparedTransactions
  void xaCommitWritesRowAndMessage() throws Exception {
    transaction.begin();
    rows.insertXa(runId);
    send("committed with the row");
    transaction.commit();

    assertThat(receive()).isEqualTo("committed with the row");
    assertThat(rows.count(runId)).isEqualTo(1);
  }

  private void sendInOwnTransaction(String body) throws Exception {
    transaction.begin();
    send(body);
    transaction.commit();
  }

  private void send(String body) {
    ConnectionFactory factory =
        Jndi.lookup(ServerResources.JMS_XA_CONNECTION_FACTORY, ConnectionFactory.class);
    try (JMSContext context = factory.createContext()) {
      context.createProducer().setProperty("runId", runId).send(queue(), body);
    }
  }

  private String receive() {
    ConnectionFactory factory =
        Jndi.lookup(ServerResources.IN_VM_CONNECTION_FACTORY, ConnectionFactory.class);
    try (JMSContext context = factory.createContext();
        JMSConsumer consumer = context.createConsumer(queue(), "runId = '" + runId + "'")) {
      return consumer.receiveBody(String.class, RECEIVE_TIMEOUT.toMillis());
    }
  }

  private static Queue queue() {
    return Jndi.lookup(ServerResources.queueJndiName(QUEUE), Queue.class);
  }
}
