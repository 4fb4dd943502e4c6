package dev.omnibox.ejb.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.handler.HandlerStatus;
import dev.omnibox.model.InboxEvent;
import dev.omnibox.schema.SchemaRegistry;
import dev.omnibox.testing.TestEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.inject.spi.BeanManager;
import java.util.ArrayList;
import java.util.List;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * Discovers handlers with a real CDI container (Weld SE) and dispatches through them. Beans are
 * read through methods, because a field read on a client proxy never reaches the bean.
 */
class InboxExtensionTest {

  @ApplicationScoped
  public static class Invoicing {
    private final List<String> calls = new ArrayList<>();

    public List<String> calls() {
      return calls;
    }

    void onOrder(@Observes @Inbox(topic = "orders") OrderPlaced order, InboxContext context) {
      calls.add("invoice " + order.orderId() + " in " + context.consumerGroup());
    }

    void onPayments(@Observes @Inbox(topic = "payments") OrderPlaced order) {
      calls.add("payments " + order.orderId());
    }

    void unrelated(@Observes String text) {
      calls.add("unrelated " + text);
    }
  }

  @ApplicationScoped
  public static class Shipping {
    private final List<String> calls = new ArrayList<>();

    public List<String> calls() {
      return calls;
    }

    @OnEvent(topic = "orders", consumerGroup = "shipping")
    EventHandlerResult ship(OrderPlaced order, InboxContext context) {
      calls.add("ship " + order.orderId());
      context.markStale("superseded");
      return EventHandlerResult.completed();
    }
  }

  @ApplicationScoped
  public static class AsyncObserver {
    void on(@ObservesAsync @Inbox OrderPlaced order) {}
  }

  @ApplicationScoped
  public static class BadHandlerBean {
    @OnEvent
    void wrong(String text) {}
  }

  @Test
  void extension_findsObserversAndMethods() {
    try (WeldContainer container = boot(Invoicing.class, Shipping.class)) {
      HandlerCatalog catalog = catalogOf(container);

      assertThat(catalog.handlers())
          .extracting(InboxHandler::topic)
          .containsExactlyInAnyOrder("orders", "payments", "orders");
      assertThat(catalog.payloadRecords()).containsExactly(OrderPlaced.class);
    }
  }

  @Test
  void dispatch_firesQualifiedObserverOnce() throws Exception {
    try (WeldContainer container = boot(Invoicing.class, Shipping.class)) {
      InboxDispatcher dispatcher = dispatcherOf(container);

      EventHandlerResult result = dispatcher.handle(event("billing"));

      assertThat(result.status()).isEqualTo(HandlerStatus.COMPLETED);
      assertThat(container.select(Invoicing.class).get().calls())
          .containsExactly("invoice o-1 in billing");
      assertThat(container.select(Shipping.class).get().calls()).isEmpty();
    }
  }

  @Test
  void dispatch_callsOnEventMethodOfItsGroup() throws Exception {
    try (WeldContainer container = boot(Invoicing.class, Shipping.class)) {
      InboxDispatcher dispatcher = dispatcherOf(container);

      EventHandlerResult result = dispatcher.handle(event("shipping"));

      assertThat(result.status()).isEqualTo(HandlerStatus.STALE);
      assertThat(container.select(Shipping.class).get().calls()).containsExactly("ship o-1");
      assertThat(container.select(Invoicing.class).get().calls())
          .containsExactly("invoice o-1 in shipping");
    }
  }

  @Test
  void asyncInboxObserver_failsDeployment() {
    assertThatThrownBy(() -> boot(AsyncObserver.class).close())
        .hasStackTraceContaining("must use @Observes");
  }

  @Test
  void invalidOnEventMethod_failsDeployment() {
    assertThatThrownBy(() -> boot(BadHandlerBean.class).close())
        .hasStackTraceContaining("not a record annotated with @PayloadType");
  }

  private static WeldContainer boot(Class<?>... beans) {
    return new Weld()
        .disableDiscovery()
        .addExtension(new InboxExtension())
        .addBeanClasses(beans)
        .addBeanClass(CurrentInboxContext.class)
        .initialize();
  }

  private static HandlerCatalog catalogOf(WeldContainer container) {
    BeanManager beanManager = container.getBeanManager();
    return container.select(InboxExtension.class).get().catalog(beanManager);
  }

  private static InboxDispatcher dispatcherOf(WeldContainer container) {
    SchemaRegistry schemas = new SchemaRegistry();
    HandlerCatalog catalog = catalogOf(container);
    catalog.payloadRecords().forEach(schemas::register);
    return new InboxDispatcher(catalog, schemas);
  }

  private static InboxEvent event(String group) {
    return TestEvents.inbox()
        .eventType("order.placed")
        .schemaVersion("2")
        .payload("{\"orderId\":\"o-1\",\"quantity\":1}")
        .source("orders")
        .consumerGroup(group)
        .build();
  }
}
