package dev.omnibox.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.omnibox.maintenance.MaintenanceService.Builder;
import dev.omnibox.spi.StorageConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MaintenanceServiceTest {

  private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final MaintenanceOptions OPTIONS =
      new MaintenanceOptions(Duration.ofMinutes(2), Duration.ofDays(3), 10, 4);

  private final ScriptedRepository outbox = new ScriptedRepository();
  private final ScriptedRepository inbox = new ScriptedRepository();

  private MaintenanceService service() {
    return MaintenanceService.builder()
        .clock(CLOCK)
        .options(OPTIONS)
        .repository("outbox", outbox)
        .repository("inbox", inbox)
        .build();
  }

  @Test
  void emptyRepositories_oneBatchEach() {
    MaintenanceReport report = service().run();

    assertThat(report.tasks()).hasSize(4);
    assertThat(report.tasks()).allSatisfy(task -> assertThat(task.iterations()).isEqualTo(1));
    assertThat(report.tasks()).allSatisfy(task -> assertThat(task.affectedRows()).isZero());
    assertThat(report.stoppedAtLimit()).isFalse();
    assertThat(report.hasFailures()).isFalse();
  }

  @Test
  void loops_untilShortBatch() {
    outbox.deletes(10, 10, 3, 10);

    MaintenanceReport report = service().run();

    TaskReport deleted = report.find("outbox", MaintenanceTask.DELETE_COMPLETED).orElseThrow();
    assertThat(deleted.affectedRows()).isEqualTo(23);
    assertThat(deleted.iterations()).isEqualTo(3);
    assertThat(deleted.stoppedAtLimit()).isFalse();
    assertThat(outbox.deleteScript).containsExactly(10);
  }

  @Test
  void stops_atMaxIterations() {
    outbox.releases(10, 10, 10, 10, 10);

    MaintenanceReport report = service().run();

    TaskReport released = report.find("outbox", MaintenanceTask.RELEASE_STALE_LOCKS).orElseThrow();
    assertThat(released.iterations()).isEqualTo(4);
    assertThat(released.affectedRows()).isEqualTo(40);
    assertThat(released.stoppedAtLimit()).isTrue();
    assertThat(report.stoppedAtLimit()).isTrue();
    assertThat(outbox.releaseScript).containsExactly(10);
  }

  @Test
  void fullLastBatchBelowLimit_continues() {
    inbox.deletes(10, 10, 10, 0);

    TaskReport deleted =
        service().run().find("inbox", MaintenanceTask.DELETE_COMPLETED).orElseThrow();

    assertThat(deleted.iterations()).isEqualTo(4);
    assertThat(deleted.affectedRows()).isEqualTo(30);
    assertThat(deleted.stoppedAtLimit()).isFalse();
  }

  @Test
  void cutoff_fromInjectedClock() {
    MaintenanceReport report = service().run();

    Instant expected = Instant.parse("2026-03-07T12:00:00Z");
    assertThat(report.startedAt()).isEqualTo(NOW);
    assertThat(report.deleteCutoff()).isEqualTo(expected);
    assertThat(outbox.deleteCutoffs).containsExactly(expected);
    assertThat(inbox.deleteCutoffs).containsExactly(expected);
  }

  @Test
  void options_passedToRepository() {
    outbox.releases(10, 1).deletes(10, 2);

    service().run();

    assertThat(outbox.releaseTtls).containsExactly(Duration.ofMinutes(2), Duration.ofMinutes(2));
    assertThat(outbox.releaseBatchSizes).containsExactly(10, 10);
    assertThat(outbox.deleteBatchSizes).containsExactly(10, 10);
  }

  @Test
  void bothRepositories_bothTasks() {
    outbox.releases(1).deletes(2);
    inbox.releases(3).deletes(4);

    MaintenanceReport report = service().run();

    assertThat(report.tasks())
        .extracting(TaskReport::repository, TaskReport::task, TaskReport::affectedRows)
        .containsExactly(
            tuple("outbox", MaintenanceTask.RELEASE_STALE_LOCKS, 1),
            tuple("outbox", MaintenanceTask.DELETE_COMPLETED, 2),
            tuple("inbox", MaintenanceTask.RELEASE_STALE_LOCKS, 3),
            tuple("inbox", MaintenanceTask.DELETE_COMPLETED, 4));
    assertThat(report.total(MaintenanceTask.RELEASE_STALE_LOCKS)).isEqualTo(4);
    assertThat(report.total(MaintenanceTask.DELETE_COMPLETED)).isEqualTo(6);
  }

  @Test
  void failedTask_reportedAndOthersRun() {
    StorageConnectionException failure = new StorageConnectionException("database down", null);
    outbox.deletes(10, failure);
    inbox.deletes(5);

    MaintenanceReport report = service().run();

    TaskReport failed = report.find("outbox", MaintenanceTask.DELETE_COMPLETED).orElseThrow();
    assertThat(failed.failed()).isTrue();
    assertThat(failed.failure()).isSameAs(failure);
    assertThat(failed.affectedRows()).isEqualTo(10);
    assertThat(failed.iterations()).isEqualTo(1);
    assertThat(report.hasFailures()).isTrue();
    assertThat(report.find("inbox", MaintenanceTask.DELETE_COMPLETED).orElseThrow().affectedRows())
        .isEqualTo(5);
  }

  @Test
  void options_validated() {
    assertThatThrownBy(() -> OPTIONS.withStaleLockTtl(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("staleLockTtl must be positive");
    assertThatThrownBy(() -> OPTIONS.withRetention(Duration.ofDays(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("retention must be positive");
    assertThatThrownBy(() -> OPTIONS.withBatchSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("batchSize must be at least 1, but was 0");
    assertThatThrownBy(() -> OPTIONS.withMaxIterations(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxIterations must be at least 1, but was 0");
    assertThatThrownBy(() -> OPTIONS.withRetention(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("retention");
  }

  @Test
  void defaults_documentedValues() {
    MaintenanceOptions defaults = MaintenanceOptions.defaults();

    assertThat(defaults.staleLockTtl()).isEqualTo(Duration.ofMinutes(5));
    assertThat(defaults.retention()).isEqualTo(Duration.ofDays(7));
    assertThat(defaults.batchSize()).isEqualTo(500);
    assertThat(defaults.maxIterations()).isEqualTo(100);
  }

  @Test
  void builder_rejectsBadRepositories() {
    Builder builder = MaintenanceService.builder().repository("outbox", outbox);

    assertThatThrownBy(() -> builder.repository("outbox", inbox))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'outbox' is already used");
    assertThatThrownBy(() -> builder.repository(" ", inbox))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("repository name must not be blank");
    assertThatThrownBy(() -> MaintenanceService.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no repository to maintain");
  }
}
