package dev.omnibox.it.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.ejb.inbox.InboxMessageListener;
import dev.omnibox.inbox.InboxConsumeService;
import dev.omnibox.it.support.Deployments;
import dev.omnibox.it.support.Poll;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inbox throughput (figure "inbox"): for each MDB pool size, the test JVM deploys one inbox
 * consumer whose delivery is inactive (jboss-ejb3.xml), has the deployment fill its queue ({@link
 * InboxFillServlet}), starts the delivery through the management API and waits until every message
 * is consumed and every distinct event has a COMPLETED inbox row. The first consumer runs with the
 * default MDB instance pool. The second has the same pool, and stores and handles in the MDB's
 * transaction ({@code ON_SUCCESS}). Before the third is deployed, the pool is set to twice its
 * size, and that consumer also has twice the default sessions. The handler only counts.
 *
 * <p>The test runs in the test JVM, which reads the database with JDBC and the server with the
 * management client, and restores the pool at the end.
 */
@ExtendWith(ArquillianExtension.class)
class InboxThroughputBenchmark {

  static final String DEFAULT_DEPLOYMENT = "bench-inbox-default";
  static final String DOUBLED_DEPLOYMENT = "bench-inbox-doubled";
  static final String ON_SUCCESS_DEPLOYMENT = "bench-inbox-on-success";
  static final String DEFAULT_QUEUE = "omniboxBenchInbox";
  static final String DOUBLED_QUEUE = "omniboxBenchInboxDoubled";
  static final String ON_SUCCESS_QUEUE = "omniboxBenchInboxOnSuccess";
  static final String DEFAULT_GROUP = "bench-default";
  static final String DOUBLED_GROUP = "bench-doubled";
  static final String ON_SUCCESS_GROUP = "bench-on-success";

  private static final String MDB_POOL = "mdb-strict-max-pool";

  private static final String DELIVERY_INACTIVE =
      "<jboss:ejb-jar xmlns:jboss=\"http://www.jboss.com/xml/ns/javaee\""
          + " xmlns=\"http://java.sun.com/xml/ns/javaee\""
          + " xmlns:d=\"urn:delivery-active:1.1\" version=\"3.1\" impl-version=\"2.0\">\n"
          + "  <assembly-descriptor>\n"
          + "    <d:delivery><ejb-name>*</ejb-name><d:active>false</d:active></d:delivery>\n"
          + "  </assembly-descriptor>\n"
          + "</jboss:ejb-jar>\n";

  /**
   * Returns a deployment without content that stays deployed, because Arquillian provides the
   * management client only while the test class has a deployed archive.
   */
  @Deployment(name = "anchor", testable = false)
  static WebArchive anchor() {
    return Deployments.webArchive("bench-inbox-anchor");
  }

  @Deployment(name = "inbox-default", managed = false, testable = false)
  static WebArchive defaultPool() {
    return deployment(DEFAULT_DEPLOYMENT, DEFAULT_QUEUE, BenchDefaultInbox.class);
  }

  @Deployment(name = "inbox-doubled", managed = false, testable = false)
  static WebArchive doubledPool() {
    return deployment(DOUBLED_DEPLOYMENT, DOUBLED_QUEUE, BenchDoubledInbox.class);
  }

  @Deployment(name = "inbox-on-success", managed = false, testable = false)
  static WebArchive onSuccess() {
    return deployment(ON_SUCCESS_DEPLOYMENT, ON_SUCCESS_QUEUE, BenchOnSuccessInbox.class);
  }

  private static WebArchive deployment(String name, String queue, Class<?> consumer) {
    WebArchive archive =
        BenchDeployments.outbox(name, false, queue)
            .addClasses(
                BenchOrderPlaced.class, BenchInboxHandler.class, consumer, InboxFillServlet.class)
            .addAsWebInfResource(new StringAsset(DELIVERY_INACTIVE), "jboss-ejb3.xml");
    Deployments.withLibraryOf(archive, InboxConsumeService.class);
    return Deployments.withLibraryOf(archive, InboxMessageListener.class);
  }

