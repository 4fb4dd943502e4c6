package dev.omnibox.it.bench;

import dev.omnibox.ejb.storage.OmniboxStorage;
import dev.omnibox.ejb.storage.StorageOptions;
import dev.omnibox.it.support.ServerResources;
import dev.omnibox.spi.DeadLetterStore;
import dev.omnibox.spi.InboxRepository;
import dev.omnibox.spi.OutboxRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.jms.ConnectionFactory;
import javax.sql.DataSource;

/**
 * The beans of a benchmark deployment: the omnibox storage over the server's JTA datasource,
 * through a {@link StatementCounter}, and the server resources the benchmark drives load with.
 */
@ApplicationScoped
public class BenchResources {

  @Resource(lookup = ServerResources.POSTGRES_DATASOURCE)
  DataSource dataSource;

  @Resource(lookup = ServerResources.JMS_XA_CONNECTION_FACTORY)
  ConnectionFactory xaConnectionFactory;

  @Resource(lookup = ServerResources.IN_VM_CONNECTION_FACTORY)
  ConnectionFactory inVmConnectionFactory;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threadFactory;

  private final StatementCounter counter = new StatementCounter();
  private OmniboxStorage storage;

  @PostConstruct
  void createStorage() {
    storage =
        OmniboxStorage.over(
            counter.wrap(dataSource), StorageOptions.defaults().withCreateSchema(true));
  }

  /** Dependent, so the relay job's maintenance code could reach the repository's session. */
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

  @Produces
  @Dependent
  DeadLetterStore deadLetters() {
    return storage.deadLetters();
  }

  OmniboxStorage storage() {
    return storage;
  }

  /** Returns the datasource without the counter, for set-up, checks and the raw-SQL baseline. */
  DataSource dataSource() {
    return dataSource;
  }

  StatementCounter counter() {
    return counter;
  }

  ConnectionFactory xaConnectionFactory() {
    return xaConnectionFactory;
  }

  ConnectionFactory inVmConnectionFactory() {
    return inVmConnectionFactory;
  }

  ManagedThreadFactory threadFactory() {
    return threadFactory;
  }
}
