package dev.omnibox.batch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.ejb.jms.PublishMode;
import dev.omnibox.ejb.outbox.OmniboxConfig;
import dev.omnibox.spi.EventPublisher;
import dev.omnibox.spi.PublishException;
import dev.omnibox.testing.RecordingPublisher;
import dev.omnibox.testing.TestEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RelayPublishingTest {

  private final List<String> calls = new ArrayList<>();
  private final TransactionSuspender suspender =
      work -> {
        calls.add("suspend");
        try {
          work.run();
        } finally {
          calls.add("resume");
        }
      };

  @Test
  void publishMode_defaultsToAtLeastOnce() {
    assertThat(RelayPublishing.publishMode(null, settings(Map.of())))
        .isEqualTo(PublishMode.AT_LEAST_ONCE);
    assertThat(RelayPublishing.publishMode(" ", settings(Map.of())))
        .isEqualTo(PublishMode.AT_LEAST_ONCE);
  }

  @Test
  void publishMode_readsSetting() {
    OmniboxConfig xa = settings(Map.of(PublishMode.SETTING, "xa"));

    assertThat(RelayPublishing.publishMode(null, xa)).isEqualTo(PublishMode.XA);
  }

  @Test
  void publishMode_jobParameterOverridesSetting() {
    OmniboxConfig xa = settings(Map.of(PublishMode.SETTING, "XA"));

    assertThat(RelayPublishing.publishMode("at-least-once", xa))
        .isEqualTo(PublishMode.AT_LEAST_ONCE);
  }

  @Test
  void publishMode_invalidJobParameterNamed() {
    assertThatThrownBy(() -> RelayPublishing.publishMode("twice", settings(Map.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("publishMode")
        .hasMessageContaining("'twice'")
        .hasMessageContaining("AT_LEAST_ONCE or XA");
  }

  @Test
  void publishMode_invalidSettingNamed() {
    OmniboxConfig invalid = settings(Map.of(PublishMode.SETTING, "2pc"));

    assertThatThrownBy(() -> RelayPublishing.publishMode(null, invalid))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(PublishMode.SETTING)
        .hasMessageContaining("'2pc'");
  }

  @Test
  void xa_sendsInCallersTransaction() {
    RecordingPublisher recording = new RecordingPublisher();
    EventPublisher publisher =
        RelayPublishing.publisherFor(PublishMode.XA, recordingCalls(recording), suspender);

    publisher.publish(TestEvents.outbox().build());

    assertThat(calls).containsExactly("send");
    assertThat(recording.published()).hasSize(1);
  }

  @Test
  void atLeastOnce_sendsWithTransactionSuspended() {
    RecordingPublisher recording = new RecordingPublisher();
    EventPublisher publisher =
        RelayPublishing.publisherFor(
            PublishMode.AT_LEAST_ONCE, recordingCalls(recording), suspender);

    publisher.publish(TestEvents.outbox().build());

    assertThat(calls).containsExactly("suspend", "send", "resume");
    assertThat(recording.published()).hasSize(1);
  }

  @Test
  void atLeastOnce_failureResumesAndReachesPipeline() {
    RecordingPublisher recording = new RecordingPublisher();
    recording.failWith(event -> new PublishException("broker rejected the message", null));
    EventPublisher publisher =
        RelayPublishing.publisherFor(
            PublishMode.AT_LEAST_ONCE, recordingCalls(recording), suspender);

    assertThatThrownBy(() -> publisher.publish(TestEvents.outbox().build()))
        .isInstanceOf(PublishException.class)
        .hasMessage("broker rejected the message");
    assertThat(calls).containsExactly("suspend", "send", "resume");
  }

  private EventPublisher recordingCalls(EventPublisher publisher) {
    return event -> {
      calls.add("send");
      publisher.publish(event);
    };
  }

  private static OmniboxConfig settings(Map<String, String> values) {
    return new OmniboxConfig(name -> Optional.ofNullable(values.get(name)));
  }
}
