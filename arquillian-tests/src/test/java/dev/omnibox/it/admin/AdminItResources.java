package dev.omnibox.it.admin;

import dev.omnibox.ejb.storage.OmniboxStorage;
import dev.omnibox.ejb.storage.StorageOptions;
import dev.omnibox.it.support.ServerResources;
import dev.omnibox.spi.DeadLetterStore;
import dev.omnibox.spi.InboxRepository;
import dev.omnibox.spi.OutboxRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;

/**
 * The storage beans of the admin test deployments, as an application produces them: the JDBC
 * storage over the server's PostgreSQL datasource.
 */
@ApplicationScoped
public class AdminItResources {

  @Resource(lookup = ServerResources.POSTGRES_DATASOURCE)
  DataSource dataSource;

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

  @Produces
  @Dependent
  DeadLetterStore deadLetters() {
    return storage.deadLetters();
  }
}
