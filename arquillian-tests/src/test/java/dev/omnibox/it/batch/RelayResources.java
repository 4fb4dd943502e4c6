package dev.omnibox.it.batch;

import dev.omnibox.ejb.storage.OmniboxStorage;
import dev.omnibox.ejb.storage.StorageOptions;
import dev.omnibox.it.support.ServerResources;
import dev.omnibox.spi.InboxRepository;
import dev.omnibox.spi.OutboxRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;
import javax.sql.DataSource;

/**
 * The beans the batch jobs look up, for the in-container test: the JDBC storage over the server's
 * JTA datasource, and the queue and connection factory the test receives from. omnibox-ejb supplies
 * the publisher, over {@code java:/JmsXA}.
 */
@ApplicationScoped
public class RelayResources {

  public static final String QUEUE = "omnibox-relay-it";

  @Resource(lookup = ServerResources.POSTGRES_DATASOURCE)
  DataSource dataSource;

  @Resource(lookup = ServerResources.JMS_XA_CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Resource(lookup = "java:/jms/queue/" + QUEUE)
  Queue queue;

  private OmniboxStorage storage;

  @PostConstruct
  void createStorage() {
    storage = OmniboxStorage.over(dataSource, StorageOptions.defaults().withCreateSchema(true));
  }

  @Produces
  @Dependent
  OutboxRepository outbox() {
    return storage.outbox();
  }

  @Produces
  @Dependent
  InboxRepository inbox() {
    return storage.inbox();
  }

  OmniboxStorage storage() {
    return storage;
  }

  DataSource dataSource() {
    return dataSource;
  }

  ConnectionFactory connectionFactory() {
    return connectionFactory;
  }

  Queue queue() {
    return queue;
  }
}
