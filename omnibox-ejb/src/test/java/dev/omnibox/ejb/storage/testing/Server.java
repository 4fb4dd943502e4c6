package dev.omnibox.ejb.storage.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * Where a PostgreSQL or MariaDB server for the tests was found, or why none was. {@link #require()}
 * turns a missing server into a skipped test or, in CI, a failed one.
 */
final class Server {

  private final String url;
  private final String user;
  private final String password;
  private final String problem;

  private Server(String url, String user, String password, String problem) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.problem = problem;
  }

  static Server locate(String name, String defaultUrl, String defaultUser, String defaultPassword) {
    String prefix = "omnibox.test." + name + ".";
    String configuredUrl = System.getProperty(prefix + "url");
    String user = System.getProperty(prefix + "user", defaultUser);
    String password = System.getProperty(prefix + "password", defaultPassword);
    String url = configuredUrl != null ? configuredUrl : defaultUrl;
    if (EmbeddedServers.requested(name)) {
      return embedded(name);
    }

    SQLException failure = tryConnect(url, user, password);
    if (failure == null) {
      return new Server(url, user, password, null);
    }
    if (configuredUrl != null) {
      throw new IllegalStateException(
          "The " + name + " database at " + url + " (set by " + prefix + "url) is unreachable",
          failure);
    }
    if (Containers.dockerAvailable()) {
      return Containers.start(name);
    }
    String unreachable =
        "The " + name + " database at " + url + " is unreachable (" + failure.getMessage() + ")";
    if (databasesRequired()) {
      // CI starts its own services; a missing one is a broken set-up, not a reason to swap it.
      return new Server(
          url, user, password, unreachable + " and Docker is not running; set " + prefix + "url");
    }
    try {
      return embedded(name);
    } catch (RuntimeException e) {
      return new Server(
          url,
          user,
          password,
          unreachable
              + ", Docker is not running and the embedded server failed ("
              + e.getMessage()
              + "); set "
              + prefix
              + "url to a running server");
    }
  }

  private static Server embedded(String name) {
    EmbeddedServers.Endpoint endpoint =
        name.equals("postgresql") ? EmbeddedServers.postgresql() : EmbeddedServers.mariadb();
    return new Server(endpoint.url(), endpoint.user(), endpoint.password(), null);
  }

  static Server of(String url, String user, String password) {
    return new Server(url, user, password, null);
  }

  /** Returns this server, or aborts the test (skip), or fails it when databases are required. */
  Server require() {
    if (problem == null) {
      return this;
    }
    if (databasesRequired()) {
      throw new IllegalStateException(
          problem + ". Databases are required here (CI=true or omnibox.test.requireDatabases)");
    }
    Assumptions.abort(problem);
    return this;
  }

  String url() {
    return url;
  }

  String user() {
    return user;
  }

  String password() {
    return password;
  }

  /** Returns a data source on the server's own database, for creating the test schema. */
  DataSource dataSource() {
    return new DriverManagerDataSource(url, user, password);
  }

  static boolean databasesRequired() {
    return "true".equalsIgnoreCase(System.getenv("CI"))
        || Boolean.getBoolean("omnibox.test.requireDatabases");
  }

  private static SQLException tryConnect(String url, String user, String password) {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    DriverManager.setLoginTimeout(5);
    try (Connection ignored = DriverManager.getConnection(url, properties)) {
      return null;
    } catch (SQLException e) {
      return e;
    }
  }
}
