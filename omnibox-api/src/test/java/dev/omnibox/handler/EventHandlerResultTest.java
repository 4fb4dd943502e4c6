package dev.omnibox.handler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventHandlerResultTest {

  private static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");

  @Test
  void completed_hasNoMessageAndDoesNotCount() {
    EventHandlerResult result = EventHandlerResult.completed();

    assertThat(result.status()).isEqualTo(HandlerStatus.COMPLETED);
    assertThat(result.message()).isNull();
    assertThat(result.countsAsAttempt()).isFalse();
    assertThat(result.nextRetryAt()).isEmpty();
    assertThat(EventHandlerResult.completed()).isSameAs(result);
  }

  @Test
  void retry_countedWithoutTime() {
    EventHandlerResult result = EventHandlerResult.retry("broker busy");

    assertThat(result.status()).isEqualTo(HandlerStatus.RETRY);
    assertThat(result.message()).isEqualTo("broker busy");
    assertThat(result.countsAsAttempt()).isTrue();
    assertThat(result.nextRetryAt()).isEmpty();
  }

  @Test
  void retry_countedWithTime() {
    EventHandlerResult result = EventHandlerResult.retry("broker busy", true, LATER);

    assertThat(result.countsAsAttempt()).isTrue();
    assertThat(result.nextRetryAt()).contains(LATER);
  }

  @Test
  void retry_notCountedWithTime() {
    EventHandlerResult result = EventHandlerResult.retry("database down", false, LATER);

    assertThat(result.status()).isEqualTo(HandlerStatus.RETRY);
    assertThat(result.countsAsAttempt()).isFalse();
    assertThat(result.nextRetryAt()).contains(LATER);
  }

  @Test
  void retry_notCountedRequiresTime() {
    assertThatThrownBy(() -> EventHandlerResult.retry("database down", false, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("OMNIBOX001201:")
        .hasMessageContaining("nextRetryAt");
  }

  @Test
  void retry_requiresMessage() {
    assertThatThrownBy(() -> EventHandlerResult.retry(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("OMNIBOX001200:")
        .hasMessageContaining("message");
    assertThatThrownBy(() -> EventHandlerResult.retry(" ", true, LATER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("message");
  }

  @Test
  void skipped_carriesReason() {
    EventHandlerResult result = EventHandlerResult.skipped("not for this tenant");

    assertThat(result.status()).isEqualTo(HandlerStatus.SKIPPED);
    assertThat(result.message()).isEqualTo("not for this tenant");
    assertThat(result.countsAsAttempt()).isFalse();
    assertThat(result.nextRetryAt()).isEmpty();
  }

  @Test
  void stale_carriesReason() {
    EventHandlerResult result = EventHandlerResult.stale("superseded by version 7");

    assertThat(result.status()).isEqualTo(HandlerStatus.STALE);
    assertThat(result.message()).isEqualTo("superseded by version 7");
    assertThat(result.countsAsAttempt()).isFalse();
  }

  @Test
  void failed_countsAsAttempt() {
    EventHandlerResult result = EventHandlerResult.failed("order unknown");

    assertThat(result.status()).isEqualTo(HandlerStatus.FAILED);
    assertThat(result.message()).isEqualTo("order unknown");
    assertThat(result.countsAsAttempt()).isTrue();
    assertThat(result.nextRetryAt()).isEmpty();
  }

  @Test
  void factories_requireReasonOrMessage() {
    assertThatThrownBy(() -> EventHandlerResult.skipped(null)).hasMessageContaining("reason");
    assertThatThrownBy(() -> EventHandlerResult.stale("")).hasMessageContaining("reason");
    assertThatThrownBy(() -> EventHandlerResult.failed(" ")).hasMessageContaining("message");
  }

  @Test
  void equality_byAllFields() {
    assertThat(EventHandlerResult.retry("x", false, LATER))
        .isEqualTo(EventHandlerResult.retry("x", false, LATER))
        .hasSameHashCodeAs(EventHandlerResult.retry("x", false, LATER))
        .isNotEqualTo(EventHandlerResult.retry("x", true, LATER))
        .isNotEqualTo(EventHandlerResult.retry("y", false, LATER));
    assertThat(EventHandlerResult.skipped("x")).isNotEqualTo(EventHandlerResult.stale("x"));
    assertThat(EventHandlerResult.failed("boom").toString())
        .contains("FAILED", "boom", "countsAsAttempt=true");
  }
}
