package dev.omnibox.pipeline;

import static dev.omnibox.testing.PipelineFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.testing.InMemoryEventRepository;
import dev.omnibox.testing.InMemoryOutboxRepository;
import dev.omnibox.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EventProcessorBuilderTest {

  private final EventProcessorBuilder<OutboxEvent> builder =
      EventProcessorBuilder.forOutbox(
          new InMemoryOutboxRepository(new MutableClock(NOW), InMemoryEventRepository.LOCKING),
          event -> EventHandlerResult.completed());

  @Test
  void leaseTtl_mustBePositive() {
    assertThatThrownBy(() -> builder.leaseTtl(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("leaseTtl must be positive, but was PT0S");
  }

  @Test
  void jobName_mustNotBeBlank() {
    assertThatThrownBy(() -> builder.jobName(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("jobName must not be blank, but was ' '");
  }

  @Test
  void nullSettings_areRejectedByName() {
    assertThatThrownBy(() -> builder.commitStrategy(null)).hasMessageContaining("commitStrategy");
    assertThatThrownBy(() -> builder.fetchStrategy(null)).hasMessageContaining("fetchStrategy");
    assertThatThrownBy(() -> builder.filters(null)).hasMessageContaining("filters");
    assertThatThrownBy(() -> builder.addStep(null)).hasMessageContaining("step");
    assertThatThrownBy(() -> builder.clock(null)).hasMessageContaining("clock");
    assertThatThrownBy(() -> builder.metrics(null)).hasMessageContaining("metrics");
    assertThatThrownBy(() -> builder.classifier(null)).hasMessageContaining("classifier");
    assertThatThrownBy(() -> builder.backoff(null)).hasMessageContaining("backoff");
    assertThatThrownBy(() -> builder.perKeyOrdering(null)).hasMessageContaining("perKeyOrdering");
  }

  @Test
  void perKeyOrdering_rejectsFailedBlocksWithoutOrdering() {
    assertThatThrownBy(() -> new PerKeyOrdering(false, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("failedBlocksKey=true needs enabled=true");
  }

  @Test
  void jobName_defaultsByKind() {
    assertThat(builder.build().jobName()).isEqualTo("omnibox-outbox");
    assertThat(builder.jobName("relay").build().jobName()).isEqualTo("relay");
  }
}
