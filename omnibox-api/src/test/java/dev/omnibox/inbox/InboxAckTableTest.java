package dev.omnibox.inbox;

import static dev.omnibox.inbox.ConsumeFixture.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.handler.EventHandler;
import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.model.InboxEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every ack decision: ack strategy × commit offset policy × handler outcome × commit on handler
 * failure. The journal shows which ack call happened, how often, and where relative to the insert
 * and the handler.
 */
class InboxAckTableTest {

  enum HandlerOutcome {
    SUCCESS,
    RETRY,
    FAILURE,
    EXCEPTION
  }

  static Stream<Arguments> table() {
    List<Arguments> rows = new ArrayList<>();
    for (AckStrategy strategy : AckStrategy.values()) {
      for (CommitOffsetPolicy policy : CommitOffsetPolicy.values()) {
        for (HandlerOutcome outcome : HandlerOutcome.values()) {
          for (boolean commitOnFailure : new boolean[] {false, true}) {
            rows.add(Arguments.of(strategy, policy, outcome, commitOnFailure));
          }
        }
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2} commitOnFailure={3}")
  @MethodSource("table")
  void ackDecision_matchesTable(
      AckStrategy strategy,
      CommitOffsetPolicy policy,
      HandlerOutcome outcome,
      boolean commitOnFailure) {
    ConsumeFixture fixture = new ConsumeFixture();
    InboxConsumeOptions options =
        InboxConsumeOptions.defaults()
            .withAckStrategy(strategy)
            .withCommitOffsetPolicy(policy)
            .withCommitOnHandlerFailure(commitOnFailure)
            .withMaxAttempts(3);
    InboxConsumeService.Builder builder =
        fixture.service(options).handler(handler(outcome, fixture.journal));

    if (strategy == AckStrategy.AT_MOST_ONCE && policy == CommitOffsetPolicy.ON_SUCCESS) {
      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("AT_MOST_ONCE");
      return;
    }

    ConsumeResult result = builder.build().process(fixture.message("b-1", envelope("m-1")));

    assertThat(fixture.journal)
        .containsExactlyElementsOf(expectedJournal(strategy, policy, outcome, commitOnFailure));
    assertThat(result.outcome()).isEqualTo(expectedOutcome(outcome));
    assertThat(result.ackDecision()).isEqualTo(expectedDecision(policy, outcome, commitOnFailure));
    assertThat(result.messageId()).isEqualTo("m-1");
  }

  /**
   * The rules of the ack decision, written out: AT_MOST_ONCE acknowledges first; ON_PERSIST right
   * after the insert; ON_SUCCESS after the result is recorded, rejecting an unsuccessful handler
   * unless commit on failure is set.
   */
  private static List<String> expectedJournal(
      AckStrategy strategy,
      CommitOffsetPolicy policy,
      HandlerOutcome outcome,
      boolean commitOnFailure) {
    String record = outcome == HandlerOutcome.SUCCESS ? "markCompleted" : "markFailed";
    if (strategy == AckStrategy.AT_MOST_ONCE) {
      return List.of("ack", "insert", "claim", "handle", record);
    }
    if (policy == CommitOffsetPolicy.ON_PERSIST) {
      return List.of("insert", "ack", "claim", "handle", record);
    }
    String decision = outcome == HandlerOutcome.SUCCESS || commitOnFailure ? "ack" : "reject";
    return List.of("insert", "claim", "handle", record, decision);
  }

  private static AckDecision expectedDecision(
      CommitOffsetPolicy policy, HandlerOutcome outcome, boolean commitOnFailure) {
    boolean reject =
        policy == CommitOffsetPolicy.ON_SUCCESS
            && outcome != HandlerOutcome.SUCCESS
            && !commitOnFailure;
    return reject ? AckDecision.REJECTED : AckDecision.ACKED;
  }

  private static ConsumeOutcome expectedOutcome(HandlerOutcome outcome) {
    return switch (outcome) {
      case SUCCESS -> ConsumeOutcome.HANDLED;
      case RETRY, EXCEPTION -> ConsumeOutcome.RETRY_SCHEDULED;
      case FAILURE -> ConsumeOutcome.HANDLER_FAILED;
    };
  }

  private static EventHandler<InboxEvent> handler(HandlerOutcome outcome, List<String> journal) {
    return event -> {
      journal.add("handle");
      return switch (outcome) {
        case SUCCESS -> EventHandlerResult.completed();
        case RETRY -> EventHandlerResult.retry("downstream busy");
        case FAILURE -> EventHandlerResult.failed("order unknown");
        case EXCEPTION -> throw new IllegalStateException("handler bug");
      };
    };
  }
}
