package dev.omnibox.it.admin;

import static dev.omnibox.it.admin.AdminHttp.OPERATOR;
import static dev.omnibox.it.admin.AdminHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.ejb.storage.OmniboxStorage;
import dev.omnibox.it.support.Deployments;
import dev.omnibox.model.EventStatus;
import dev.omnibox.model.OutboxEvent;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An application with only an outbox still gets a working console: the outbox is counted and
 * repaired, and the missing inbox and dead-letter store are reported, not failed on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutboxOnlyConsoleIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    WebArchive archive =
        Deployments.webArchive("admin-outbox-only").addClasses(OutboxOnlyResources.class);
    Deployments.withLibraryOf(archive, OutboxEvent.class);
    return Deployments.withLibraryOf(archive, OmniboxStorage.class);
  }

  @ArquillianResource URL deploymentUrl;

  @Test
  void outboxOnly_countsAndRequeues() {
    AdminHttp http = new AdminHttp(deploymentUrl);
    TestEvents events = new TestEvents();
    String topic = TestEvents.uniqueScope("outbox-only");
    try {
      OutboxEvent failed = events.failedOutbox(topic, "broker rejected it");

      JsonObject overview = json(http.get("omnibox/api/overview", OPERATOR), 200);
      assertThat(overview.getJsonObject("outbox").getBoolean("available")).isTrue();
      assertThat(overview.getJsonObject("inbox").getBoolean("available")).isFalse();
      assertThat(overview.getBoolean("deadLetters")).isFalse();
      assertThat(AdminApiIT.count(overview, "outbox", topic, EventStatus.FAILED)).isEqualTo(1);

      json(http.post("omnibox/api/events/outbox/" + failed.id() + "/requeue", "", OPERATOR), 200);
      JsonObject after = json(http.get("omnibox/api/overview", OPERATOR), 200);
      assertThat(AdminApiIT.count(after, "outbox", topic, EventStatus.PENDING)).isEqualTo(1);
    } finally {
      events.deleteScopes(List.of(topic));
    }
  }

  @Test
  void missingInboxAndDeadLetters_get404() {
    AdminHttp http = new AdminHttp(deploymentUrl);

    assertThat(json(http.get("omnibox/api/events?kind=inbox", OPERATOR), 404).getString("message"))
        .contains("no single InboxRepository bean");
    assertThat(json(http.get("omnibox/api/dead-letters", OPERATOR), 404).getString("message"))
        .contains("no single DeadLetterStore bean");
    assertThat(http.get("omnibox/console/", OPERATOR).statusCode()).isEqualTo(200);
  }
}
