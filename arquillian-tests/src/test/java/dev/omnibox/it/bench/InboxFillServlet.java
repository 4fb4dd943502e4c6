package dev.omnibox.it.bench;

import dev.omnibox.ejb.jms.MessageProperties;
import dev.omnibox.envelope.EnvelopeConverter;
import dev.omnibox.it.support.Jdbc;
import dev.omnibox.model.OutboxEvent;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

/**
 * Fills a queue of the inbox figure with persistent messages, on {@code POST
 * /fill?queue=NAME&messages=N}, after emptying the inbox tables. Every tenth message repeats the
 * event of the message before it. Responds with 204 when done.
 */
@WebServlet("/fill")
public class InboxFillServlet extends HttpServlet {

  static final int DUPLICATE_EVERY = 10;

  @Inject BenchResources resources;
  @Inject UserTransaction transaction;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int messages;
    try {
      messages = Integer.parseInt(request.getParameter("messages"));
    } catch (NumberFormatException e) {
      response.sendError(
          400, "messages '" + request.getParameter("messages") + "' is not a number");
      return;
    }
    String queue = request.getParameter("queue");
    if (!InboxThroughputBenchmark.DEFAULT_QUEUE.equals(queue)
        && !InboxThroughputBenchmark.DOUBLED_QUEUE.equals(queue)
        && !InboxThroughputBenchmark.ON_SUCCESS_QUEUE.equals(queue)) {
      response.sendError(400, "queue '" + queue + "' is not a queue of the inbox figure");
      return;
    }
    resources.storage().inbox().exists(UUID.randomUUID());
    Jdbc.update(resources.dataSource(), "TRUNCATE inbox_events, dead_letter_events");
    try {
      QueueDrain.drain(resources.inVmConnectionFactory(), queue, 200);
      fill(queue, messages);
    } catch (Exception e) {
      throw new IOException("failed to fill the inbox queue " + queue + ": " + e, e);
    }
    response.setStatus(204);
  }

  private void fill(String queue, int messages) throws Exception {
    EnvelopeConverter converter = new EnvelopeConverter();
    String body = null;
    String eventId = null;
    for (int sent = 0; sent < messages; ) {
      transaction.begin();
      try (JMSContext context = resources.xaConnectionFactory().createContext()) {
        JMSProducer producer = context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
        Queue destination = context.createQueue(queue);
        for (int i = 0; i < 500 && sent < messages; i++, sent++) {
          if (sent % DUPLICATE_EVERY != DUPLICATE_EVERY - 1) {
            OutboxEvent event = event(sent);
            body = converter.toJson(event);
            eventId = event.id().toString();
          }
          producer.setProperty(MessageProperties.EVENT_ID, eventId).send(destination, body);
        }
      } catch (Exception | Error e) {
        transaction.rollback();
        throw e;
      }
      transaction.commit();
    }
  }

  private static OutboxEvent event(int number) {
    Instant now = Instant.now();
    String orderId = "order-" + number;
    return OutboxEvent.builder()
        .id(UUID.randomUUID())
        .eventType("bench.order.placed")
        .payload(
            "{\"orderId\":\""
                + orderId
                + "\",\"customer\":\"customer-"
                + (number % 1000)
                + "\",\"totalCents\":"
                + (number * 7 % 100_000)
                + ",\"line\":0}")
        .schemaVersion("1")
        .topic("orders")
        .aggregateType("Order")
        .aggregateId(orderId)
        .partitionKey(orderId)
        .maxAttempts(10)
        .scheduledAt(now)
        .createdAt(now)
        .updatedAt(now)
        .build();
  }
}
