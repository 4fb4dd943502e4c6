package dev.omnibox.ejb.outbox;

import static dev.omnibox.ejb.outbox.OutboxLogger.LOG;

import dev.omnibox.ejb.tracing.TraceparentSource;
import dev.omnibox.model.EventLifecycle;
import dev.omnibox.model.EventValidationPolicy;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.model.StoredEventBuilder;
import dev.omnibox.schema.SchemaRegistry;
import dev.omnibox.spi.OutboxRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.concurrent.Executor;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Writes events to the outbox in the caller's JTA transaction. Inject it and call {@code publish}
 * from a transactional method; the row commits or rolls back with the business data, and the relay
 * publishes it after commit (the fast path, when on, right after commit).
 *
 * <pre>{@code
 * @Inject Outbox outbox;
 *
 * @Transactional
 * public void placeOrder(Order order) {
 *   orders.persist(order);
 *   outbox.publish(OutboxMessage.builder("orders").payload(new OrderCreated(order.id()))
 *       .partitionKey(order.id()));
 * }
 * }</pre>
 *
 * <p>Settings: {@value #FAST_PATH_ENABLED} (default {@code true}), {@value #FAST_PATH_EXECUTOR}
 * (default {@value #DEFAULT_EXECUTOR}) and {@value #MAX_ATTEMPTS} (default {@value
 * StoredEventBuilder#DEFAULT_MAX_ATTEMPTS}), read with {@link OmniboxConfig}.
 */
@ApplicationScoped
public class Outbox {

  public static final String FAST_PATH_ENABLED = "omnibox.outbox.fast-path.enabled";
  public static final String FAST_PATH_EXECUTOR = "omnibox.outbox.fast-path.executor";
  public static final String MAX_ATTEMPTS = "omnibox.outbox.max-attempts";
  public static final String DEFAULT_EXECUTOR = "java:comp/DefaultManagedExecutorService";

  @Inject OutboxRepository repository;
  @Inject TraceparentSource traceparents;
  @Inject Instance<SchemaRegistry> schemaRegistries;
  @Inject Instance<FastPathPublisher> fastPathPublishers;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactionRegistry;

  private OutboxWriter writer;

  @PostConstruct
  void start() {
    OmniboxConfig config = OmniboxConfig.fromEnvironment();
    Clock clock = Clock.systemUTC();
    SchemaRegistry schemas =
        schemaRegistries.isResolvable() ? schemaRegistries.get() : new SchemaRegistry();
    writer =
        new OutboxWriter(
            repository,
            new JtaTransactionContext(transactionRegistry),
            schemas,
            new EventLifecycle(clock, EventValidationPolicy.defaults()),
            traceparents,
            fastPath(config, clock),
            config.getInt(MAX_ATTEMPTS, StoredEventBuilder.DEFAULT_MAX_ATTEMPTS));
  }

  /**
   * Writes the message as a PENDING outbox event in the caller's transaction.
   *
   * @return the stored event; when another event already has the same idempotency key, that event
   * @throws NoActiveTransactionException when no JTA transaction is active
   * @throws IllegalArgumentException when the payload cannot be serialized
   */
  public OutboxEvent publish(OutboxMessage message) {
    return writer.write(message);
  }

  /** Builds the message and writes it, as {@link #publish(OutboxMessage)}. */
  public OutboxEvent publish(OutboxMessage.Builder message) {
    return writer.write(message.build());
  }

  /**
   * Writes a payload record that carries {@link OutboxTopic}, as {@link #publish(OutboxMessage)}.
   *
   * @throws IllegalArgumentException when the record has no {@link OutboxTopic} or {@link
   *     dev.omnibox.schema.PayloadType}
   */
  public OutboxEvent publish(Record payload) {
    return writer.write(OutboxMessage.of(payload).build());
  }

  /** Writes a payload record to {@code topic}, as {@link #publish(OutboxMessage)}. */
  public OutboxEvent publish(String topic, Record payload) {
    return writer.write(OutboxMessage.builder(topic).payload(payload).build());
  }

  private FastPath fastPath(OmniboxConfig config, Clock clock) {
    if (!config.getBoolean(FAST_PATH_ENABLED, true)) {
      LOG.fastPathOff(FAST_PATH_ENABLED + " is false");
      return FastPath.off();
    }
    if (!fastPathPublishers.isResolvable()) {
      LOG.fastPathOff("no single FastPathPublisher bean is deployed");
      return FastPath.off();
    }
    String executorName = config.get(FAST_PATH_EXECUTOR, DEFAULT_EXECUTOR);
    try {
      Executor executor = InitialContext.doLookup(executorName);
      LOG.fastPathOn(executorName);
      return FastPath.on(new FastPathDispatcher(executor, fastPathPublishers.get(), clock));
    } catch (NamingException | ClassCastException e) {
      LOG.fastPathOff("looking up the executor " + executorName + " failed: " + e);
      return FastPath.off();
    }
  }
}
