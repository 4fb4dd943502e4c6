package dev.omnibox.ejb.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.ejb.metrics.OutboxBacklog.TopicBacklog;
import dev.omnibox.ejb.storage.OmniboxStorage;
import dev.omnibox.ejb.storage.StorageOptions;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.spi.OutboxRepository;
import dev.omnibox.testing.TestEvents;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class JdbcOutboxBacklogTest {

  private final JdbcDataSource dataSource = new JdbcDataSource();

  {
    dataSource.setURL("jdbc:h2:mem:backlog-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  private final OutboxRepository repository =
      OmniboxStorage.over(dataSource, StorageOptions.defaults().withCreateSchema(true)).outbox();

  private void insert(String topic, Instant createdAt) {
    OutboxEvent event =
        TestEvents.outbox()
            .id(UUID.randomUUID())
            .topic(topic)
            .createdAt(createdAt)
            .updatedAt(createdAt)
            .scheduledAt(createdAt)
            .build();
    repository.insert(event);
  }

  @Test
  void pendingRows_groupedByTopic() {
    insert("orders", TestEvents.T0.plusSeconds(5));
    insert("orders", TestEvents.T0);
    insert("audit", TestEvents.T0.plusSeconds(9));

    List<TopicBacklog> backlog = new JdbcOutboxBacklog(dataSource).pendingByTopic();

    assertThat(backlog)
        .containsExactlyInAnyOrder(
            new TopicBacklog("orders", 2, TestEvents.T0),
            new TopicBacklog("audit", 1, TestEvents.T0.plusSeconds(9)));
  }

  @Test
  void emptyTable_hasNoBacklog() {
    assertThat(new JdbcOutboxBacklog(dataSource).pendingByTopic()).isEmpty();
  }
}
