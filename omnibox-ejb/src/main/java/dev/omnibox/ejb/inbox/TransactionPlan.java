package dev.omnibox.ejb.inbox;

import dev.omnibox.inbox.AckStrategy;
import dev.omnibox.inbox.CommitOffsetPolicy;
import java.util.Objects;

/**
 * How an inbox consumer maps {@link AckStrategy}, {@link CommitOffsetPolicy} and {@link Handling}
 * onto JTA transactions. Under container-managed transactions the JMS acknowledgement is the commit
 * of the message-driven bean's transaction (T1). T0, Ts, Th and T2 are {@code REQUIRES_NEW}
 * transactions that suspend T1.
 *
 * <table>
 *   <caption>Transaction plans</caption>
 *   <tr><th>ack strategy</th><th>commit offset</th><th>handling</th><th>onMessage</th>
 *       <th>row stored in</th><th>handlers run in</th><th>handler failure</th></tr>
 *   <tr><td>AT_LEAST_ONCE, EXACTLY_ONCE_INBOX</td><td>ON_PERSIST</td><td>INLINE</td>
 *       <td>REQUIRED</td><td>Ts, with the handlers' writes</td>
 *       <td>Ts, with the COMPLETED mark</td>
 *       <td>Ts rolls back, T2 stores the row with the retry or failure, T1 commits
 *       (acknowledged)</td></tr>
 *   <tr><td>AT_LEAST_ONCE, EXACTLY_ONCE_INBOX</td><td>ON_PERSIST</td><td>DISPATCH_JOB</td>
 *       <td>REQUIRED</td><td>T1</td><td>the dispatch job</td><td>the dispatch job's</td></tr>
 *   <tr><td>AT_LEAST_ONCE, EXACTLY_ONCE_INBOX</td><td>ON_SUCCESS</td><td>INLINE</td>
 *       <td>REQUIRED</td><td>T1</td><td>T1, with the COMPLETED mark</td>
 *       <td>{@code setRollbackOnly()} on T1: the row and the handler's writes roll back and the
 *       broker redelivers, after max deliveries to the dead-letter address</td></tr>
 *   <tr><td>AT_MOST_ONCE</td><td>ON_PERSIST</td><td>INLINE</td><td>NOT_SUPPORTED</td>
 *       <td>T0</td><td>Th</td><td>as the first row</td></tr>
 *   <tr><td>AT_MOST_ONCE</td><td>ON_PERSIST</td><td>DISPATCH_JOB</td><td>NOT_SUPPORTED</td>
 *       <td>T0</td><td>the dispatch job</td><td>the dispatch job's</td></tr>
 * </table>
 *
 * <p>Ts needs one database commit per message where a T0 and a Th need two. When Ts fails to
 * commit, for example because a handler's write breaks a constraint, T0 stores the row alone and
 * the dispatch job handles it. When T2 fails, the row is lost with Ts, so T1 is marked
 * rollback-only and the broker delivers the message again. Under AT_MOST_ONCE the row is committed
 * in T0 before the handlers run, because the message is acknowledged already.
 *
 * <p>ON_SUCCESS with DISPATCH_JOB, and AT_MOST_ONCE with ON_SUCCESS, are rejected: there is no
 * handler to wait for, or the message is acknowledged before anything runs.
 *
 * <p>In every plan a database outage while storing raises {@link
 * dev.omnibox.inbox.InboxPersistException}. With a T1 the consumer marks it rollback-only, so the
 * broker redelivers, except under AT_MOST_ONCE, where the message is acknowledged and lost.
 *
 * @param mdbTransaction whether {@code onMessage} must run in a container-managed transaction
 *     (REQUIRED) or without one (NOT_SUPPORTED)
 * @param storeInNewTransaction whether the row is stored in a new transaction (T0 or Ts), not in T1
 * @param handlers where the handlers run
 * @param handlerFailure what a handler failure does
 */
