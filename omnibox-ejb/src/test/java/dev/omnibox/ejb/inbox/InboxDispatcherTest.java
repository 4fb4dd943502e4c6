package dev.omnibox.ejb.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.handler.HandlerStatus;
import dev.omnibox.model.InboxEvent;
import dev.omnibox.schema.SchemaRegistry;
import dev.omnibox.testing.TestEvents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InboxDispatcherTest {

  private final SchemaRegistry schemas =
      new SchemaRegistry()
          .register(OrderPlaced.class)
          .registerMigration(
              "order.placed",
              "1",
              "2",
              json -> jakarta.json.Json.createObjectBuilder(json).add("quantity", 1).build());
  private final List<Object> received = new ArrayList<>();

  @Test
  void dispatch_decodesPayloadAndCompletes() throws Exception {
    InboxDispatcher dispatcher = dispatcher(recording("orders"));

    EventHandlerResult result =
        dispatcher.handle(event("2", "{\"orderId\":\"o-1\",\"quantity\":3}"));

    assertThat(result.status()).isEqualTo(HandlerStatus.COMPLETED);
    assertThat(received).containsExactly(new OrderPlaced("o-1", 3));
  }

  @Test
  void dispatch_migratesOldVersion() throws Exception {
    InboxDispatcher dispatcher = dispatcher(recording("orders"));

    dispatcher.handle(event("1", "{\"orderId\":\"o-1\"}"));

    assertThat(received).containsExactly(new OrderPlaced("o-1", 1));
  }

  @Test
  void dispatch_noHandler_skips() throws Exception {
    InboxDispatcher dispatcher = dispatcher(recording("payments"));

    EventHandlerResult result = dispatcher.handle(event("2", "{\"orderId\":\"o-1\"}"));

    assertThat(result.status()).isEqualTo(HandlerStatus.SKIPPED);
    assertThat(result.message()).contains("order.placed", "orders", "shipping");
    assertThat(received).isEmpty();
  }

  @Test
  void dispatch_contextRequestsWin() throws Exception {
    Instant next = Instant.parse("2026-01-01T10:05:00Z");
    InboxHandler retrying =
        observer(
            "orders",
            (payload, context) -> {
              context.retry("stock service down", false, next);
              return null;
            });
    InboxHandler skipping =
        observer(
            "orders",
            (payload, context) -> {
              context.skip("not ours");
              return null;
            });

    EventHandlerResult result =
        dispatcher(skipping, retrying).handle(event("2", "{\"orderId\":\"o-1\"}"));

    assertThat(result.status()).isEqualTo(HandlerStatus.RETRY);
    assertThat(result.countsAsAttempt()).isFalse();
    assertThat(result.nextRetryAt()).contains(next);
  }

  @Test
  void dispatch_returnedResultCounts() throws Exception {
    InboxHandler stale = observer("orders", (payload, context) -> EventHandlerResult.stale("old"));

    EventHandlerResult result = dispatcher(stale).handle(event("2", "{\"orderId\":\"o-1\"}"));

    assertThat(result).isEqualTo(EventHandlerResult.stale("old"));
  }

  @Test
  void dispatch_bindsContextForInjection() throws Exception {
    CurrentInboxContext producer = new CurrentInboxContext();
    List<InboxContext> seen = new ArrayList<>();
    InboxHandler handler =
        observer(
            "orders",
            (payload, context) -> {
              seen.add(producer.current());
              return null;
            });
    InboxEvent event = event("2", "{\"orderId\":\"o-1\"}");

    dispatcher(handler).handle(event);

    assertThat(seen).hasSize(1);
    assertThat(seen.get(0).event()).isEqualTo(event);
    assertThatThrownBy(producer::current).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void dispatch_handlerException_propagates() {
    InboxHandler throwing =
        observer(
            "orders",
            (payload, context) -> {
              throw new IllegalStateException("boom");
            });

    assertThatThrownBy(() -> dispatcher(throwing).handle(event("2", "{\"orderId\":\"o\"}")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("boom");
  }

  @Test
  void dispatch_undecodablePayload_fails() throws Exception {
    SchemaRegistry empty = new SchemaRegistry();
    InboxDispatcher dispatcher =
        new InboxDispatcher(new HandlerCatalog(List.of(recording("orders"))), empty);

    EventHandlerResult result = dispatcher.handle(event("3", "{\"orderId\":\"o\"}"));

    assertThat(result.status()).isEqualTo(HandlerStatus.FAILED);
    assertThat(result.message()).contains("m-1", "order.placed", "OrderPlaced");
  }

  private InboxDispatcher dispatcher(InboxHandler... handlers) {
    return new InboxDispatcher(new HandlerCatalog(List.of(handlers)), schemas);
  }

  private InboxHandler recording(String topic) {
    return observer(
        topic,
        (payload, context) -> {
          received.add(payload);
          return null;
        });
  }

  private static InboxHandler observer(String topic, HandlerInvoker invoker) {
    return HandlerDiscovery.forObserver(
        "Test#on", OrderPlaced.class, new Inbox.Literal(topic, "", ""), invoker);
  }

  private static InboxEvent event(String version, String payload) {
    return TestEvents.inbox()
        .eventType("order.placed")
        .schemaVersion(version)
        .payload(payload)
        .source("orders")
        .messageId("m-1")
        .build();
  }
}
