package dev.omnibox.batch.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.batch.OmniboxJobs;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.spi.OutboxRepository;
import dev.omnibox.testing.RecordingPublisher;
import dev.omnibox.testing.TestEvents;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The maintenance job on H2. The job's clock runs two days ahead of the database, so rows that
 * completed now are two days old to it.
 */
class H2MaintenanceJobTest {

  private final H2Database database = H2Database.create();
  private final OutboxRepository outbox = database.storage().outbox();

  @AfterEach
  void release() {
    JobFixture.clear();
    H2Database.release();
  }

  @Test
  void maintenance_deletesOnlyCompletedRowsOlderThanRetention() {
    List<UUID> completed = store(4);
    List<UUID> pending = store(3);
    complete(completed);
    JobFixture.install(
        new JobFixture(
            outbox,
            database.storage().inbox(),
            new RecordingPublisher(),
            group -> {
              throw new IllegalArgumentException("no consumer groups in this test");
            },
            Clock.offset(Clock.systemUTC(), Duration.ofDays(2))));

    JobExecution kept = run("P3D");

    assertThat(kept.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(kept.getExitStatus()).contains("DELETED=0");
    assertThat(completed).allMatch(outbox::exists);

    JobExecution deleted = run("P1D");

    assertThat(deleted.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(deleted.getExitStatus()).contains("DELETED=4");
    assertThat(completed).noneMatch(outbox::exists);
    assertThat(pending).allMatch(outbox::exists);
  }

  @Test
  void dropPartitions_onH2_dropsNothingAndLogsWhy() {
    List<UUID> completed = store(2);
    complete(completed);
    installFixture();
    List<LogRecord> records = new ArrayList<>();
    Handler handler = recordingHandler(records);
    Logger logger = Logger.getLogger("dev.omnibox.batch.job");
    logger.addHandler(handler);
    JobExecution execution;
    try {
      execution = run(Map.of(OmniboxJobs.RETENTION, "P3D", OmniboxJobs.DROP_PARTITIONS, "true"));
    } finally {
      logger.removeHandler(handler);
    }

    assertThat(execution.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(execution.getExitStatus()).endsWith(";PARTITIONS_DROPPED=0");
    assertThat(completed).allMatch(outbox::exists);
    assertThat(records)
        .anySatisfy(
            record ->
                assertThat(record.getMessage())
                    .contains("OMNIBOX003010")
                    .contains("not the partitioned PostgreSQL variant"));
  }

  @Test
  void dropPartitions_isOffByDefault() {
    installFixture();

    JobExecution execution = run("P3D");

    assertThat(execution.getExitStatus()).doesNotContain("PARTITIONS_DROPPED");
  }

  private void installFixture() {
    JobFixture.install(
        new JobFixture(
            outbox,
            database.storage().inbox(),
            new RecordingPublisher(),
            group -> {
              throw new IllegalArgumentException("no consumer groups in this test");
            },
            Clock.offset(Clock.systemUTC(), Duration.ofDays(2))));
  }

  private static Handler recordingHandler(List<LogRecord> records) {
    return new Handler() {
      @Override
      public void publish(LogRecord record) {
        synchronized (records) {
          records.add(record);
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
  }

  private JobExecution run(String retention) {
    return run(Map.of(OmniboxJobs.RETENTION, retention, OmniboxJobs.BATCH_SIZE, "2"));
  }

  private JobExecution run(Map<String, String> parameters) {
    return Jobs.awaitEnd(Jobs.start(OmniboxJobs.MAINTENANCE, parameters));
  }

  private List<UUID> store(int count) {
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      OutboxEvent event = TestEvents.outbox().id(UUID.randomUUID()).build();
      outbox.insert(event);
      ids.add(event.id());
    }
    return ids;
  }

  private void complete(List<UUID> ids) {
    List<UUID> claimed = new ArrayList<>();
    for (UUID id : ids) {
      outbox.tryClaim(id, "test-worker", Duration.ofMinutes(1)).ifPresent(e -> claimed.add(e.id()));
    }
    assertThat(claimed).hasSameSizeAs(ids);
    assertThat(outbox.markCompleted("test-worker", claimed)).isEqualTo(ids.size());
  }
}
