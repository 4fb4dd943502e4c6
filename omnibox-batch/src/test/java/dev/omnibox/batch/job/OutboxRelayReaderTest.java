package dev.omnibox.batch.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.ejb.outbox.OmniboxConfig;
import dev.omnibox.ejb.outbox.OutboxProcessors;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The relay reader applies the outbox fast path's failed-blocks-key setting. */
class OutboxRelayReaderTest {

  @Test
  void failedBlocksKey_defaultsToTrueLikeTheFastPath() {
    OutboxRelayReader reader = reader(Map.of(), null);

    assertThat(reader.failedBlocksKey(true)).isTrue();
  }

  @Test
  void failedBlocksKey_followsTheOutboxSetting() {
    OutboxRelayReader reader = reader(Map.of(OutboxProcessors.FAILED_BLOCKS_KEY, "false"), null);

    assertThat(reader.failedBlocksKey(true)).isFalse();
  }

  @Test
  void failedBlocksKey_jobParameterOverridesTheSetting() {
    OutboxRelayReader reader = reader(Map.of(OutboxProcessors.FAILED_BLOCKS_KEY, "true"), "false");

    assertThat(reader.failedBlocksKey(true)).isFalse();
  }

  @Test
  void failedBlocksKey_isFalseWithoutOrdering() {
    OutboxRelayReader reader = reader(Map.of(), "");

    assertThat(reader.failedBlocksKey(false)).isFalse();
  }

  private static OutboxRelayReader reader(Map<String, String> settings, String parameter) {
    OutboxRelayReader reader = new OutboxRelayReader();
    reader.config = () -> new OmniboxConfig(name -> Optional.ofNullable(settings.get(name)));
    reader.failedBlocksKey = parameter;
    return reader;
  }
}
