package dev.omnibox.batch;

import dev.omnibox.handler.EventRouter;
import dev.omnibox.model.InboxEvent;

/**
 * Supplies the handlers of each consumer group to the inbox dispatch job. The application, or the
 * omnibox CDI integration, provides one CDI bean of this type.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface InboxRouters {

  /**
   * Returns the router of {@code consumerGroup}. Events with no registered handler are skipped.
   *
   * @throws IllegalArgumentException when the group is unknown
   */
  EventRouter<InboxEvent> routerFor(String consumerGroup);
}
