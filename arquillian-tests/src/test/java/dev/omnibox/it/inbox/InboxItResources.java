package dev.omnibox.it.inbox;

import dev.omnibox.ejb.storage.OmniboxStorage;
import dev.omnibox.ejb.storage.StorageOptions;
import dev.omnibox.it.support.ServerResources;
import dev.omnibox.spi.DeadLetterStore;
import dev.omnibox.spi.InboxRepository;
import dev.omnibox.spi.OmniboxMetrics;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** Produces the storage and metrics that the inbox consumers of the test deployment use. */
// An enabled alternative, so its metrics replace the ones omnibox-ejb produces, the way an
// application overrides a default bean of a library.
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class InboxItResources {

  @Resource(lookup = ServerResources.POSTGRES_DATASOURCE)
  DataSource dataSource;

  private OmniboxStorage storage;
  private final Map<String, AtomicInteger> duplicates = new ConcurrentHashMap<>();

  @PostConstruct
  void start() {
    storage = OmniboxStorage.over(schemaDataSource(), StorageOptions.defaults());
  }

  public DataSource schemaDataSource() {
    return new InboxItSchema(dataSource);
  }

  /** Creates the test schema and the omnibox tables in it when they are missing. */
  public void installSchema() {
    OmniboxStorage.over(schemaDataSource(), StorageOptions.defaults().withCreateSchema(true));
  }

  public int duplicates(String consumerGroup) {
    AtomicInteger count = duplicates.get(consumerGroup);
    return count == null ? 0 : count.get();
  }

  @Produces
  InboxRepository inboxRepository() {
    return storage.inbox();
  }

  @Produces
  DeadLetterStore deadLetterStore() {
    return storage.deadLetters();
  }

  @Produces
  OmniboxMetrics metrics() {
    return new OmniboxMetrics() {
      @Override
      public void duplicate(String consumerGroup) {
        duplicates.computeIfAbsent(consumerGroup, group -> new AtomicInteger()).incrementAndGet();
      }
    };
  }
}
