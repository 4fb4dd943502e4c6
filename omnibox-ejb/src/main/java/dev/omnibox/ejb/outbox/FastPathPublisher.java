package dev.omnibox.ejb.outbox;

import java.util.List;
import java.util.UUID;

/**
 * Publishes outbox events right after the transaction that wrote them has committed, ahead of the
 * relay job. Provide one as a CDI bean to turn the fast path on; without one, only the relay job
 * publishes.
 *
 * <p>Omnibox calls it on a managed executor thread with no transaction active, never before the
 * commit, and with each committed event id at most once. One call may carry the ids of several
 * transactions that committed while an earlier call was running. The relay job may claim the same
 * events at the same time, so an implementation claims each event before it sends it and skips the
 * ones it cannot claim. Nothing depends on it for correctness: when it fails, is rejected or never
 * runs, the relay job publishes the events.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface FastPathPublisher {

  /**
   * Publishes the given events, which one or more transactions committed, in the given order: the
   * order of the hand-overs, and within one transaction the order in which the events were written.
   * Exceptions are logged as warnings and otherwise ignored.
   */
  void publish(List<UUID> eventIds);
}
