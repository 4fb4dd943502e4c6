package dev.omnibox.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.it.support.Poll;
import dev.omnibox.model.OutboxEvent;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console in headless Chromium, driven over the DevTools protocol: it logs in through the BASIC
 * challenge, shows the counts, requeues a FAILED event on a click, and the count changes. The
 * screenshot lands in {@code target/console.png}.
 *
 * <p>Without Chromium the test is skipped, unless {@code CI=true}: then it fails.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final Path TARGET = Path.of("target");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return AdminDeployments.withStorage("admin-console");
  }

  @ArquillianResource URL deploymentUrl;

  private final TestEvents events = new TestEvents();
  private final List<String> scopes = new ArrayList<>();

  @AfterEach
  void deleteRows() {
    events.deleteScopes(scopes);
  }

  @Test
  void console_requeueChangesCount() throws IOException {
    requireChromium();
    String topic = TestEvents.uniqueScope("console");
    String group = TestEvents.uniqueScope("console-group");
    scopes.addAll(List.of(topic, group));
    OutboxEvent target = events.failedOutbox(topic, "broker rejected the message: queue full");
    events.failedOutbox(topic, "broker rejected the message: queue full");
    events.pendingOutbox(topic, "OrderShipped");
    events.lockedOutbox(topic);
    events.failedInbox(group);
    OutboxEvent dead = events.failedOutbox(topic, "payload too large");
    events.storage().outbox().moveToDeadLetters(List.of(dead.id()), "payload too large");

    String run = UUID.randomUUID().toString().substring(0, 8);
    try (HeadlessChromium chromium =
            HeadlessChromium.start(
                TARGET.resolve("chromium-profile-" + run),
                TARGET.resolve("chromium-" + run + ".log"));
        DevTools browser = DevTools.connect(chromium.devToolsUrl())) {
      assertThat(chromium.devToolsUrl().getHost()).isEqualTo("127.0.0.1");
      Page page = Page.open(browser);

      page.navigate(deploymentUrl + "omnibox/console/");

      Poll.until(
          "the console to show 2 FAILED events of " + topic,
          WAIT,
          () -> page.text(countCell(topic, "FAILED")),
          "2"::equals);
      assertThat(page.logins.get()).as("BASIC challenges answered").isPositive();
      assertThat(page.text(countCell(topic, "PENDING"))).isEqualTo("2");

      page.evaluate(
          "(() => { const f = document.getElementById('event-filter');"
              + " f.elements.scope.value = "
              + Json.createValue(topic)
              + "; f.requestSubmit(); return true; })()");
      String button = "button.requeue[data-id=\"" + target.id() + "\"]";
      Poll.until(
          "the requeue button of " + target.id(),
          WAIT,
          () -> page.evaluate("document.querySelector('" + button + "') !== null"),
          JsonValue.TRUE::equals);
      page.evaluate("document.querySelector('" + button + "').click(), true");

      Poll.until(
          "the FAILED count of " + topic + " to drop to 1",
          WAIT,
          () -> page.text(countCell(topic, "FAILED")),
          "1"::equals);
      assertThat(page.text(countCell(topic, "PENDING"))).isEqualTo("3");
      assertThat(events.storage().outbox().findById(target.id()).orElseThrow().status())
          .isEqualTo(dev.omnibox.model.EventStatus.PENDING);

      page.screenshot(TARGET.resolve("console.png"));
    }
  }

  private static String countCell(String topic, String status) {
    return "td.count[data-kind=\"outbox\"][data-scope=\""
        + topic
        + "\"][data-status=\""
        + status
        + "\"]";
  }

  private static void requireChromium() {
    boolean present = Files.isExecutable(HeadlessChromium.binary());
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new AssertionError(
          HeadlessChromium.binary()
              + " is missing; install Debian's chromium package (apt-get install chromium)");
    }
    Assumptions.assumeTrue(present, HeadlessChromium.binary() + " is missing; test skipped");
  }

  /** One page target with its session, logging in with the operator's credentials. */
  private static final class Page {

    final AtomicInteger logins = new AtomicInteger();
    private final DevTools browser;
    private final String session;

    private Page(DevTools browser, String session) {
      this.browser = browser;
      this.session = session;
    }

    static Page open(DevTools browser) {
      String targetId =
          browser
              .send("Target.createTarget", object().add("url", "about:blank").build(), null)
              .getString("targetId");
      String session =
          browser
              .send(
                  "Target.attachToTarget",
                  object().add("targetId", targetId).add("flatten", true).build(),
                  null)
              .getString("sessionId");
      Page page = new Page(browser, session);
      page.answerAuthentication();
      browser.send(
          "Emulation.setDeviceMetricsOverride",
          object()
              .add("width", 1400)
              .add("height", 1100)
              .add("deviceScaleFactor", 1)
              .add("mobile", false)
              .build(),
          session);
      browser.send("Page.enable", JsonValue.EMPTY_JSON_OBJECT, session);
      return page;
    }

    /** Continues every paused request and responds to each BASIC challenge as the operator. */
    private void answerAuthentication() {
      browser.on(
          "Fetch.requestPaused",
          event ->
              browser.sendQuietly(
                  "Fetch.continueRequest",
                  object().add("requestId", requestId(event)).build(),
                  session));
      browser.on(
          "Fetch.authRequired",
          event -> {
            logins.incrementAndGet();
            browser.sendQuietly(
                "Fetch.continueWithAuth",
                object()
                    .add("requestId", requestId(event))
                    .add(
                        "authChallengeResponse",
                        object()
                            .add("response", "ProvideCredentials")
                            .add("username", AdminHttp.OPERATOR.name())
                            .add("password", AdminHttp.OPERATOR.password()))
                    .build(),
                session);
          });
      browser.send(
          "Fetch.enable",
          object()
              .add("handleAuthRequests", true)
              .add("patterns", Json.createArrayBuilder().add(object().add("urlPattern", "*")))
              .build(),
          session);
    }

    void navigate(String url) {
      browser.send("Page.navigate", object().add("url", url).build(), session);
    }

    JsonValue evaluate(String expression) {
      JsonObject result =
          browser.send(
              "Runtime.evaluate",
              object().add("expression", expression).add("returnByValue", true).build(),
              session);
      if (result.containsKey("exceptionDetails")) {
        throw new AssertionError("script failed: " + result.get("exceptionDetails"));
      }
      return result.getJsonObject("result").getOrDefault("value", JsonValue.NULL);
    }

    /** Returns the text of the first element the selector matches, or an empty string. */
    String text(String selector) {
      JsonValue value =
          evaluate(
              "(() => { const e = document.querySelector("
                  + Json.createValue(selector)
                  + "); return e ? e.textContent : ''; })()");
      return value instanceof jakarta.json.JsonString text ? text.getString() : "";
    }

    void screenshot(Path file) throws IOException {
      String data =
          browser
              .send(
                  "Page.captureScreenshot",
                  object().add("format", "png").add("captureBeyondViewport", true).build(),
                  session)
              .getString("data");
      Files.write(file, Base64.getDecoder().decode(data));
    }

    private static String requestId(JsonObject event) {
      return event.getJsonObject("params").getString("requestId");
    }

    private static jakarta.json.JsonObjectBuilder object() {
      return Json.createObjectBuilder();
    }
  }
}