  @ArquillianResource Deployer deployer;

  @ArquillianResource ManagementClient management;

  static boolean inboxSelected() {
    return BenchSettings.selected(BenchSettings.INBOX);
  }

  @AfterAll
  static void printResults() {
    BenchReport.printResultsFile();
  }

  @Test
  @OperateOnDeployment("anchor")
  @EnabledIf("inboxSelected")
  void inboxThroughput() throws Exception {
    BenchSettings settings = BenchSettings.fromSystemProperties();
    int messages = settings.inboxMessages();
    int distinct = messages - messages / InboxFillServlet.DUPLICATE_EVERY;
    ModelNode pool =
        Operations.createAddress("subsystem", "ejb3", "strict-max-bean-instance-pool", MDB_POOL);
    ModelNode readPool = Operations.createReadResourceOperation(pool);
    readPool.get("include-runtime").set(true);
    ModelNode poolBefore = execute(readPool);
    int derived = poolBefore.get("derived-size").asInt(poolBefore.get("max-pool-size").asInt());

    Result defaultRun =
        run("inbox-default", DEFAULT_DEPLOYMENT, "BenchDefaultInbox", DEFAULT_QUEUE, DEFAULT_GROUP);
    Result onSuccessRun =
        run(
            "inbox-on-success",
            ON_SUCCESS_DEPLOYMENT,
            "BenchOnSuccessInbox",
            ON_SUCCESS_QUEUE,
            ON_SUCCESS_GROUP);

    // The pool size of an MDB is fixed when it is deployed, so the pool grows first.
    execute(Operations.createUndefineAttributeOperation(pool, "derive-size"));
    execute(Operations.createWriteAttributeOperation(pool, "max-pool-size", 2 * derived));
    Result doubledRun;
    try {
      doubledRun =
          run(
              "inbox-doubled",
              DOUBLED_DEPLOYMENT,
              "BenchDoubledInbox",
              DOUBLED_QUEUE,
              DOUBLED_GROUP);
    } finally {
      restorePool(pool, poolBefore);
    }

    BenchReport report = new BenchReport("Inbox throughput, messages/s");
    report.line(
        messages
            + " messages per queue, "
            + (messages / InboxFillServlet.DUPLICATE_EVERY)
            + " of them duplicates, filled while the MDB did not receive. Rate: messages consumed"
            + " ÷ wall time from start-delivery until every message was consumed and every distinct"
            + " event had a COMPLETED inbox row (polled every 100 ms). Handler: counts only.");
    report.line("");
    report.header(
        "MDB",
        "instance pool (read from the server)",
        "maxSession",
        "commit offset",
        "messages/s",
        "÷ default");
    report.row(
        "default",
        defaultRun.poolSize(),
        "default (15)",
        "ON_PERSIST (default)",
        BenchReport.rate(defaultRun.messagesPerSecond()),
        "1.00");
    report.row(
        "default, ON_SUCCESS",
        onSuccessRun.poolSize(),
        "default (15)",
        "ON_SUCCESS",
        BenchReport.rate(onSuccessRun.messagesPerSecond()),
        BenchReport.ratio(onSuccessRun.messagesPerSecond() / defaultRun.messagesPerSecond()));
    report.row(
        "doubled",
        doubledRun.poolSize(),
        "30",
        "ON_PERSIST (default)",
        BenchReport.rate(doubledRun.messagesPerSecond()),
        BenchReport.ratio(doubledRun.messagesPerSecond() / defaultRun.messagesPerSecond()));
    report.line("");
    report.line(BenchReport.conditions(settings));
    report.write();
  }

  /** Messages per second of one run and the MDB pool size the server reported. */
  private record Result(double messagesPerSecond, int poolSize) {}

  /** Deploys one consumer, fills its queue, starts its delivery and measures the drain. */
  private Result run(String deployment, String archive, String mdb, String queue, String group)
      throws Exception {
    int messages = BenchSettings.fromSystemProperties().inboxMessages();
    int distinct = messages - messages / InboxFillServlet.DUPLICATE_EVERY;
    deployer.deploy(deployment);
    try {
      fill(archive, queue, messages);
      double rate = drain(archive, mdb, queue, group, messages, distinct);
      return new Result(rate, mdbPoolSize(archive, mdb));
    } finally {
      deployer.undeploy(deployment);
    }
  }

