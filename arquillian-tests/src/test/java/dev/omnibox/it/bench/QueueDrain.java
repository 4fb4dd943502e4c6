package dev.omnibox.it.bench;

import dev.omnibox.ejb.jms.MessageProperties;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.util.HashSet;
import java.util.Set;

/** Receives every message of a queue, outside any measured time, and counts them. */
final class QueueDrain {

  /** Messages received and their distinct event ids ({@code omnibox_event_id}). */
  record Result(long messages, long distinctEventIds) {}

  private QueueDrain() {}

  /** Receives until no message arrives for {@code idleMillis}. */
  static Result drain(ConnectionFactory inVm, String queue, long idleMillis) {
    Set<String> ids = new HashSet<>();
    long messages = 0;
    try (JMSContext context = inVm.createContext(JMSContext.DUPS_OK_ACKNOWLEDGE);
        JMSConsumer consumer = context.createConsumer(context.createQueue(queue))) {
      Message message;
      while ((message = consumer.receive(idleMillis)) != null) {
        messages++;
        ids.add(message.getStringProperty(MessageProperties.EVENT_ID));
      }
    } catch (JMSException e) {
      throw new IllegalStateException("failed to read a message of queue " + queue, e);
    }
    return new Result(messages, ids.size());
  }
}
