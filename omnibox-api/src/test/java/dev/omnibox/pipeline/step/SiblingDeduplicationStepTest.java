package dev.omnibox.pipeline.step;

import static dev.omnibox.testing.PipelineFixtures.NOW;
import static dev.omnibox.testing.PipelineFixtures.inboxEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.handler.HandlerStatus;
import dev.omnibox.model.EventStatus;
import dev.omnibox.model.InboxEvent;
import dev.omnibox.testing.InMemoryEventRepository;
import dev.omnibox.testing.InMemoryInboxRepository;
import dev.omnibox.testing.MutableClock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SiblingDeduplicationStepTest {

  private final InMemoryInboxRepository repository =
      new InMemoryInboxRepository(new MutableClock(NOW), InMemoryEventRepository.NO_LOCKING);
  private final SiblingDeduplicationStep step = new SiblingDeduplicationStep(repository);
  private final AtomicInteger calls = new AtomicInteger();

  private EventHandlerResult process(InboxEvent event) throws Exception {
    return step.process(
        event,
        e -> {
          calls.incrementAndGet();
          return EventHandlerResult.completed();
        });
  }

  private static InboxEvent completed(InboxEvent event) {
    return event.toBuilder().status(EventStatus.COMPLETED).attemptsMade(1).completedAt(NOW).build();
  }

  @Test
  void completedSibling_skipsWithoutCallingTheHandler() throws Exception {
    InboxEvent redelivery =
        repository.put(inboxEvent(2).toBuilder().messageId("message-1").build());
    repository.put(completed(inboxEvent(1)));

    EventHandlerResult result = process(redelivery);

    assertThat(result.status()).isEqualTo(HandlerStatus.SKIPPED);
    assertThat(result.message())
        .isEqualTo("message message-1 is already completed for consumer group shipping");
    assertThat(calls).hasValue(0);
  }

  @Test
  void pendingSibling_doesNotSkip() throws Exception {
    InboxEvent redelivery =
        repository.put(inboxEvent(2).toBuilder().messageId("message-1").build());
    repository.put(inboxEvent(1));

    EventHandlerResult result = process(redelivery);

    assertThat(result.status()).isEqualTo(HandlerStatus.COMPLETED);
    assertThat(calls).hasValue(1);
  }

  @Test
  void completedRowOfAnotherGroup_doesNotSkip() throws Exception {
    InboxEvent event = repository.put(inboxEvent(2).toBuilder().messageId("message-1").build());
    repository.put(completed(inboxEvent(1).toBuilder().consumerGroup("billing").build()));

    assertThat(process(event).status()).isEqualTo(HandlerStatus.COMPLETED);
  }
}
