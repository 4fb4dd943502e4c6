package dev.omnibox.it.inbox;

import dev.omnibox.batch.BatchProcessorOptions;
import dev.omnibox.ejb.storage.OmniboxStorage;
import dev.omnibox.ejb.storage.StorageOptions;
import dev.omnibox.it.support.ServerResources;
import dev.omnibox.model.InboxEvent;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.pipeline.ProcessorOptions;
import dev.omnibox.retry.Backoff;
import dev.omnibox.retry.Jitter;
import dev.omnibox.spi.DeadLetterStore;
import dev.omnibox.spi.InboxRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The storage and dispatch options of {@code InboxRetryIT}: the JDBC storage over the non-XA
 * datasource and a dispatch pipeline whose backoff waits 200 ms to 500 ms, so that retries fall due
 * within the test.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class RetryItResources {

  static final Duration BACKOFF_BASE = Duration.ofMillis(200);

  @Resource(lookup = ServerResources.POSTGRES_DATASOURCE)
  DataSource dataSource;

  private OmniboxStorage storage;

  @PostConstruct
  void createStorage() {
    storage = OmniboxStorage.over(dataSource, StorageOptions.defaults().withCreateSchema(true));
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

  @Produces
  @ApplicationScoped
  BatchProcessorOptions processorOptions() {
    return new BatchProcessorOptions() {
      @Override
      public ProcessorOptions<OutboxEvent> relayOptions() {
        return ProcessorOptions.create();
      }

      @Override
      public ProcessorOptions<InboxEvent> dispatchOptions(String consumerGroup) {
        Backoff shortBackoff =
            Backoff.builder()
                .base(BACKOFF_BASE)
                .cap(Duration.ofMillis(500))
                .jitter(Jitter.NONE)
                .build();
        return ProcessorOptions.<InboxEvent>create()
            .backoff(shortBackoff)
            .deadLetterStore(storage.deadLetters());
      }
    };
  }

  DataSource dataSource() {
    return dataSource;
  }
}
