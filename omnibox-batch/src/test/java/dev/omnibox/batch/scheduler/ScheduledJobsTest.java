package dev.omnibox.batch.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.batch.BatchSettings;
import dev.omnibox.batch.OmniboxJobs;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScheduledJobsTest {

  @Test
  void defaults_relayOnlyWithXmlDefaults() {
    List<ManagedJob> jobs = ScheduledJobs.continuous(settings(Map.of()));

    assertThat(jobs).extracting(ManagedJob::key).containsExactly("relay");
    assertThat(jobs.get(0).jobName()).isEqualTo(OmniboxJobs.OUTBOX_RELAY);
    assertThat(jobs.get(0).parameters()).isEmpty();
  }

  @Test
  void settings_becomeJobParameters() {
    BatchSettings settings =
        settings(
            Map.of(
                "omnibox.batch.relay.itemCount", "250",
                "omnibox.batch.relay.partitions", "4",
                "omnibox.batch.dispatch.consumer-groups", "shipping, billing,shipping",
                "omnibox.batch.dispatch.pollInterval", "PT2S",
                "omnibox.batch.maintenance.retention", "P3D"));

    List<ManagedJob> jobs = ScheduledJobs.continuous(settings);
    ManagedJob maintenance = ScheduledJobs.maintenance(settings).orElseThrow();

    assertThat(jobs)
        .extracting(ManagedJob::key)
        .containsExactly("relay", "dispatch:shipping", "dispatch:billing");
    assertThat(jobs.get(0).parameters())
        .containsEntry(OmniboxJobs.ITEM_COUNT, "250")
        .containsEntry(OmniboxJobs.PARTITIONS, "4");
    assertThat(jobs.get(1).parameters())
        .containsEntry(OmniboxJobs.CONSUMER_GROUP, "shipping")
        .containsEntry(OmniboxJobs.POLL_INTERVAL, "PT2S");
    assertThat(maintenance.parameters()).containsEntry(OmniboxJobs.RETENTION, "P3D");
  }

  @Test
  void disabledJobs_areLeftOut() {
    BatchSettings settings =
        settings(
            Map.of(
                BatchSettings.RELAY_ENABLED, "false", BatchSettings.MAINTENANCE_ENABLED, "FALSE"));

    assertThat(ScheduledJobs.continuous(settings)).isEmpty();
    assertThat(ScheduledJobs.maintenance(settings)).isEmpty();
  }

  @Test
  void startParameters_carryTheKey() {
    ManagedJob relay = ScheduledJobs.continuous(settings(Map.of())).get(0);

    assertThat(relay.startParameters()).containsEntry(ManagedJob.KEY_PARAMETER, "relay");
    assertThat(relay.matches(relay.startParameters())).isTrue();
    assertThat(relay.matches(relay.parameters())).isFalse();
  }

  @Test
  void invalidValues_nameTheSetting() {
    BatchSettings settings =
        settings(Map.of(BatchSettings.WATCH_INTERVAL, "30s", BatchSettings.RELAY_ENABLED, "yes"));

    assertThatThrownBy(() -> settings.getDuration(BatchSettings.WATCH_INTERVAL, Duration.ZERO))
        .hasMessageContaining(BatchSettings.WATCH_INTERVAL)
        .hasMessageContaining("'30s'");
    assertThatThrownBy(() -> ScheduledJobs.continuous(settings))
        .hasMessageContaining(BatchSettings.RELAY_ENABLED)
        .hasMessageContaining("'yes'");
  }

  private static BatchSettings settings(Map<String, String> values) {
    return new BatchSettings(name -> Optional.ofNullable(values.get(name)));
  }
}