  /** Asks the deployment to fill its queue and waits for the response. */
  private void fill(String archive, String queue, int messages)
      throws IOException, InterruptedException {
    URI fill =
        URI.create(
            "http://"
                + System.getProperty("omnibox.it.bind.address", "127.0.0.1")
                + ":"
                + (8080 + Integer.getInteger("omnibox.it.port.offset", 100))
                + "/"
                + archive
                + "/fill?queue="
                + queue
                + "&messages="
                + messages);
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(fill)
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .timeout(Duration.ofMinutes(30))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("fill response: " + response.body()).isEqualTo(204);
  }

  /** Starts the delivery of {@code mdb} and returns the messages/s until its queue is done. */
  private double drain(
      String archive, String mdb, String queue, String group, int messages, int distinct)
      throws SQLException {
    assertThat(queueMessageCount(archive, queue))
        .as("messages waiting in " + queue)
        .isEqualTo(messages);
    long start = System.nanoTime();
    execute(Operations.createOperation("start-delivery", mdbAddress(archive, mdb)));
    try (Connection connection = openDatabase()) {
      Poll.until(
          "every message of " + queue + " consumed",
          Duration.ofMinutes(30),
          () ->
              completedRows(connection, group) == distinct
                  && queueMessageCount(archive, queue) == 0,
          done -> done);
      double seconds = (System.nanoTime() - start) / 1e9;
      execute(Operations.createOperation("stop-delivery", mdbAddress(archive, mdb)));
      assertThat(rows(connection, group, "TRUE")).as("inbox rows of " + group).isEqualTo(distinct);
      return messages / seconds;
    }
  }

  private long completedRows(Connection connection, String group) {
    return rows(connection, group, "status = 'COMPLETED'");
  }

  private static long rows(Connection connection, String group, String condition) {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT COUNT(*) FROM inbox_events WHERE consumer_group = ? AND " + condition)) {
      statement.setString(1, group);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("failed to count the inbox rows of " + group, e);
    }
  }

  private static Connection openDatabase() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("omnibox.test.postgresql.url"),
        System.getProperty("omnibox.test.postgresql.user"),
        System.getProperty("omnibox.test.postgresql.password"));
  }

  private long queueMessageCount(String archive, String queue) {
    ModelNode address =
        Operations.createAddress(
            "deployment",
            archive + ".war",
            "subsystem",
            "messaging-activemq",
            "server",
            "default",
            "jms-queue",
            queue);
    return execute(Operations.createReadAttributeOperation(address, "message-count")).asLong();
  }

  private int mdbPoolSize(String archive, String mdb) {
    return execute(
            Operations.createReadAttributeOperation(mdbAddress(archive, mdb), "pool-max-size"))
        .asInt();
  }

  private void restorePool(ModelNode pool, ModelNode before) {
    execute(Operations.createUndefineAttributeOperation(pool, "max-pool-size"));
    if (before.hasDefined("derive-size")) {
      execute(
          Operations.createWriteAttributeOperation(
              pool, "derive-size", before.get("derive-size").asString()));
    } else {
      execute(
          Operations.createWriteAttributeOperation(
              pool, "max-pool-size", before.get("max-pool-size").asInt()));
    }
  }

  private static ModelNode mdbAddress(String archive, String mdb) {
    return Operations.createAddress(
        "deployment", archive + ".war", "subsystem", "ejb3", "message-driven-bean", mdb);
  }

  private ModelNode execute(ModelNode operation) {
    try {
      ModelNode outcome = management.getControllerClient().execute(operation);
      if (!Operations.isSuccessfulOutcome(outcome)) {
        throw new AssertionError(
            "management operation failed: "
                + Operations.getFailureDescription(outcome).asString()
                + " for "
                + operation);
      }
      return Operations.readResult(outcome);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
