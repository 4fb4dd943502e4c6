package dev.omnibox.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Runs single SQL statements on a datasource for test set-up and checks.
 *
 * <p>Each call takes its own connection. Inside an active JTA transaction the server's datasource
 * enlists that connection, so a write commits or rolls back with the transaction.
 */
public final class Jdbc {

  private Jdbc() {}

  /** Executes an INSERT, UPDATE, DELETE or DDL statement and returns the update count. */
  public static int update(DataSource dataSource, String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection, sql, parameters)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw failed(sql, e);
    }
  }

  /** Executes a query whose first column of the first row is a number, such as a COUNT. */
  public static long queryLong(DataSource dataSource, String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      if (!rows.next()) {
        throw new IllegalStateException("query returned no row: " + sql);
      }
      return rows.getLong(1);
    } catch (SQLException e) {
      throw failed(sql, e);
    }
  }

  /** Returns the database product name the datasource connects to, for example "PostgreSQL". */
  public static String databaseProductName(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new IllegalStateException("failed to read the database metadata", e);
    }
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
      throws SQLException {
    Objects.requireNonNull(sql, "sql must not be null");
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }

  private static IllegalStateException failed(String sql, SQLException e) {
    return new IllegalStateException(
        "SQL failed (SQLState " + e.getSQLState() + "): " + sql + ": " + e.getMessage(), e);
  }
}
