package dev.omnibox.it.outbox;

import dev.omnibox.ejb.storage.OmniboxStorage;
import dev.omnibox.ejb.storage.StorageOptions;
import dev.omnibox.it.support.ServerResources;
import dev.omnibox.spi.OutboxRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;

/**
 * Produces the {@link OutboxRepository} of the deployment: the JPA storage over the PostgreSQL
 * datasource, which joins the caller's JTA transaction. Missing tables are created on first use;
 * the tests touch the repository outside a transaction first, so the DDL never runs inside a
 * business transaction.
 */
@ApplicationScoped
public class ItStorage {

  @Resource(lookup = ServerResources.POSTGRES_DATASOURCE)
  DataSource dataSource;

  @Produces
  @ApplicationScoped
  OutboxRepository outboxRepository() {
    return OmniboxStorage.over(dataSource, StorageOptions.defaults().withCreateSchema(true))
        .outbox();
  }
}
