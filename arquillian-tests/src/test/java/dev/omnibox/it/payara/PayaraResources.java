package dev.omnibox.it.payara;

import dev.omnibox.ejb.storage.OmniboxStorage;
import dev.omnibox.ejb.storage.StorageOptions;
import dev.omnibox.it.inbox.InboxItSchema;
import dev.omnibox.it.support.Jndi;
import dev.omnibox.it.support.ServerResources;
import dev.omnibox.spi.DeadLetterStore;
import dev.omnibox.spi.InboxRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;

/**
 * Produces the inbox storage of the Payara test: the JPA storage in the schema of the inbox tests.
 * The outbox storage comes from {@link dev.omnibox.it.outbox.ItStorage}.
 */
@ApplicationScoped
public class PayaraResources {

  private DataSource dataSource;
  private OmniboxStorage storage;

  @PostConstruct
  void start() {
    dataSource = Jndi.lookup(ServerResources.postgresDatasource(), DataSource.class);
    storage = OmniboxStorage.over(new InboxItSchema(dataSource), StorageOptions.defaults());
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** Creates the test schema and the omnibox tables in it when they are missing. */
  public void installSchema() {
    OmniboxStorage.over(
        new InboxItSchema(dataSource), StorageOptions.defaults().withCreateSchema(true));
  }

  @Produces
  InboxRepository inboxRepository() {
    return storage.inbox();
  }

  @Produces
  DeadLetterStore deadLetterStore() {
    return storage.deadLetters();
  }
}
