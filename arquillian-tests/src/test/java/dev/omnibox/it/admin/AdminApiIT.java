package dev.omnibox.it.admin;

import static dev.omnibox.it.admin.AdminHttp.OPERATOR;
import static dev.omnibox.it.admin.AdminHttp.VIEWER;
import static dev.omnibox.it.admin.AdminHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.model.EventStatus;
import dev.omnibox.model.InboxEvent;
import dev.omnibox.model.OutboxEvent;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin API over real HTTP: who gets in, every event and dead-letter endpoint, the 400 and 404
 * responses, and the repairs as the database stores them. Each test works on topics and consumer
 * groups of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminApiIT {

  private static final List<String> PROTECTED_PATHS =
      List.of(
          "omnibox/api/overview",
          "omnibox/api/events?kind=outbox",
          "omnibox/api/dead-letters",
          "omnibox/api/jobs",
          "omnibox/console/",
          "omnibox/console/console.js");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return AdminDeployments.withStorage("admin-api");
  }

  @ArquillianResource URL deploymentUrl;

  private AdminHttp http;
  private final TestEvents events = new TestEvents();
  private final List<String> scopes = new ArrayList<>();

  @BeforeEach
  void createClient() {
    http = new AdminHttp(deploymentUrl);
  }

  @AfterEach
  void deleteRows() {
    events.deleteScopes(scopes);
  }

  private String scope(String prefix) {
    String scope = TestEvents.uniqueScope(prefix);
    scopes.add(scope);
    return scope;
  }

  @Test
  void anonymous_gets401() {
    for (String path : PROTECTED_PATHS) {
      HttpResponse<String> response = http.get(path, null);
      assertThat(response.statusCode()).as("GET " + path).isEqualTo(401);
      assertThat(response.headers().firstValue("WWW-Authenticate"))
          .as("challenge of " + path)
          .hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
    }
    String requeue = "omnibox/api/events/outbox/" + UUID.randomUUID() + "/requeue";
    assertThat(http.post(requeue, "", null).statusCode()).isEqualTo(401);
  }

  @Test
  void userWithoutRole_gets403() {
    for (String path : PROTECTED_PATHS) {
      assertThat(http.get(path, VIEWER).statusCode()).as("GET " + path).isEqualTo(403);
    }
    String replay = "omnibox/api/dead-letters/" + UUID.randomUUID() + "/replay";
    assertThat(http.post(replay, "", VIEWER).statusCode()).isEqualTo(403);
  }

  @Test
  void wrongPassword_gets401() {
    AdminHttp.User impostor = new AdminHttp.User(OPERATOR.name(), "wrong-password");
    assertThat(http.get("omnibox/api/overview", impostor).statusCode()).isEqualTo(401);
  }

  @Test
  void ownApplication_keepsWorkingBesideAdminApi() {
    HttpResponse<String> ping = http.get("api/ping", null);
    assertThat(ping.statusCode()).isEqualTo(200);
    assertThat(ping.body()).isEqualTo("pong");

    // The application's JAX-RS application scans the admin resources in, but they stay closed.
    for (String path : List.of("api/overview", "api/events?kind=outbox", "api/jobs")) {
      assertThat(http.get(path, null).statusCode()).as("GET " + path).isEqualTo(401);
      assertThat(http.get(path, VIEWER).statusCode()).as("GET " + path).isIn(401, 403);
    }
    assertThat(http.get("api/no-such-resource", null).statusCode()).isEqualTo(404);
  }

  @Test
  void console_servedToOperator() {
    HttpResponse<String> page = http.get("omnibox/console/", OPERATOR);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<title>omnibox console</title>");
    HttpResponse<String> script = http.get("omnibox/console/console.js", OPERATOR);
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.body()).contains("../api/");
  }

  @Test
  void overview_countsPerTopicAndGroup() {
    String topic = scope("overview");
    String group = scope("overview-group");
    events.pendingOutbox(topic, "OrderPlaced");
    events.pendingOutbox(topic, "OrderPlaced");
    events.failedOutbox(topic, "broker rejected it");
    events.failedInbox(group);

    JsonObject overview = overview();

    assertThat(count(overview, "outbox", topic, EventStatus.PENDING)).isEqualTo(2);
    assertThat(count(overview, "outbox", topic, EventStatus.FAILED)).isEqualTo(1);
    assertThat(count(overview, "outbox", topic, EventStatus.COMPLETED)).isZero();
    assertThat(count(overview, "inbox", group, EventStatus.FAILED)).isEqualTo(1);
    JsonObject pending = countRow(overview, "outbox", topic, EventStatus.PENDING);
    assertThat(pending.getJsonNumber("oldestAgeSeconds").longValue()).isGreaterThanOrEqualTo(4);
    assertThat(overview.getBoolean("deadLetters")).isTrue();
  }

  @Test
  void events_filterByStatusScopeAndType() {
    String topic = scope("filter");
    OutboxEvent failed = events.failedOutbox(topic, "broker rejected it");
    OutboxEvent shipped = events.pendingOutbox(topic, "OrderShipped");
    events.pendingOutbox(topic, "OrderPlaced");

    JsonObject failedPage =
        json(
            http.get("omnibox/api/events?kind=outbox&status=FAILED&scope=" + topic, OPERATOR), 200);
    assertThat(ids(failedPage, "events")).containsExactly(failed.id().toString());
    JsonObject row = failedPage.getJsonArray("events").getJsonObject(0);
    assertThat(row.getString("lastError")).isEqualTo("broker rejected it");
    assertThat(row.getInt("attemptsMade")).isEqualTo(3);
    assertThat(row.getString("scope")).isEqualTo(topic);

    JsonObject shippedPage =
        json(
            http.get(
                "omnibox/api/events?kind=outbox&status=pending&scope="
                    + topic
                    + "&type=OrderShipped",
                OPERATOR),
            200);
    assertThat(ids(shippedPage, "events")).containsExactly(shipped.id().toString());

    JsonObject limited =
        json(
            http.get(
                "omnibox/api/events?kind=outbox&status=PENDING&limit=1&scope=" + topic, OPERATOR),
            200);
    assertThat(limited.getJsonArray("events")).hasSize(1);

    JsonObject event = json(http.get("omnibox/api/events/outbox/" + failed.id(), OPERATOR), 200);
    assertThat(event.getString("status")).isEqualTo("FAILED");
  }

  @Test
  void filterValue_isNotSql() {
    String topic = scope("injection");
    events.failedOutbox(topic, "broker rejected it");

    JsonObject page =
        json(
            http.get(
                "omnibox/api/events?kind=outbox&status=FAILED&scope=x%27%20OR%20%271%27%3D%271",
                OPERATOR),
            200);

    assertThat(page.getJsonArray("events")).isEmpty();
  }

  @Test
  void badParameters_get400WithReason() {
    String id = UUID.randomUUID().toString();
    String[][] cases = {
      {"omnibox/api/events?kind=queue", "kind 'queue' is invalid; use one of [outbox, inbox]"},
      {"omnibox/api/events", "kind is missing"},
      {"omnibox/api/events?kind=outbox&status=LOCKED", "status 'LOCKED' is invalid"},
      {"omnibox/api/events?kind=outbox&limit=0", "limit '0' is invalid"},
      {"omnibox/api/events?kind=outbox&limit=abc", "from 1 to 500"},
      {"omnibox/api/events/outbox/not-a-uuid", "id 'not-a-uuid' is invalid; use a UUID"},
      {"omnibox/api/events/topic/" + id, "kind 'topic' is invalid"},
      {"omnibox/api/dead-letters?kind=both", "kind 'both' is invalid"},
      {"omnibox/api/jobs?limit=501", "limit '501' is invalid"},
    };
    for (String[] badCase : cases) {
      JsonObject problem = json(http.get(badCase[0], OPERATOR), 400);
      assertThat(problem.getString("message")).as(badCase[0]).contains(badCase[1]);
      assertThat(problem.getInt("status")).isEqualTo(400);
    }
    String longScope = "s".repeat(256);
    assertThat(
            json(http.get("omnibox/api/events?kind=outbox&scope=" + longScope, OPERATOR), 400)
                .getString("message"))
        .contains("scope is 256 characters long");
    assertThat(
            json(http.post("omnibox/api/events/outbox/" + id + "/unlock", "{oops", OPERATOR), 400)
                .getString("message"))
        .contains("not a JSON object");
  }

  @Test
  void unknownIds_get404() {
    String id = UUID.randomUUID().toString();
    String[] gets = {"omnibox/api/events/outbox/" + id, "omnibox/api/events/inbox/" + id};
    for (String path : gets) {
      assertThat(json(http.get(path, OPERATOR), 404).getString("message"))
          .as(path)
          .contains("No ")
          .contains(id);
    }
    String[] posts = {
      "omnibox/api/events/outbox/" + id + "/requeue",
      "omnibox/api/events/inbox/" + id + "/requeue",
      "omnibox/api/dead-letters/" + id + "/replay",
      "omnibox/api/jobs/executions/987654321/stop",
      "omnibox/api/jobs/executions/987654321/restart",
    };
    for (String path : posts) {
      assertThat(http.post(path, "", OPERATOR).statusCode()).as("POST " + path).isEqualTo(404);
    }
    assertThat(
            http.post(
                    "omnibox/api/events/outbox/" + id + "/unlock",
                    "{\"reason\": \"stuck\"}",
                    OPERATOR)
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void requeue_movesFailedCountToPending() {
    String topic = scope("requeue");
    OutboxEvent failed = events.failedOutbox(topic, "broker rejected it");
    assertThat(count(overview(), "outbox", topic, EventStatus.FAILED)).isEqualTo(1);

    JsonObject requeued =
        json(http.post("omnibox/api/events/outbox/" + failed.id() + "/requeue", "", OPERATOR), 200);

    assertThat(requeued.getString("status")).isEqualTo("PENDING");
    assertThat(requeued.getInt("attemptsMade")).isZero();
    JsonObject after = overview();
    assertThat(count(after, "outbox", topic, EventStatus.FAILED)).isZero();
    assertThat(count(after, "outbox", topic, EventStatus.PENDING)).isEqualTo(1);
    assertThat(
            json(
                    http.post(
                        "omnibox/api/events/outbox/" + failed.id() + "/requeue", "", OPERATOR),
                    409)
                .getString("message"))
        .contains("is PENDING, not FAILED");
  }

  @Test
  void requeue_inboxEvent() {
    String group = scope("requeue-group");
    InboxEvent failed = events.failedInbox(group);

    JsonObject requeued =
        json(http.post("omnibox/api/events/inbox/" + failed.id() + "/requeue", "", OPERATOR), 200);

    assertThat(requeued.getString("status")).isEqualTo("PENDING");
    assertThat(requeued.getString("messageId")).isEqualTo(failed.messageId());
  }

  @Test
  void replay_bringsDeadLetterBackOnce() {
    String topic = scope("replay");
    OutboxEvent failed = events.failedOutbox(topic, "broker rejected it");
    events.storage().outbox().moveToDeadLetters(List.of(failed.id()), "gave up");

    JsonObject letters =
        json(http.get("omnibox/api/dead-letters?kind=outbox&scope=" + topic, OPERATOR), 200);
    assertThat(ids(letters, "deadLetters")).containsExactly(failed.id().toString());
    assertThat(letters.getJsonArray("deadLetters").getJsonObject(0).getString("reason"))
        .isEqualTo("gave up");

    JsonObject replayed =
        json(http.post("omnibox/api/dead-letters/" + failed.id() + "/replay", "", OPERATOR), 200);

    assertThat(replayed.getString("id")).isEqualTo(failed.id().toString());
    assertThat(replayed.getString("status")).isEqualTo("PENDING");
    assertThat(count(overview(), "outbox", topic, EventStatus.PENDING)).isEqualTo(1);
    assertThat(
            json(http.get("omnibox/api/dead-letters?scope=" + topic, OPERATOR), 200)
                .getJsonArray("deadLetters"))
        .isEmpty();
    assertThat(
            http.post("omnibox/api/dead-letters/" + failed.id() + "/replay", "", OPERATOR)
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void replay_rawMessageGets409() {
    String group = scope("raw");
    UUID letterId = UUID.randomUUID();
    events
        .storage()
        .deadLetters()
        .add(
            new dev.omnibox.spi.DeadLetter(
                letterId,
                dev.omnibox.spi.EventKind.INBOX,
                null,
                null,
                group,
                "m-raw",
                "<xml/>",
                java.util.Map.of(),
                0,
                "undecodable body",
                java.time.Instant.now()));

    JsonObject problem =
        json(http.post("omnibox/api/dead-letters/" + letterId + "/replay", "", OPERATOR), 409);

    assertThat(problem.getString("message")).contains("never stored as an event");
  }

  @Test
  void forceUnlock_needsReasonAndClearsLease() {
    String topic = scope("unlock");
    OutboxEvent locked = events.lockedOutbox(topic);
    String path = "omnibox/api/events/outbox/" + locked.id() + "/unlock";

    assertThat(json(http.post(path, "", OPERATOR), 400).getString("message"))
        .contains("reason is missing");
    assertThat(json(http.post(path, "{\"reason\": \"   \"}", OPERATOR), 400).getString("message"))
        .contains("reason is missing");

    JsonObject unlocked =
        json(http.post(path, "{\"reason\": \"worker node died\"}", OPERATOR), 200);

    assertThat(unlocked.get("lockedBy")).isEqualTo(JsonValue.NULL);
    assertThat(unlocked.getString("lastError")).isEqualTo("worker node died");
    assertThat(json(http.post(path, "{\"reason\": \"again\"}", OPERATOR), 409).getString("message"))
        .contains("is not locked");
  }

  private JsonObject overview() {
    return json(http.get("omnibox/api/overview", OPERATOR), 200);
  }

  static long count(JsonObject overview, String kind, String scope, EventStatus status) {
    JsonObject row = countRow(overview, kind, scope, status);
    return row == null ? 0 : row.getJsonNumber("count").longValue();
  }

  static JsonObject countRow(JsonObject overview, String kind, String scope, EventStatus status) {
    for (JsonValue value : overview.getJsonObject(kind).getJsonArray("counts")) {
      JsonObject row = value.asJsonObject();
      if (row.getString("scope").equals(scope) && row.getString("status").equals(status.name())) {
        return row;
      }
    }
    return null;
  }

  private static List<String> ids(JsonObject page, String field) {
    return page.getJsonArray(field).stream().map(v -> v.asJsonObject().getString("id")).toList();
  }
}
