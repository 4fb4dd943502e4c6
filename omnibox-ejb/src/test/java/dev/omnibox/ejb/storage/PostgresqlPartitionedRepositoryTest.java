package dev.omnibox.ejb.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.ejb.storage.sql.DatabaseKind;
import dev.omnibox.ejb.storage.testing.DatabaseFixture;
import dev.omnibox.ejb.storage.testing.Events;
import dev.omnibox.model.InboxEvent;
import dev.omnibox.spi.InsertResult;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract on the range-partitioned PostgreSQL tables, whose unique keys include created_at.
 */
class PostgresqlPartitionedRepositoryTest extends RepositoryContractTest {

  @Override
  DatabaseFixture createFixture() {
    return DatabaseFixture.postgresql();
  }

  @Override
  String ddlResource() {
    return DatabaseKind.partitionedPostgresqlResource();
  }

  @Override
  StorageOptions options() {
    return StorageOptions.defaults().withPartitioned(true);
  }

  @Test
  void redeliveryInAnotherPartition_isStillDuplicate() {
    Instant lastYear = Instant.now().minus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
    InboxEvent old =
        Events.inbox("m-old", "billing")
            .createdAt(lastYear)
            .updatedAt(lastYear)
            .scheduledAt(lastYear)
            .build();
    storage.inbox().insert(old);

    InsertResult<InboxEvent> redelivery =
        storage.inbox().insert(Events.inbox("m-old", "billing").build());

    assertThat(redelivery.duplicate()).isTrue();
    assertThat(redelivery.event().id()).isEqualTo(old.id());
  }
}
