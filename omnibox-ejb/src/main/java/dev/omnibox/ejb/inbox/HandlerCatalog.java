package dev.omnibox.ejb.inbox;

import dev.omnibox.inbox.InboxConsumeService;
import dev.omnibox.model.InboxEvent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The inbox handlers discovered at deployment, and which of them handle an event. */
public final class HandlerCatalog {

  private final List<InboxHandler> handlers;

  public HandlerCatalog(List<InboxHandler> handlers) {
    this.handlers = List.copyOf(Objects.requireNonNull(handlers, "handlers must not be null"));
  }

  public List<InboxHandler> handlers() {
    return handlers;
  }

  /** Returns the handlers of {@code event}, in discovery order. */
  public List<InboxHandler> matching(InboxEvent event) {
    String topic = topicOf(event);
    return handlers.stream().filter(handler -> handler.matches(event, topic)).toList();
  }

  /** Returns the payload records that handlers decode into, for the schema registry. */
  public Set<Class<? extends Record>> payloadRecords() {
    Set<Class<? extends Record>> records = new LinkedHashSet<>();
    for (InboxHandler handler : handlers) {
      if (!handler.takesRawEvent()) {
        records.add(handler.payloadType().asSubclass(Record.class));
      }
    }
    return records;
  }

  /** Returns whether a handler takes raw rows of {@code eventType}, so no record is needed. */
  public boolean hasRawHandler(String eventType) {
    return handlers.stream()
        .anyMatch(handler -> handler.takesRawEvent() && handler.eventType().equals(eventType));
  }

  /**
   * Returns the producer's topic of an inbox row: the topic header when the envelope had one, and
   * otherwise the row's source.
   */
  static String topicOf(InboxEvent event) {
    String topic = event.headers().get(InboxConsumeService.HEADER_TOPIC);
    return topic == null || topic.isBlank() ? event.source() : topic;
  }
}
