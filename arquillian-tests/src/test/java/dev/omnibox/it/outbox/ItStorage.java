package dev.omnibox.it.outbox;

import dev.omnibox.ejb.storage.OmniboxStorage;
import dev.omnibox.ejb.storage.StorageOptions;
import dev.omnibox.it.support.Jdbc;
import dev.omnibox.it.support.Jndi;
import dev.omnibox.it.support.ServerResources;
import dev.omnibox.spi.OutboxRepository;
import jakarta.annotation.PostConstruct;
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

  private DataSource dataSource;

  @PostConstruct
  void lookUpDatasource() {
    dataSource = Jndi.lookup(ServerResources.postgresDatasource(), DataSource.class);
  }

  /**
   * Deletes the PENDING rows that earlier test classes left. The fast path claims the oldest due
   * events, so a leftover due row of a topic that no relay drains here would be claimed in place of
   * the event a test just committed.
   */
  public void deleteLeftoverPendingEvents() {
    Jdbc.update(dataSource, "DELETE FROM outbox_events WHERE status = 'PENDING'");
  }

  /** Returns the number of PENDING outbox events. */
  public long countPendingEvents() {
    return Jdbc.queryLong(
        dataSource, "SELECT COUNT(*) FROM outbox_events WHERE status = 'PENDING'");
  }

  @Produces
  @ApplicationScoped
  OutboxRepository outboxRepository() {
    return OmniboxStorage.over(dataSource, StorageOptions.defaults().withCreateSchema(true))
        .outbox();
  }
}
