package dev.omnibox.it.admin;

import dev.omnibox.ejb.storage.OmniboxStorage;
import dev.omnibox.ejb.storage.StorageOptions;
import dev.omnibox.it.support.ServerResources;
import dev.omnibox.spi.OutboxRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;

/** The storage of an application with an outbox only: no inbox and no dead-letter store. */
@ApplicationScoped
public class OutboxOnlyResources {

  @Resource(lookup = ServerResources.POSTGRES_DATASOURCE)
  DataSource dataSource;

  @Produces
  @ApplicationScoped
  OutboxRepository outbox() {
    return OmniboxStorage.over(dataSource, StorageOptions.defaults().withCreateSchema(true))
        .outbox();
  }
}
