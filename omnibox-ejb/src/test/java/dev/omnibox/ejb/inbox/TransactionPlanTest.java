package dev.omnibox.ejb.inbox;

import static dev.omnibox.ejb.inbox.TransactionPlan.HandlerFailure.NOT_APPLICABLE;
import static dev.omnibox.ejb.inbox.TransactionPlan.HandlerFailure.RECORDED_IN_NEW_TRANSACTION;
import static dev.omnibox.ejb.inbox.TransactionPlan.HandlerFailure.ROLLBACK_AND_REDELIVER;
import static dev.omnibox.ejb.inbox.TransactionPlan.HandlerPlacement.DISPATCH_JOB;
import static dev.omnibox.ejb.inbox.TransactionPlan.HandlerPlacement.MDB_TRANSACTION;
import static dev.omnibox.ejb.inbox.TransactionPlan.HandlerPlacement.NEW_TRANSACTION;
import static dev.omnibox.ejb.inbox.TransactionPlan.HandlerPlacement.STORE_TRANSACTION;
import static dev.omnibox.inbox.AckStrategy.AT_LEAST_ONCE;
import static dev.omnibox.inbox.AckStrategy.AT_MOST_ONCE;
import static dev.omnibox.inbox.AckStrategy.EXACTLY_ONCE_INBOX;
import static dev.omnibox.inbox.CommitOffsetPolicy.ON_PERSIST;
import static dev.omnibox.inbox.CommitOffsetPolicy.ON_SUCCESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.inbox.AckStrategy;
import dev.omnibox.inbox.CommitOffsetPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionPlanTest {

  private record Row(
      AckStrategy ack, CommitOffsetPolicy commit, Handling handling, TransactionPlan expected) {}

  private static final List<Row> TABLE =
      List.of(
          row(
              AT_LEAST_ONCE,
              ON_PERSIST,
              Handling.INLINE,
              true,
              true,
              STORE_TRANSACTION,
              RECORDED_IN_NEW_TRANSACTION),
          row(
              EXACTLY_ONCE_INBOX,
              ON_PERSIST,
              Handling.INLINE,
              true,
              true,
              STORE_TRANSACTION,
              RECORDED_IN_NEW_TRANSACTION),
          row(
              AT_LEAST_ONCE,
              ON_PERSIST,
              Handling.DISPATCH_JOB,
              true,
              false,
              DISPATCH_JOB,
              NOT_APPLICABLE),
          row(
              EXACTLY_ONCE_INBOX,
              ON_PERSIST,
              Handling.DISPATCH_JOB,
              true,
              false,
              DISPATCH_JOB,
              NOT_APPLICABLE),
          row(
              AT_LEAST_ONCE,
              ON_SUCCESS,
              Handling.INLINE,
              true,
              false,
              MDB_TRANSACTION,
              ROLLBACK_AND_REDELIVER),
          row(
              EXACTLY_ONCE_INBOX,
              ON_SUCCESS,
              Handling.INLINE,
              true,
              false,
              MDB_TRANSACTION,
              ROLLBACK_AND_REDELIVER),
          row(
              AT_MOST_ONCE,
              ON_PERSIST,
              Handling.INLINE,
              false,
              true,
              NEW_TRANSACTION,
              RECORDED_IN_NEW_TRANSACTION),
          row(
              AT_MOST_ONCE,
              ON_PERSIST,
              Handling.DISPATCH_JOB,
              false,
              true,
              DISPATCH_JOB,
              NOT_APPLICABLE));

  private static Row row(
      AckStrategy ack,
      CommitOffsetPolicy commit,
      Handling handling,
      boolean mdbTransaction,
      boolean storeInNew,
      TransactionPlan.HandlerPlacement placement,
      TransactionPlan.HandlerFailure failure) {
    return new Row(
        ack, commit, handling, new TransactionPlan(mdbTransaction, storeInNew, placement, failure));
  }

  @Test
  void table_mapsEveryValidCombination() {
    for (Row row : TABLE) {
      assertThat(TransactionPlan.of(row.ack(), row.commit(), row.handling()))
          .as("%s, %s, %s", row.ack(), row.commit(), row.handling())
          .isEqualTo(row.expected());
    }
  }

  @Test
  void table_coversAllCombinations() {
    int combinations =
        AckStrategy.values().length * CommitOffsetPolicy.values().length * Handling.values().length;
    int invalid = 4;

    assertThat(TABLE).hasSize(combinations - invalid);
  }

  @Test
  void onSuccess_withDispatchJob_isRejected() {
    assertThatThrownBy(() -> TransactionPlan.of(AT_LEAST_ONCE, ON_SUCCESS, Handling.DISPATCH_JOB))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("INLINE");
  }

  @Test
  void onSuccess_withAtMostOnce_isRejected() {
    for (Handling handling : Handling.values()) {
      assertThatThrownBy(() -> TransactionPlan.of(AT_MOST_ONCE, ON_SUCCESS, handling))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("AT_MOST_ONCE");
    }
  }
}
