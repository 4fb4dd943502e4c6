package dev.omnibox.handler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.model.InboxEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EventRouterTest {

  private static final String TOPIC = "orders";
  private static final String TYPE = "order.created";

  private final EventRouter<InboxEvent> router = new EventRouter<>();

  private static EventHandler<InboxEvent> handler() {
    return event -> EventHandlerResult.completed();
  }

  private EventRouter<InboxEvent> register(String version, String name) {
    return router.register(TOPIC, TYPE, version, name, handler());
  }

  private Optional<String> routedName(String version) {
    return router.route(TOPIC, TYPE, version).map(RouteMatch::handlerName);
  }

  @Test
  void route_exactVersionBeatsPrefixAndAnyVersion() {
    register(null, "any");
    register("1", "major");
    register("1.2", "minor");
    register("1.2.3", "exact");

    assertThat(routedName("1.2.3")).contains("exact");
  }

  @Test
  void route_longestPrefixBeatsShorterPrefix() {
    register(null, "any");
    register("1", "major");
    register("1.2", "minor");

    assertThat(routedName("1.2.3")).contains("minor");
    assertThat(routedName("1.3.0")).contains("major");
  }

  @Test
  void route_prefixBeatsAnyVersion() {
    register(null, "any");
    register("1", "major");

    assertThat(routedName("1.0")).contains("major");
  }

  @Test
  void route_anyVersionAsFallback() {
    register(null, "any");
    register("1", "major");

    assertThat(routedName("2.0")).contains("any");
  }

  @Test
  void route_oneDoesNotMatchTen() {
    register("1", "major");

    assertThat(routedName("10.0")).isEmpty();
    assertThat(routedName("1.0")).contains("major");
  }

  @Test
  void route_eventWithoutVersionMatchesOnlyAnyVersion() {
    register("1", "major");
    assertThat(routedName(null)).isEmpty();

    register(null, "any");
    assertThat(routedName(null)).contains("any");
  }

  @Test
  void route_invalidEventVersionMatchesOnlyAnyVersion() {
    register("1", "major");
    register(null, "any");

    assertThat(routedName("v1")).contains("any");
  }

  @Test
  void route_unknownTopicOrTypeIsEmpty() {
    register(null, "any");

    assertThat(router.route("payments", TYPE, "1")).isEmpty();
    assertThat(router.route(TOPIC, "order.cancelled", "1")).isEmpty();
    assertThat(router.route(null, TYPE, "1")).isEmpty();
    assertThat(router.route(TOPIC, null, "1")).isEmpty();
  }

  @Test
  void route_returnsRegisteredHandler() {
    EventHandler<InboxEvent> handler = handler();
    router.register(TOPIC, TYPE, "1", "orders-v1", handler);

    RouteMatch<InboxEvent> match = router.route(TOPIC, TYPE, "1.4").orElseThrow();

    assertThat(match.handlerName()).isEqualTo("orders-v1");
    assertThat(match.handler()).isSameAs(handler);
  }

  @Test
  void register_duplicateVersionNamesBothHandlers() {
    register("1.2", "first");

    assertThatThrownBy(() -> register("1.2", "second"))
        .isInstanceOf(DuplicateHandlerException.class)
        .hasMessageStartingWith("OMNIBOX001202:")
        .hasMessageContaining("'second'")
        .hasMessageContaining("'first'")
        .hasMessageContaining("topic 'orders', event type 'order.created', schema version 1.2");
    assertThat(routedName("1.2")).contains("first");
  }

  @Test
  void register_duplicateAnyVersionNamesBothHandlers() {
    register(null, "first");

    assertThatThrownBy(() -> register(null, "second"))
        .isInstanceOf(DuplicateHandlerException.class)
        .hasMessageContaining("'second'")
        .hasMessageContaining("'first'")
        .hasMessageContaining("schema version null");
  }

  @Test
  void register_otherTopicOrType() {
    register("1", "orders");
    router.register("archive", TYPE, "1", "archive", handler());
    router.register(TOPIC, "order.cancelled", "1", "cancellations", handler());

    assertThat(routedName("1")).contains("orders");
    assertThat(router.route("archive", TYPE, "1").map(RouteMatch::handlerName)).contains("archive");
    assertThat(router.route(TOPIC, "order.cancelled", "1").map(RouteMatch::handlerName))
        .contains("cancellations");
  }

  @Test
  void register_rejectsInvalidArguments() {
    assertThatThrownBy(() -> router.register(" ", TYPE, null, "h", handler()))
        .hasMessageStartingWith("OMNIBOX001200:")
        .hasMessageContaining("topic");
    assertThatThrownBy(() -> router.register(TOPIC, null, null, "h", handler()))
        .hasMessageContaining("eventType");
    assertThatThrownBy(() -> router.register(TOPIC, TYPE, null, "", handler()))
        .hasMessageContaining("handlerName");
    assertThatThrownBy(() -> router.register(TOPIC, TYPE, null, "h", null))
        .hasMessageContaining("handler");
    assertThatThrownBy(() -> router.register(TOPIC, TYPE, "1.x", "h", handler()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("OMNIBOX001203:")
        .hasMessageContaining("'1.x'")
        .hasMessageContaining("'h'");
  }

  @Test
  void route_concurrentWithRegister() throws Exception {
    register(null, "any");
    ExecutorService executor = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        String version = String.valueOf(i + 1);
        futures.add(
            executor.submit(
                () -> {
                  start.await();
                  register(version, "v" + version);
                  for (int n = 0; n < 1000; n++) {
                    assertThat(routedName("9.9")).contains("any");
                  }
                  return routedName(version + ".0");
                }));
      }
      start.countDown();
      for (int i = 0; i < 4; i++) {
        assertThat(futures.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(Optional.of("v" + (i + 1)));
      }
    } finally {
      executor.shutdownNow();
    }
  }
}
