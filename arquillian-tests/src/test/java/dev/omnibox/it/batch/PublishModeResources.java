package dev.omnibox.it.batch;

import dev.omnibox.ejb.jms.MessageProperties;
import dev.omnibox.ejb.storage.OmniboxStorage;
import dev.omnibox.ejb.storage.StorageOptions;
import dev.omnibox.it.support.ServerResources;
import dev.omnibox.spi.EventPublisher;
import dev.omnibox.spi.InboxRepository;
import dev.omnibox.spi.OutboxRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * The beans the relay job looks up in {@code RelayPublishModeIT}: the JDBC storage over the non-XA
 * or the XA datasource, as the test chooses, and a JMS publisher over {@code java:/JmsXA} that
 * records the JTA transaction status and key at each send. The storage records the transaction key
 * of each {@code markCompleted}. A test can make the storage fail its next {@code markCompleted},
 * as a crash between the send and the commit would.
 *
 * <p>An alternative with a priority, so its publisher replaces the one of omnibox-ejb.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class PublishModeResources {

  static final String QUEUE = "omnibox-publish-mode-it";

  @Resource(lookup = ServerResources.POSTGRES_DATASOURCE)
  DataSource dataSource;

  @Resource(lookup = ServerResources.POSTGRES_XA_DATASOURCE)
  DataSource xaDataSource;

  @Resource(lookup = ServerResources.JMS_XA_CONNECTION_FACTORY)
  ConnectionFactory sendingFactory;

  @Resource(lookup = ServerResources.IN_VM_CONNECTION_FACTORY)
  ConnectionFactory receivingFactory;

  @Resource(lookup = "java:/jms/queue/" + QUEUE)
  Queue queue;

  @Resource TransactionSynchronizationRegistry transactions;

  private final Map<UUID, List<Integer>> statusAtSend = new ConcurrentHashMap<>();
  private final List<String> sendTransactions = new CopyOnWriteArrayList<>();
  private final Set<String> markTransactions = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean failNextMarkCompleted = new AtomicBoolean();
  private OmniboxStorage plainStorage;
  private OmniboxStorage xaStorage;
  private volatile OmniboxStorage storage;

  @PostConstruct
  void createStorage() {
    StorageOptions options = StorageOptions.defaults().withCreateSchema(true);
    plainStorage = OmniboxStorage.over(dataSource, options);
    xaStorage = OmniboxStorage.over(xaDataSource, options);
    storage = plainStorage;
  }

  /** Makes the job's repositories use the XA datasource, or the non-XA one. */
  void useXaDatasource(boolean xa) {
    storage = xa ? xaStorage : plainStorage;
    statusAtSend.clear();
    sendTransactions.clear();
    markTransactions.clear();
    failNextMarkCompleted.set(false);
  }

  /** Makes the next {@code markCompleted} of the job's outbox throw. */
  void failNextMarkCompleted() {
    failNextMarkCompleted.set(true);
  }

  /** Returns the JTA transaction key at each send, in send order ("null" outside one). */
  List<String> sendTransactions() {
    return List.copyOf(sendTransactions);
  }

  /** Returns the JTA transaction keys of the {@code markCompleted} calls that ran. */
  Set<String> markTransactions() {
    return Set.copyOf(markTransactions);
  }

  /** Returns the JTA status at each send, by event id, in send order. */
  Map<UUID, List<Integer>> statusAtSend() {
    return Map.copyOf(statusAtSend);
  }

  @Produces
  @Dependent
  OutboxRepository outbox() {
    OutboxRepository outbox = storage.outbox();
    return (OutboxRepository)
        Proxy.newProxyInstance(
            OutboxRepository.class.getClassLoader(),
            new Class<?>[] {OutboxRepository.class},
            (proxy, method, arguments) -> {
              if (method.getName().equals("markCompleted")
                  && failNextMarkCompleted.compareAndSet(true, false)) {
                throw new IllegalStateException("simulated crash before the chunk commit");
              }
              if (method.getName().equals("markCompleted")) {
                markTransactions.add(String.valueOf(transactions.getTransactionKey()));
              }
              try {
                return method.invoke(outbox, arguments);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Produces
  @Dependent
  InboxRepository inbox() {
    return storage.inbox();
  }

  /**
   * Returns a publisher that records the JTA status and sends the event id through {@code
   * java:/JmsXA}. It sets no {@code _AMQ_DUPL_ID}, unlike omnibox's publisher, so the broker keeps
   * every send it committed and the test receives each duplicate.
   */
  @Produces
  @ApplicationScoped
  EventPublisher publisher() {
    return event -> {
      statusAtSend
          .computeIfAbsent(event.id(), id -> new CopyOnWriteArrayList<>())
          .add(transactions.getTransactionStatus());
      sendTransactions.add(String.valueOf(transactions.getTransactionKey()));
      try (JMSContext context = sendingFactory.createContext()) {
        context
            .createProducer()
            .setDeliveryMode(DeliveryMode.PERSISTENT)
            .setProperty(MessageProperties.EVENT_ID, event.id().toString())
            .send(queue, event.payload());
      }
    };
  }

  OmniboxStorage storage() {
    return storage;
  }

  DataSource dataSource() {
    return dataSource;
  }

  ConnectionFactory receivingFactory() {
    return receivingFactory;
  }

  Queue queue() {
    return queue;
  }
}
