package dev.omnibox.sample.setup;

import dev.omnibox.ejb.metrics.JdbcOutboxBacklog;
import dev.omnibox.ejb.metrics.OutboxBacklog;
import dev.omnibox.ejb.storage.OmniboxStorage;
import dev.omnibox.ejb.storage.StorageOptions;
import dev.omnibox.spi.DeadLetterStore;
import dev.omnibox.spi.InboxRepository;
import dev.omnibox.spi.OutboxRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;

/**
 * Produces the omnibox storage beans over the sample's datasource, the same one that contains the
 * orders, shipments and invoices. Automatic schema creation is on, so the omnibox tables appear on
 * first use, and {@link SchemaSetup} makes that first use happen at deployment.
 */
@ApplicationScoped
public class SampleStorage {

  public static final String DATASOURCE = "java:jboss/datasources/OmniboxSampleDS";

  @Resource(lookup = DATASOURCE)
  DataSource dataSource;

  private OmniboxStorage storage;

  /** Returns the storage, creating it and any missing omnibox table on the first call. */
  public synchronized OmniboxStorage storage() {
    if (storage == null) {
      storage = OmniboxStorage.over(dataSource, StorageOptions.defaults().withCreateSchema(true));
    }
    return storage;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  // Dependent producers (the default), so the batch jobs reach the repositories themselves and
  // not a client proxy.
  @Produces
  OutboxRepository outboxRepository() {
    return storage().outbox();
  }

  @Produces
  InboxRepository inboxRepository() {
    return storage().inbox();
  }

  @Produces
  DeadLetterStore deadLetterStore() {
    return storage().deadLetters();
  }

  /** Produces the backlog query behind the pending-events gauges of the metrics. */
  @Produces
  OutboxBacklog outboxBacklog() {
    return new JdbcOutboxBacklog(dataSource);
  }
}
