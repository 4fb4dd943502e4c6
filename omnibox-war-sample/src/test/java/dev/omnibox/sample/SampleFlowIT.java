package dev.omnibox.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.JMSContext;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Drives the sample on the provisioned WildFly from outside, as a user would: orders over HTTP, a
 * message from a plain Jakarta Messaging client, the operator console and its admin API, and the
 * Prometheus scrape endpoint.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SampleFlowIT {

  /** Bound for every asynchronous effect. The flow itself takes a few seconds. */
  private static final Duration WAIT = Duration.ofSeconds(90);

  private static final String HOST = System.getProperty("sample.bind.address", "127.0.0.1");
  private static final int PORT_OFFSET =
      Integer.parseInt(System.getProperty("sample.it.port.offset", "400"));
  private static final int MANAGEMENT_PORT =
      Integer.parseInt(System.getProperty("sample.it.management.port", "10390"));

  /** The application user in role omnibox-admin that the build adds to the server. */
  private static final String ADMIN = "admin:" + System.getProperty("sample.admin.password");

  private final HttpClient http = HttpClient.newHttpClient();

  @ArquillianResource URL baseUrl;

  @Deployment(testable = false)
  static WebArchive sample() {
    File war = new File(System.getProperty("sample.war", "target/omnibox-sample.war"));
    assertThat(war).as("the WAR that `mvn package` builds").isFile();
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }

  @Test
  void orderReachesShippingAndBilling() {
    String orderId = placeOrder("book", 2599);

    JsonObject order = awaitHandledByBothGroups(orderId);

    JsonArray outbox = order.getJsonArray("outbox");
    assertThat(outbox).hasSize(1);
    assertThat(outbox.getJsonObject(0).getString("status")).isEqualTo("COMPLETED");
    List<JsonObject> inbox = order.getJsonArray("inbox").getValuesAs(JsonObject.class);
    assertThat(inbox)
        .extracting(row -> row.getString("consumerGroup"))
        .containsExactly("billing", "shipping");
    assertThat(inbox).allSatisfy(row -> assertThat(row.getString("status")).isEqualTo("COMPLETED"));
    assertThat(order.getJsonObject("invoice").getJsonNumber("totalCents").longValue())
        .isEqualTo(2599);
  }

  @Test
  void shippingRetriesItsFirstAttempt() {
    String orderId = placeOrder("lamp", 4900);

    JsonObject order = awaitHandledByBothGroups(orderId);

    assertThat(order.getJsonObject("shipment").getInt("attempt")).isEqualTo(2);
    JsonObject shipping = inboxRow(order, "shipping");
    assertThat(shipping.getInt("attempts")).isEqualTo(2);
    assertThat(inboxRow(order, "billing").getInt("attempts")).isEqualTo(1);
    assertThat(shipping.getString("lastError")).contains("simulated transient failure");
  }

  @Test
  void billingSkipsFreeOrder() {
    String orderId = placeOrder("sticker", 0);

    JsonObject order = awaitHandledByBothGroups(orderId);

    assertThat(order.get("invoice")).isNull();
    assertThat(order.getJsonObject("shipment")).isNotNull();
    assertThat(inboxRow(order, "billing").getString("status")).isEqualTo("COMPLETED");
    assertThat(get("invoices/" + orderId).statusCode()).isEqualTo(404);
  }

  @Test
  void invalidOrderNamesField() {
    HttpResponse<String> response =
        post(
            "orders",
            "{\"customer\":\"ada@example.com\",\"item\":\"book\",\"quantity\":0,"
                + "\"totalCents\":100,\"currency\":\"EUR\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonObject body = json(response.body());
    assertThat(body.getString("error")).contains("quantity");
    assertThat(body.getJsonArray("violations").getJsonObject(0).getString("field"))
        .isEqualTo("quantity");
  }

  @Test
  void malformedJsonIsBadRequest() {
    HttpResponse<String> response = post("orders", "{\"customer\":");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response.body()).getString("error")).contains("not a valid order");
  }

  @Test
  void versionOneMessageFromOutsideIsMigrated() throws Exception {
    String messageId = UUID.randomUUID().toString();
    String orderId = "external-" + UUID.randomUUID();
    String payload =
        Json.createObjectBuilder()
            .add("orderId", orderId)
            .add("customer", "grace@example.com")
            .add("item", "keyboard")
            .add("quantity", 1)
            .add("totalCents", 8900)
            .build()
            .toString();
    String envelope =
        Json.createObjectBuilder()
            .add("id", messageId)
            .add("eventType", "order.placed")
            .add("schemaVersion", "1")
            .add("topic", "orders")
            .add("payload", Json.createReader(new StringReader(payload)).readObject())
            .build()
            .toString();

    sendToOrdersTopic(envelope);

    List<JsonObject> rows =
        until(
            "both consumer groups to complete message " + messageId,
            () -> jsonArray(get("messages/" + messageId).body()).getValuesAs(JsonObject.class),
            list ->
                list.size() == 2
                    && list.stream().allMatch(row -> "COMPLETED".equals(row.getString("status"))));
    assertThat(rows).allSatisfy(row -> assertThat(row.getString("schemaVersion")).isEqualTo("1"));
    JsonObject invoice = json(get("invoices/" + orderId).body());
    assertThat(invoice.getString("currency")).isEqualTo("EUR");
    assertThat(invoice.getJsonNumber("totalCents").longValue()).isEqualTo(8900);
    assertThat(
            until("the shipment of " + orderId, () -> get("shipments/" + orderId), ok())
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void rejectedRowDoesNotBlockOtherOrders() {
    // An order id over the 255 characters of the shipment and invoice tables: both handlers fail
    // on this message on every attempt, while other events go on.
    String overlongOrderId = "x".repeat(300);
    String envelope =
        Json.createObjectBuilder()
            .add("id", UUID.randomUUID().toString())
            .add("eventType", "order.placed")
            .add("schemaVersion", "2")
            .add(
                "payload",
                Json.createObjectBuilder()
                    .add("orderId", overlongOrderId)
                    .add("customer", "eve@example.com")
                    .add("item", "chair")
                    .add("quantity", 1)
                    .add("totalCents", 100)
                    .add("currency", "EUR"))
            .build()
            .toString();
    sendToOrdersTopic(envelope);

    JsonObject order = awaitHandledByBothGroups(placeOrder("desk", 19900));

    assertThat(order.getJsonObject("invoice")).isNotNull();
  }

  @Test
  void consoleNeedsAdminLogin() {
    assertThat(send(adminRequest("omnibox/api/overview", null).GET().build()).statusCode())
        .isEqualTo(401);
    assertThat(send(adminRequest("omnibox/console/", null).GET().build()).statusCode())
        .isEqualTo(401);

    HttpResponse<String> overview = send(adminRequest("omnibox/api/overview", ADMIN).GET().build());
    HttpResponse<String> console = send(adminRequest("omnibox/console/", ADMIN).GET().build());

    assertThat(overview.statusCode()).isEqualTo(200);
    assertThat(json(overview.body()).getJsonObject("inbox").getBoolean("available")).isTrue();
    assertThat(console.statusCode()).isEqualTo(200);
    assertThat(console.body()).containsIgnoringCase("<html");
  }

  @Test
  void relayStopsAndRestartsThroughAdminApi() {
    long running =
        until(
            "a running relay execution",
            () -> relayExecution("STARTED"),
            execution -> execution >= 0);

    HttpResponse<String> stop =
        send(
            adminRequest("omnibox/api/jobs/executions/" + running + "/stop", ADMIN)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(stop.statusCode()).as("stop: %s", stop.body()).isEqualTo(200);
    until(
        "relay execution " + running + " to stop",
        () -> executionStatus(running),
        "STOPPED"::equals);

    HttpResponse<String> restart =
        send(
            adminRequest("omnibox/api/jobs/executions/" + running + "/restart", ADMIN)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(restart.statusCode()).as("restart: %s", restart.body()).isEqualTo(201);
    long restarted = json(restart.body()).getJsonNumber("executionId").longValue();
    assertThat(restarted).isNotEqualTo(running);
    until(
        "restarted relay execution " + restarted + " to run",
        () -> executionStatus(restarted),
        "STARTED"::equals);
    awaitHandledByBothGroups(placeOrder("cup", 700));
  }

  @Test
  void metricsCountPublishedAndHandled() {
    awaitHandledByBothGroups(placeOrder("pen", 150));

    String metrics =
        until(
            "omnibox counters on the scrape endpoint",
            this::scrape,
            text -> counter(text, "omnibox_outbox_published_total", "topic=\"orders\"") >= 1);

    assertThat(counter(metrics, "omnibox_outbox_published_total", "topic=\"orders\""))
        .isGreaterThanOrEqualTo(1);
    assertThat(counter(metrics, "omnibox_inbox_handled_total", "consumer_group=\"billing\""))
        .isGreaterThanOrEqualTo(1);
    assertThat(counter(metrics, "omnibox_inbox_handled_total", "consumer_group=\"shipping\""))
        .isGreaterThanOrEqualTo(1);
    assertThat(counter(metrics, "omnibox_inbox_retried_total", "consumer_group=\"shipping\""))
        .isGreaterThanOrEqualTo(1);
  }

  private String placeOrder(String item, long totalCents) {
    HttpResponse<String> response =
        post(
            "orders",
            "{\"customer\":\"ada@example.com\",\"item\":\""
                + item
                + "\",\"quantity\":1,\"totalCents\":"
                + totalCents
                + ",\"currency\":\"EUR\"}");
    assertThat(response.statusCode()).as("POST /api/orders: %s", response.body()).isEqualTo(201);
    return json(response.body()).getString("id");
  }

  /** Waits until the order's outbox row and both inbox rows are COMPLETED and returns the order. */
  private JsonObject awaitHandledByBothGroups(String orderId) {
    return until(
        "order " + orderId + " handled by shipping and billing",
        () -> json(get("orders/" + orderId).body()),
        order ->
            order.getJsonArray("outbox").size() == 1
                && "COMPLETED"
                    .equals(order.getJsonArray("outbox").getJsonObject(0).getString("status"))
                && order.getJsonArray("inbox").size() == 2
                && order.getJsonArray("inbox").getValuesAs(JsonObject.class).stream()
                    .allMatch(row -> "COMPLETED".equals(row.getString("status")))
                && order.get("shipment") != null
                && order.get("shipment") != JsonValue.NULL);
  }

  private static JsonObject inboxRow(JsonObject order, String consumerGroup) {
    return order.getJsonArray("inbox").getValuesAs(JsonObject.class).stream()
        .filter(row -> consumerGroup.equals(row.getString("consumerGroup")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no inbox row of " + consumerGroup + ": " + order));
  }

  /** Returns the id of a relay execution in {@code batchStatus}, or -1 when there is none. */
  private long relayExecution(String batchStatus) {
    return relayExecutions().stream()
        .filter(execution -> batchStatus.equals(execution.getString("batchStatus")))
        .mapToLong(execution -> execution.getJsonNumber("executionId").longValue())
        .max()
        .orElse(-1);
  }

  private String executionStatus(long executionId) {
    return relayExecutions().stream()
        .filter(execution -> execution.getJsonNumber("executionId").longValue() == executionId)
        .map(execution -> execution.getString("batchStatus"))
        .findFirst()
        .orElse("missing");
  }

  private List<JsonObject> relayExecutions() {
    HttpResponse<String> response = send(adminRequest("omnibox/api/jobs", ADMIN).GET().build());
    assertThat(response.statusCode()).as("GET jobs: %s", response.body()).isEqualTo(200);
    return json(response.body()).getJsonArray("jobs").getValuesAs(JsonObject.class).stream()
        .filter(job -> "omnibox-outbox-relay".equals(job.getString("jobName")))
        .flatMap(job -> job.getJsonArray("executions").getValuesAs(JsonObject.class).stream())
        .toList();
  }

  /** Builds a request to a path under the context root, with BASIC credentials unless null. */
  private HttpRequest.Builder adminRequest(String path, String credentials) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl.toString()).resolve(path));
    if (credentials != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return request;
  }

  /** Sends one text message to the sample's topic, as any Jakarta Messaging client could. */
  private static void sendToOrdersTopic(String body) {
    int httpPort = 8080 + PORT_OFFSET;
    String url = "tcp://" + HOST + ":" + httpPort + "?httpUpgradeEnabled=true";
    try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url);
        JMSContext context =
            factory.createContext("sender", System.getProperty("sample.sender.password"))) {
      // WildFly gives the JMS topic "orders" the broker address "jms.topic.orders".
      context.createProducer().send(context.createTopic("jms.topic.orders"), body);
    }
  }

  private String scrape() {
    URI uri = URI.create("http://" + HOST + ":" + MANAGEMENT_PORT + "/prometheus");
    return send(HttpRequest.newBuilder(uri).GET().build()).body();
  }

  /** Returns the value of the first sample of {@code name} whose labels contain {@code label}. */
  private static double counter(String metrics, String name, String label) {
    Matcher matcher = Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} (\\S+)$").matcher(metrics);
    while (matcher.find()) {
      if (matcher.group(1).contains(label)) {
        return Double.parseDouble(matcher.group(2));
      }
    }
    return 0;
  }

  private HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(api(path)).GET().build());
  }

  private HttpResponse<String> post(String path, String json) {
    return send(
        HttpRequest.newBuilder(api(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private URI api(String path) {
    return URI.create(baseUrl.toString()).resolve("api/" + path);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(request.method() + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted during " + request.uri(), e);
    }
  }

  private static Predicate<HttpResponse<String>> ok() {
    return response -> response.statusCode() == 200;
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  private static JsonArray jsonArray(String text) {
    return Json.createReader(new StringReader(text)).readArray();
  }

  /**
   * Calls {@code probe} every 200 ms until {@code done} accepts its value and returns that value.
   *
   * @throws AssertionError naming {@code description} and the last value after {@link #WAIT}
   */
  private static <T> T until(String description, Supplier<T> probe, Predicate<T> done) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    T value = probe.get();
    while (!done.test(value)) {
      if (System.nanoTime() - deadline >= 0) {
        throw new AssertionError(
            "timed out after " + WAIT + " waiting for " + description + "; last value: " + value);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + description, e);
      }
      value = probe.get();
    }
    return value;
  }
}