public record TransactionPlan(
    boolean mdbTransaction,
    boolean storeInNewTransaction,
    HandlerPlacement handlers,
    HandlerFailure handlerFailure) {

  /** Where the handlers of a stored message run. */
  public enum HandlerPlacement {
    /** Not in the consumer: the dispatch job runs them. */
    DISPATCH_JOB,
    /** In the message-driven bean's transaction T1. */
    MDB_TRANSACTION,
    /** In a new transaction Th after the row was committed in T0. */
    NEW_TRANSACTION,
    /** In the new transaction Ts that stores the row, so that one commit covers both. */
    STORE_TRANSACTION
  }

  /** What a failed or retrying handler does to the message and the row. */
  public enum HandlerFailure {
    /** The consumer runs no handler. */
    NOT_APPLICABLE,
    /**
     * Th or Ts rolls back, T2 records the retry or the failure on the row (after Ts, storing the
     * row again), and the message is acknowledged.
     */
    RECORDED_IN_NEW_TRANSACTION,
    /** T1 rolls back with the row; the broker redelivers the message. */
    ROLLBACK_AND_REDELIVER
  }

  public TransactionPlan {
    Objects.requireNonNull(handlers, "handlers must not be null");
    Objects.requireNonNull(handlerFailure, "handlerFailure must not be null");
  }

  /**
   * Returns the plan for a combination of settings.
   *
   * @throws IllegalArgumentException for ON_SUCCESS with DISPATCH_JOB or with AT_MOST_ONCE
   */
  public static TransactionPlan of(
      AckStrategy ackStrategy, CommitOffsetPolicy commitOffsetPolicy, Handling handling) {
    Objects.requireNonNull(ackStrategy, "ackStrategy must not be null");
    Objects.requireNonNull(commitOffsetPolicy, "commitOffsetPolicy must not be null");
    Objects.requireNonNull(handling, "handling must not be null");
    if (commitOffsetPolicy == CommitOffsetPolicy.ON_SUCCESS) {
      return onSuccess(ackStrategy, handling);
    }

    boolean atMostOnce = ackStrategy == AckStrategy.AT_MOST_ONCE;
    if (handling == Handling.DISPATCH_JOB) {
      return new TransactionPlan(
          !atMostOnce, atMostOnce, HandlerPlacement.DISPATCH_JOB, HandlerFailure.NOT_APPLICABLE);
    }
    return new TransactionPlan(
        !atMostOnce,
        true,
        atMostOnce ? HandlerPlacement.NEW_TRANSACTION : HandlerPlacement.STORE_TRANSACTION,
        HandlerFailure.RECORDED_IN_NEW_TRANSACTION);
  }

  /**
   * Returns the plan of {@code settings}, as {@link #of(AckStrategy, CommitOffsetPolicy,
   * Handling)}.
   */
  public static TransactionPlan of(ConsumerSettings settings) {
    return of(settings.ackStrategy(), settings.commitOffsetPolicy(), settings.handling());
  }

  private static TransactionPlan onSuccess(AckStrategy ackStrategy, Handling handling) {
    if (ackStrategy == AckStrategy.AT_MOST_ONCE) {
      throw new IllegalArgumentException(
          "commitOffsetPolicy ON_SUCCESS cannot apply with ackStrategy AT_MOST_ONCE, which"
              + " acknowledges before storing; use ON_PERSIST or AT_LEAST_ONCE");
    }
    if (handling == Handling.DISPATCH_JOB) {
      throw new IllegalArgumentException(
          "commitOffsetPolicy ON_SUCCESS needs handling INLINE, because with DISPATCH_JOB no"
              + " handler runs before the acknowledgement; use ON_PERSIST or INLINE");
    }
    return new TransactionPlan(
        true, false, HandlerPlacement.MDB_TRANSACTION, HandlerFailure.ROLLBACK_AND_REDELIVER);
  }
}
