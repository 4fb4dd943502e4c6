package dev.omnibox.it.admin;

import static dev.omnibox.it.admin.AdminHttp.OPERATOR;
import static dev.omnibox.it.admin.AdminHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.batch.OmniboxJobs;
import dev.omnibox.it.support.Poll;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The jobs panel of the admin API on a deployment whose scheduler runs the relay: executions are
 * listed, a running job cannot start twice, and stop and restart go through the JobOperator.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminJobsIT {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return AdminDeployments.withJobs("admin-jobs");
  }

  @ArquillianResource URL deploymentUrl;

  private AdminHttp http;

  @BeforeEach
  void createClient() {
    http = new AdminHttp(deploymentUrl);
  }

  @Test
  void relay_listedStoppedAndRestarted() {
    long running =
        Poll.until(
            "a STARTED relay execution in the jobs list",
            WAIT,
            () -> executionIn(OmniboxJobs.OUTBOX_RELAY, "STARTED"),
            id -> id > 0);
    JsonObject listed = execution(OmniboxJobs.OUTBOX_RELAY, running).orElseThrow();
    assertThat(listed.getString("startTime")).isNotBlank();
    assertThat(listed.get("endTime")).isEqualTo(JsonValue.NULL);
    assertThat(listed.getJsonNumber("readCount").longValue()).isGreaterThanOrEqualTo(0);
    assertThat(listed.getJsonNumber("writeCount").longValue()).isGreaterThanOrEqualTo(0);

    assertThat(
            json(
                    http.post(
                        "omnibox/api/jobs/" + OmniboxJobs.OUTBOX_RELAY + "/start", "", OPERATOR),
                    409)
                .getString("message"))
        .contains("already running as execution " + running);

    JsonObject stopping =
        json(http.post("omnibox/api/jobs/executions/" + running + "/stop", "", OPERATOR), 200);
    assertThat(stopping.getString("batchStatus")).isIn("STOPPING", "STOPPED");
    String stopped =
        Poll.until(
            "execution " + running + " to stop",
            WAIT,
            () -> status(OmniboxJobs.OUTBOX_RELAY, running),
            s -> s.equals("STOPPED") || s.equals("FAILED"));
    assertThat(stopped).isEqualTo("STOPPED");
    assertThat(
            json(http.post("omnibox/api/jobs/executions/" + running + "/stop", "", OPERATOR), 409)
                .getString("message"))
        .contains("not running");

    JsonObject restarted =
        json(http.post("omnibox/api/jobs/executions/" + running + "/restart", "", OPERATOR), 201);
    long restartedId = restarted.getJsonNumber("executionId").longValue();
    assertThat(restartedId).isNotEqualTo(running);
    assertThat(
            Poll.until(
                "execution " + restartedId + " to start",
                WAIT,
                () -> status(OmniboxJobs.OUTBOX_RELAY, restartedId),
                s -> !s.equals("STARTING") && !s.equals("UNKNOWN")))
        .isEqualTo("STARTED");
    assertThat(
            json(
                    http.post("omnibox/api/jobs/executions/" + running + "/restart", "", OPERATOR),
                    409)
                .getString("message"))
        .contains("already running");
  }

  @Test
  void maintenance_startedWithAllowedParameters() {
    Poll.until(
        "no running maintenance",
        WAIT,
        () -> executionIn(OmniboxJobs.MAINTENANCE, "STARTED"),
        id -> id < 0);

    JsonObject started =
        json(
            http.post(
                "omnibox/api/jobs/" + OmniboxJobs.MAINTENANCE + "/start",
                "{\"parameters\": {\"batchSize\": 50, \"maxIterations\": 2}}",
                OPERATOR),
            201);

    long id = started.getJsonNumber("executionId").longValue();
    assertThat(started.getJsonObject("parameters").getString("batchSize")).isEqualTo("50");
    assertThat(
            Poll.until(
                "maintenance execution " + id + " to end",
                WAIT,
                () -> status(OmniboxJobs.MAINTENANCE, id),
                s -> s.equals("COMPLETED") || s.equals("FAILED") || s.equals("STOPPED")))
        .isEqualTo("COMPLETED");
    assertThat(execution(OmniboxJobs.MAINTENANCE, id).orElseThrow().getString("endTime"))
        .isNotBlank();
  }

  @Test
  void badJobRequests_get400Or404() {
    assertThat(
            json(http.post("omnibox/api/jobs/some-other-job/start", "", OPERATOR), 400)
                .getString("message"))
        .contains("jobName 'some-other-job' is invalid")
        .contains(OmniboxJobs.OUTBOX_RELAY);
    assertThat(
            json(
                    http.post(
                        "omnibox/api/jobs/" + OmniboxJobs.MAINTENANCE + "/start",
                        "{\"parameters\": {\"topics\": \"orders\"}}",
                        OPERATOR),
                    400)
                .getString("message"))
        .contains("parameter 'topics' is not allowed");
    assertThat(
            json(http.post("omnibox/api/jobs/executions/abc/stop", "", OPERATOR), 400)
                .getString("message"))
        .contains("executionId 'abc' is invalid");
    assertThat(
            json(http.post("omnibox/api/jobs/executions/987654321/restart", "", OPERATOR), 404)
                .getString("message"))
        .contains("987654321");
  }

  /** Returns the id of an execution of the job in this status, or -1 when there is none. */
  private long executionIn(String jobName, String batchStatus) {
    for (JsonValue value : job(jobName).getJsonArray("executions")) {
      JsonObject execution = value.asJsonObject();
      if (execution.getString("batchStatus").equals(batchStatus)) {
        return execution.getJsonNumber("executionId").longValue();
      }
    }
    return -1;
  }

  private String status(String jobName, long executionId) {
    return execution(jobName, executionId).map(e -> e.getString("batchStatus")).orElse("UNKNOWN");
  }

  private Optional<JsonObject> execution(String jobName, long executionId) {
    return job(jobName).getJsonArray("executions").stream()
        .map(JsonValue::asJsonObject)
        .filter(e -> e.getJsonNumber("executionId").longValue() == executionId)
        .findFirst();
  }

  private JsonObject job(String jobName) {
    JsonObject jobs = json(http.get("omnibox/api/jobs?limit=20", OPERATOR), 200);
    return jobs.getJsonArray("jobs").stream()
        .map(JsonValue::asJsonObject)
        .filter(j -> j.getString("jobName").equals(jobName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("job " + jobName + " missing from " + jobs));
  }
}
