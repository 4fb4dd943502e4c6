package dev.omnibox.ejb.storage.testing;

import dev.omnibox.ejb.storage.sql.DatabaseKind;
import dev.omnibox.ejb.storage.sql.SqlScript;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A test database with the omnibox schema created from the shipped DDL file.
 *
 * <p>H2 runs in memory. PostgreSQL and MariaDB are found in this order: the URL in the system
 * property {@code omnibox.test.postgresql.url} or {@code omnibox.test.mariadb.url} (user and
 * password in {@code omnibox.test.<db>.user} and {@code .password}); else the local default server;
 * else a Testcontainers container when Docker runs; else an {@link EmbeddedServers embedded
 * server}; else the test class is skipped. When the environment has {@code CI=true} or the system
 * property {@code omnibox.test.requireDatabases} is {@code true}, an unreachable database fails the
 * test class instead of being replaced. A URL that is set and unreachable always fails, and {@code
 * omnibox.test.<db>.embedded=true} chooses the embedded server first.
 *
 * <p>The tables live in their own PostgreSQL schema and MariaDB database (system property {@code
 * omnibox.test.schema}, default {@code omnibox_it}), which {@link #recreateSchema()} drops and
 * creates, so tests never touch other tables of the {@code test} database.
 */
public abstract class DatabaseFixture {

  private static final String SCHEMA = System.getProperty("omnibox.test.schema", "omnibox_it");
  private static final Map<DatabaseKind, Server> SERVERS = new ConcurrentHashMap<>();

  private final DatabaseKind kind;

  DatabaseFixture(DatabaseKind kind) {
    this.kind = kind;
  }

  /** Returns a fixture over a fresh in-memory H2 database of the given name. */
  public static DatabaseFixture h2(String name) {
    return new H2Fixture(name);
  }

  /** Returns the PostgreSQL fixture, or aborts or fails the calling test as described above. */
  public static DatabaseFixture postgresql() {
    Server server =
        SERVERS.computeIfAbsent(
            DatabaseKind.POSTGRESQL,
            k ->
                Server.locate(
                    "postgresql", "jdbc:postgresql://127.0.0.1:5432/test", "postgres", ""));
    return new PostgresqlFixture(server.require());
  }

  /** Returns the MariaDB fixture, or aborts or fails the calling test as described above. */
  public static DatabaseFixture mariadb() {
    Server server =
        SERVERS.computeIfAbsent(
            DatabaseKind.MARIADB,
            k -> Server.locate("mariadb", "jdbc:mariadb://127.0.0.1:3306/test", "root", ""));
    return new MariadbFixture(server.require());
  }

  public DatabaseKind kind() {
    return kind;
  }

  /** Returns a data source whose connections see the omnibox tables. */
  public abstract DataSource dataSource();

  /** Returns the JDBC URL of {@link #dataSource()}, for a JPA persistence unit. */
  public abstract String jdbcUrl();

  public abstract String user();

  public abstract String password();

  /** Drops the omnibox tables and creates them from the shipped DDL file of this database. */
  public void recreateSchema() {
    recreateSchema(kind.schemaResource());
  }

  /** Drops the omnibox tables and creates them from the given DDL resource. */
  public void recreateSchema(String ddlResource) {
    dropAndCreateContainer();
    SqlScript script = SqlScript.load(DatabaseFixture.class.getClassLoader(), ddlResource);
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : script.statements()) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Failed to run " + ddlResource + " on " + kind, e);
    }
  }

  /** Drops and creates the schema or database that contains the omnibox tables. */
  abstract void dropAndCreateContainer();

  static void execute(DataSource dataSource, List<String> statements) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Failed to run " + statements, e);
    }
  }

  private static final class H2Fixture extends DatabaseFixture {
    private final String url;
    private final JdbcDataSource dataSource = new JdbcDataSource();

    H2Fixture(String name) {
      super(DatabaseKind.H2);
      this.url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
      dataSource.setURL(url);
      dataSource.setUser("sa");
      dataSource.setPassword("");
    }

    @Override
    public DataSource dataSource() {
      return dataSource;
    }

    @Override
    public String jdbcUrl() {
      return url;
    }

    @Override
    public String user() {
      return "sa";
    }

    @Override
    public String password() {
      return "";
    }

    @Override
    void dropAndCreateContainer() {
      execute(dataSource, List.of("DROP ALL OBJECTS"));
    }
  }

  private static final class PostgresqlFixture extends DatabaseFixture {
    private final Server server;
    private final PGSimpleDataSource dataSource = new PGSimpleDataSource();

    PostgresqlFixture(Server server) {
      super(DatabaseKind.POSTGRESQL);
      this.server = server;
      dataSource.setURL(jdbcUrl());
      dataSource.setUser(server.user());
      dataSource.setPassword(server.password());
    }

    @Override
    public DataSource dataSource() {
      return dataSource;
    }

    @Override
    public String jdbcUrl() {
      return server.url() + (server.url().contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    }

    @Override
    public String user() {
      return server.user();
    }

    @Override
    public String password() {
      return server.password();
    }

    @Override
    void dropAndCreateContainer() {
      execute(
          server.dataSource(),
          List.of("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE", "CREATE SCHEMA " + SCHEMA));
    }
  }

  private static final class MariadbFixture extends DatabaseFixture {
    private final Server server;
    private final MariaDbDataSource dataSource;

    MariadbFixture(Server server) {
      super(DatabaseKind.MARIADB);
      this.server = server;
      try {
        dataSource = new MariaDbDataSource(jdbcUrl());
        dataSource.setUser(server.user());
        dataSource.setPassword(server.password());
      } catch (SQLException e) {
        throw new IllegalStateException("Invalid MariaDB URL " + jdbcUrl(), e);
      }
    }

    @Override
    public DataSource dataSource() {
      return dataSource;
    }

    @Override
    public String jdbcUrl() {
      return server.url().replaceFirst("^(jdbc:(?:mariadb|mysql)://[^/]+/)[^?]*", "$1" + SCHEMA);
    }

    @Override
    public String user() {
      return server.user();
    }

    @Override
    public String password() {
      return server.password();
    }

    @Override
    void dropAndCreateContainer() {
      execute(
          server.dataSource(),
          List.of(
              "DROP DATABASE IF EXISTS " + SCHEMA,
              "CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"));
    }
  }
}
