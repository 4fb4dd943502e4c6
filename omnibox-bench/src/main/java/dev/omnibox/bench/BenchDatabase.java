package dev.omnibox.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's own database: it recreates the omnibox tables, bulk-loads rows and prints the
 * claim plan, over one administration connection kept open for the whole run.
 */
final class BenchDatabase implements AutoCloseable {

  /** Rows per bulk insert statement, so no single transaction grows without bound. */
  private static final long LOAD_CHUNK = 100_000;

  private final Database database;
  private final String url;
  private final Connection admin;

  private BenchDatabase(Database database, String url, Connection admin) {
    this.database = database;
    this.url = url;
    this.admin = admin;
  }

  /**
   * Connects to the database at {@code url}.
   *
   * @throws IllegalStateException when the database name does not contain "bench", because the
   *     benchmark drops and recreates the omnibox tables in it
   */
  static BenchDatabase open(Database database, String url) throws SQLException {
    Connection admin = DriverManager.getConnection(url);
    String name = String.valueOf(admin.getCatalog());
    if (!name.toLowerCase(Locale.ROOT).contains("bench")) {
      admin.close();
      throw new IllegalStateException(
          "Invalid database '"
              + name
              + "' at "
              + url
              + ": the benchmark drops and recreates the omnibox tables, so the database name"
              + " must contain 'bench'. Create omnibox_bench and pass --url."
              + database.optionName()
              + "=<its JDBC URL>");
    }
    admin.setAutoCommit(true);
    return new BenchDatabase(database, url, admin);
  }

  Database database() {
    return database;
  }

  String url() {
    return url;
  }

  /** Opens a new connection for one worker. */
  Connection connect() throws SQLException {
    return DriverManager.getConnection(url);
  }

  String productVersion() throws SQLException {
    return admin.getMetaData().getDatabaseProductName()
        + " "
        + admin.getMetaData().getDatabaseProductVersion();
  }

  /** Drops the tables the schema script creates and runs the script. */
  void recreateSchema() throws SQLException {
    SqlScript script = SqlScript.fromResource(dialect().schemaResource());
    List<String> tables = new ArrayList<>(script.createdTables());
    Collections.reverse(tables);
    try (Statement statement = admin.createStatement()) {
      for (String table : tables) {
        statement.execute("DROP TABLE IF EXISTS " + table);
      }
      for (String sql : script.statements()) {
        statement.execute(sql);
      }
    }
  }

  /**
   * Inserts {@code rows} COMPLETED rows completed two to thirty days ago.
   *
   * @return false when the database's background work after the load had not finished in time
   */
  boolean loadHistory(long rows) throws SQLException {
    for (long first = 1; first <= rows; first += LOAD_CHUNK) {
      execute(dialect().insertHistory(first, Math.min(rows, first + LOAD_CHUNK - 1), rows));
    }
    return maintain();
  }

  /**
   * Deletes every row an earlier round loaded or completed, then inserts {@code rows} due rows.
   *
   * @return false when the database's background work after the change had not finished in time
   */
  boolean refillSupply(long rows) throws SQLException {
    for (String delete : dialect().deleteRoundRows()) {
      execute(delete);
    }
    for (long first = 1; first <= rows; first += LOAD_CHUNK) {
      execute(dialect().insertSupply(first, Math.min(rows, first + LOAD_CHUNK - 1)));
    }
    return maintain();
  }

  /** Returns the number of PENDING rows that no lease holds. */
  long countDue() throws SQLException {
    try (Statement statement = admin.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT COUNT(*) FROM outbox_events"
                    + " WHERE status = 'PENDING' AND locked_at IS NULL")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /**
   * Returns the plan of the raw claim query as the database prints it. The query runs (and is
   * rolled back), so the plan shows the rows it read: PostgreSQL's {@code EXPLAIN (ANALYZE,
   * BUFFERS)}, MariaDB's {@code ANALYZE} ({@code r_rows}) and H2's {@code EXPLAIN ANALYZE}.
   */
  String explainClaim(int batchSize, Duration leaseTtl) throws SQLException {
    String query =
        dialect().selectClaimable(batchSize).replace("?", Long.toString(leaseTtl.toMillis()));
    StringBuilder plan = new StringBuilder();
    admin.setAutoCommit(false);
    try (Statement statement = admin.createStatement();
        ResultSet rows = statement.executeQuery(dialect().explainPrefix() + query)) {
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        for (int column = 1; column <= columns; column++) {
          plan.append(column > 1 ? " | " : "").append(rows.getString(column));
        }
        plan.append('\n');
      }
    } finally {
      admin.rollback();
      admin.setAutoCommit(true);
    }
    return query + "\n\n" + plan;
  }

  @Override
  public void close() throws SQLException {
    admin.close();
  }

  private boolean maintain() throws SQLException {
    for (String sql : dialect().maintenance()) {
      execute(sql);
    }
    return dialect().awaitBackgroundWork(admin);
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = admin.createStatement()) {
      statement.execute(sql);
    }
  }

  private SqlDialect dialect() {
    return database.dialect();
  }
}
