package dev.omnibox.it.support;

import dev.omnibox.ejb.storage.testing.EmbeddedServers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.logging.Logger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Points the in-container tests at an embedded PostgreSQL when the configured one is unreachable,
 * so that the tests run on a machine with only a JDK and Maven.
 *
 * <p>It runs once per test JVM, before Arquillian reads {@code arquillian.xml}, and replaces the
 * system property {@code omnibox.test.postgresql.url} that the server's command line takes. It acts
 * only in the Failsafe run (where {@code omnibox.it.wildfly.home} is set). With {@code CI=true} or
 * {@code omnibox.test.requireDatabases=true} it leaves an unreachable database alone, so the tests
 * fail on it, because CI starts its own services. {@code -Domnibox.test.postgresql.embedded=true}
 * requests the embedded server even when another one is reachable.
 */
public final class EmbeddedPostgresqlListener implements LauncherSessionListener {

  private static final Logger LOG = Logger.getLogger(EmbeddedPostgresqlListener.class.getName());
  private static final String URL_PROPERTY = "omnibox.test.postgresql.url";

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String url = System.getProperty(URL_PROPERTY);
    if (System.getProperty("omnibox.it.wildfly.home") == null || url == null) {
      return;
    }
    boolean requested = EmbeddedServers.requested("postgresql");
    if (!requested && (reachable(url) || databasesRequired())) {
      return;
    }

    EmbeddedServers.Endpoint endpoint = EmbeddedServers.postgresql();
    System.setProperty(URL_PROPERTY, endpoint.url());
    System.setProperty("omnibox.test.postgresql.user", endpoint.user());
    LOG.warning(
        (requested ? "As requested, the" : "The PostgreSQL at " + url + " is unreachable, so the")
            + " in-container tests use an embedded PostgreSQL at "
            + endpoint.url());
  }

  private static boolean reachable(String url) {
    DriverManager.setLoginTimeout(5);
    try (Connection ignored =
        DriverManager.getConnection(
            url,
            System.getProperty("omnibox.test.postgresql.user", "postgres"),
            System.getProperty("omnibox.test.postgresql.password", ""))) {
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private static boolean databasesRequired() {
    return "true".equalsIgnoreCase(System.getenv("CI"))
        || Boolean.getBoolean("omnibox.test.requireDatabases");
  }
}
