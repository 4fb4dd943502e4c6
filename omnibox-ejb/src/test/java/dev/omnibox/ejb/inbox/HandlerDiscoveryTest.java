package dev.omnibox.ejb.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.model.InboxEvent;
import dev.omnibox.testing.TestEvents;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HandlerDiscoveryTest {

  static class Billing {
    Object lastPayload;
    InboxContext lastContext;

    @OnEvent(topic = "orders", consumerGroup = "billing")
    EventHandlerResult charge(OrderPlaced order, InboxContext context) {
      lastPayload = order;
      lastContext = context;
      return EventHandlerResult.skipped("already charged");
    }

    @OnEvent(eventType = "legacy.ping")
    void raw(InboxEvent event) {
      lastPayload = event;
    }

    void notAHandler(OrderPlaced order) {}
  }

  static class BadReturn {
    @OnEvent
    String wrong(OrderPlaced order) {
      return "";
    }
  }

  static class BadParameter {
    @OnEvent
    void wrong(String text) {}
  }

  static class RawWithoutType {
    @OnEvent
    void wrong(InboxEvent event) {}
  }

  static class MismatchedType {
    @OnEvent(eventType = "other.type")
    void wrong(OrderPlaced order) {}
  }

  static class Throwing {
    @OnEvent
    void fail(OrderPlaced order) throws Exception {
      throw new java.io.IOException("disk full");
    }
  }

  @Test
  void onEventMethods_findsAnnotatedOnly() {
    assertThat(HandlerDiscovery.onEventMethods(Billing.class))
        .extracting(Method::getName)
        .containsExactlyInAnyOrder("charge", "raw");
  }

  @Test
  void forMethod_readsFiltersAndEventType() throws Exception {
    Billing bean = new Billing();
    InboxHandler handler =
        HandlerDiscovery.forMethod(
            Billing.class.getDeclaredMethod("charge", OrderPlaced.class, InboxContext.class),
            () -> bean);

    assertThat(handler.eventType()).isEqualTo("order.placed");
    assertThat(handler.topic()).isEqualTo("orders");
    assertThat(handler.consumerGroup()).isEqualTo("billing");
    assertThat(handler.version()).isEmpty();
    assertThat(handler.payloadType()).isEqualTo(OrderPlaced.class);
    assertThat(handler.name()).endsWith("Billing#charge");
  }

  @Test
  void forMethod_invokesWithPayloadAndContext() throws Exception {
    Billing bean = new Billing();
    InboxHandler handler =
        HandlerDiscovery.forMethod(
            Billing.class.getDeclaredMethod("charge", OrderPlaced.class, InboxContext.class),
            () -> bean);
    DispatchContext context = new DispatchContext(TestEvents.inbox().build());
    OrderPlaced order = new OrderPlaced("o-1", 2);

    EventHandlerResult result = handler.invoker().invoke(order, context);

    assertThat(result).isEqualTo(EventHandlerResult.skipped("already charged"));
    assertThat(bean.lastPayload).isSameAs(order);
    assertThat(bean.lastContext).isSameAs(context);
  }

  @Test
  void forMethod_rawEventNeedsEventType() throws Exception {
    Billing bean = new Billing();
    InboxHandler handler =
        HandlerDiscovery.forMethod(
            Billing.class.getDeclaredMethod("raw", InboxEvent.class), () -> bean);

    assertThat(handler.takesRawEvent()).isTrue();
    assertThat(handler.eventType()).isEqualTo("legacy.ping");
    assertThat(handler.invoker().invoke(TestEvents.inbox().build(), null)).isNull();
  }

  @Test
  void forMethod_rejectsInvalidSignatures() {
    assertThatThrownBy(() -> describeOnly(BadReturn.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must return void or EventHandlerResult");
    assertThatThrownBy(() -> describeOnly(BadParameter.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a record annotated with @PayloadType");
    assertThatThrownBy(() -> describeOnly(RawWithoutType.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must name its eventType");
    assertThatThrownBy(() -> describeOnly(MismatchedType.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has eventType order.placed");
  }

  @Test
  void forMethod_unwrapsHandlerException() throws Exception {
    InboxHandler handler = describeOnly(Throwing.class);

    assertThatThrownBy(() -> handler.invoker().invoke(new OrderPlaced("o", 1), null))
        .isInstanceOf(java.io.IOException.class)
        .hasMessage("disk full");
  }

  @Test
  void forObserver_takesTypeFromRecord() {
    InboxHandler handler =
        HandlerDiscovery.forObserver(
            "Shipping#on", OrderPlaced.class, new Inbox.Literal("orders", "2", ""), (p, c) -> null);

    assertThat(handler.eventType()).isEqualTo("order.placed");
    assertThat(handler.version()).isEqualTo("2");
  }

  @Test
  void forObserver_rejectsPlainClass() {
    assertThatThrownBy(
            () ->
                HandlerDiscovery.forObserver(
                    "X#on", String.class, new Inbox.Literal("", "", ""), (p, c) -> null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("X#on");
  }

  @Test
  void forObserver_rejectsInvalidVersionFilter() {
    assertThatThrownBy(
            () ->
                HandlerDiscovery.forObserver(
                    "X#on", OrderPlaced.class, new Inbox.Literal("", "v2", ""), (p, c) -> null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'v2'");
  }

  @Test
  void catalog_matchesTopicGroupAndVersionPrefix() {
    InboxHandler any = observer("any", "", "", "");
    InboxHandler orders = observer("orders", "orders", "", "");
    InboxHandler billing = observer("billing", "", "", "billing");
    InboxHandler major2 = observer("v2", "", "2", "");
    InboxHandler major1 = observer("v1", "", "1", "");
    HandlerCatalog catalog = new HandlerCatalog(List.of(any, orders, billing, major2, major1));

    InboxEvent event =
        TestEvents.inbox()
            .eventType("order.placed")
            .schemaVersion("2.1")
            .source("orders-queue")
            .headers(Map.of("omnibox-topic", "orders"))
            .consumerGroup("shipping")
            .build();

    assertThat(catalog.matching(event)).containsExactly(any, orders, major2);
  }

  @Test
  void catalog_usesSourceWithoutTopicHeader() {
    InboxHandler orders = observer("orders", "orders", "", "");
    HandlerCatalog catalog = new HandlerCatalog(List.of(orders));

    InboxEvent event =
        TestEvents.inbox().eventType("order.placed").schemaVersion("2").source("orders").build();

    assertThat(catalog.matching(event)).containsExactly(orders);
  }

  @Test
  void catalog_versionPrefixNeedsWholeSegments() {
    HandlerCatalog catalog = new HandlerCatalog(List.of(observer("v1", "", "1", "")));
    InboxEvent event = TestEvents.inbox().eventType("order.placed").schemaVersion("10").build();

    assertThat(catalog.matching(event)).isEmpty();
  }

  @Test
  void catalog_listsPayloadRecordsAndRawTypes() throws Exception {
    Billing bean = new Billing();
    InboxHandler raw =
        HandlerDiscovery.forMethod(
            Billing.class.getDeclaredMethod("raw", InboxEvent.class), () -> bean);
    HandlerCatalog catalog = new HandlerCatalog(List.of(observer("a", "", "", ""), raw));

    assertThat(catalog.payloadRecords()).containsExactly(OrderPlaced.class);
    assertThat(catalog.hasRawHandler("legacy.ping")).isTrue();
    assertThat(catalog.hasRawHandler("order.placed")).isFalse();
  }

  private static InboxHandler observer(String name, String topic, String version, String group) {
    return HandlerDiscovery.forObserver(
        name, OrderPlaced.class, new Inbox.Literal(topic, version, group), (p, c) -> null);
  }

  private static InboxHandler describeOnly(Class<?> type) {
    Method method = HandlerDiscovery.onEventMethods(type).get(0);
    Object bean;
    try {
      var constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      bean = constructor.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return HandlerDiscovery.forMethod(method, () -> bean);
  }
}
