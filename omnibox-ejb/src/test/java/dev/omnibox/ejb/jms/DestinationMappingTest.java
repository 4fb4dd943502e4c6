package dev.omnibox.ejb.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.ejb.outbox.OmniboxConfig;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DestinationMappingTest {

  private static DestinationMapping mapping(Map<String, String> settings) {
    return new DestinationMapping(
        new OmniboxConfig(name -> Optional.ofNullable(settings.get(name))), name -> null);
  }

  @Test
  void unmappedTopic_isQueueOfSameName() {
    assertThat(mapping(Map.of()).specOf("orders")).isEqualTo("queue:orders");
  }

  @Test
  void defaultKindTopic_isJmsTopicOfSameName() {
    DestinationMapping mapping = mapping(Map.of(DestinationMapping.DEFAULT_KIND_SETTING, "TOPIC"));

    assertThat(mapping.specOf("orders")).isEqualTo("topic:orders");
  }

  @Test
  void setting_overridesConvention() {
    DestinationMapping mapping =
        mapping(
            Map.of(
                "omnibox.jms.destination.orders", "topic:sales.events",
                "omnibox.jms.destination.audit", "java:/jms/queue/audit"));

    assertThat(mapping.specOf("orders")).isEqualTo("topic:sales.events");
    assertThat(mapping.specOf("audit")).isEqualTo("java:/jms/queue/audit");
  }

  @Test
  void invalidSetting_namesSettingAndValue() {
    DestinationMapping mapping = mapping(Map.of("omnibox.jms.destination.orders", "orders"));

    assertThatThrownBy(() -> mapping.specOf("orders"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("omnibox.jms.destination.orders")
        .hasMessageContaining("'orders'")
        .hasMessageContaining("queue:NAME");
  }

  @Test
  void emptyQueueName_isInvalid() {
    DestinationMapping mapping = mapping(Map.of("omnibox.jms.destination.orders", "queue:"));

    assertThatThrownBy(() -> mapping.specOf("orders")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void invalidDefaultKind_isRejected() {
    assertThatThrownBy(() -> mapping(Map.of(DestinationMapping.DEFAULT_KIND_SETTING, "stream")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'stream'");
  }
}
