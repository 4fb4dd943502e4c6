package dev.omnibox.ejb.inbox;

import dev.omnibox.spi.AckHandle;
import dev.omnibox.spi.ConsumedMessage;
import dev.omnibox.spi.EnvelopeParser;
import jakarta.annotation.Resource;
import jakarta.ejb.MessageDrivenContext;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The base class of an inbox consumer. An application subclasses it as a message-driven bean:
 *
 * <pre>{@code
 * @MessageDriven(activationConfig = {
 *     @ActivationConfigProperty(propertyName = "destinationLookup",
 *         propertyValue = "java:/jms/queue/orders"),
 *     @ActivationConfigProperty(propertyName = "destinationType",
 *         propertyValue = "jakarta.jms.Queue")})
 * @InboxConsumer(consumerGroup = "billing")
 * public class BillingInbox extends InboxMessageListener {}
 * }</pre>
 *
 * <p>{@code onMessage} runs with the default container-managed transaction attribute REQUIRED, so
 * the JMS acknowledgement is the commit. {@link dev.omnibox.inbox.AckStrategy#AT_MOST_ONCE} needs
 * NOT_SUPPORTED instead: override {@code onMessage} with
 * {@code @TransactionAttribute(NOT_SUPPORTED)} and call {@code super.onMessage}. {@link
 * TransactionPlan} has the full table. Override {@link #settings()} to compute the settings instead
 * of annotating, and {@link #envelopeParser()} for a custom envelope parser.
 */
public abstract class InboxMessageListener implements MessageListener {

  @Resource private MessageDrivenContext context;
  @Resource private TransactionSynchronizationRegistry transactionRegistry;
  @Inject private InboxRuntime runtime;

  private InboxMessageFlow flow;

  @Override
  public void onMessage(Message message) {
    InboxMessageFlow current = flow();
    ConsumedMessage consumed;
    try {
      consumed =
          runtime
              .converter()
              .convert(message, current.settings().consumerGroup(), ackHandle(current.plan()));
    } catch (JMSException e) {
      throw new IllegalStateException(
          "inbox consumer " + current.settings().name() + " cannot read a JMS message", e);
    }
    current.consume(consumed, context::setRollbackOnly);
  }

  /**
   * Returns the settings of this consumer, by default those of its {@link InboxConsumer}
   * annotation.
   *
   * @throws IllegalStateException when the class has no {@link InboxConsumer} annotation
   */
  protected ConsumerSettings settings() {
    InboxConsumer annotation = getClass().getAnnotation(InboxConsumer.class);
    if (annotation == null) {
      throw new IllegalStateException(
          "inbox consumer "
              + getClass().getName()
              + " has no @InboxConsumer annotation; add @InboxConsumer(consumerGroup = \"...\")"
              + " or override settings()");
    }
    return ConsumerSettings.of(getClass().getName(), annotation);
  }

  /**
   * Returns a custom envelope parser, or null for the one {@link ConsumerSettings#envelope()}
   * names.
   */
  protected EnvelopeParser envelopeParser() {
    return null;
  }

  private InboxMessageFlow flow() {
    if (flow == null) {
      flow = runtime.flow(settings(), envelopeParser());
      checkTransaction(flow);
    }
    return flow;
  }

  /** Logs once per instance when the container's transaction does not fit the plan. */
  private void checkTransaction(InboxMessageFlow created) {
    boolean active = transactionRegistry.getTransactionStatus() != Status.STATUS_NO_TRANSACTION;
    if (active == created.plan().mdbTransaction()) {
      return;
    }
    ConsumerSettings settings = created.settings();
    InboxDispatcher.LOG.transactionMismatch(
        settings.name(),
        settings.consumerGroup(),
        settings.ackStrategy().name(),
        settings.commitOffsetPolicy().name(),
        active
            ? "onMessage runs in a transaction; annotate it with"
                + " @TransactionAttribute(NOT_SUPPORTED)"
            : "onMessage runs without a transaction; remove NOT_SUPPORTED so it runs in REQUIRED");
  }

  private AckHandle ackHandle(TransactionPlan plan) {
    if (!plan.mdbTransaction()) {
      return AckHandle.NONE;
    }
    return new AckHandle() {
      @Override
      public void ack() {
        // The commit of the container's transaction acknowledges the message.
      }

      @Override
      public void reject() {
        context.setRollbackOnly();
      }
    };
  }
}
