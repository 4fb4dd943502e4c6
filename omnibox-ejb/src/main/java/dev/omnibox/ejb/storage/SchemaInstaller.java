package dev.omnibox.ejb.storage;

import dev.omnibox.ejb.storage.jdbc.StorageSession;
import dev.omnibox.ejb.storage.sql.DatabaseKind;
import dev.omnibox.ejb.storage.sql.SqlDialect;
import dev.omnibox.ejb.storage.sql.SqlScript;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;

/**
 * Creates the omnibox tables from the shipped DDL file of the database, when they are missing.
 * omnibox never calls it on its own: applications that want automatic schema creation switch it on
 * ({@link StorageOptions#createSchema()}), and the others run the DDL with Flyway, Liquibase or by
 * hand.
 */
public final class SchemaInstaller {

  private final StorageSession session;
  private final boolean partitioned;

  /**
   * @param session where to run the DDL
   * @param partitioned on PostgreSQL, whether to create the range-partitioned variant
   */
  public SchemaInstaller(StorageSession session, boolean partitioned) {
    this.session = Objects.requireNonNull(session, "session must not be null");
    this.partitioned = partitioned;
  }

  /**
   * Runs the DDL file unless a table named {@code outbox_events} is visible already.
   *
   * @return whether the schema was created
   */
  public boolean installIfMissing() {
    return session.inTransaction("install schema", this::installIfMissing);
  }

  private boolean installIfMissing(Connection connection) throws SQLException {
    DatabaseKind kind = SqlDialect.detect(connection).kind();
    String resource =
        partitioned && kind == DatabaseKind.POSTGRESQL
            ? DatabaseKind.partitionedPostgresqlResource()
            : kind.schemaResource();
    if (tableExists(connection, "outbox_events")) {
      StorageLogger.LOG.schemaPresent(resource);
      return false;
    }
    SqlScript script = SqlScript.load(SchemaInstaller.class.getClassLoader(), resource);
    try (Statement statement = connection.createStatement()) {
      for (String sql : script.statements()) {
        statement.execute(sql);
      }
    }
    StorageLogger.LOG.schemaCreated(resource);
    return true;
  }

  private static boolean tableExists(Connection connection, String table) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    String catalog = connection.getCatalog();
    String schema = connection.getSchema();
    for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
      try (ResultSet tables =
          metaData.getTables(catalog, schema, name, new String[] {"TABLE", "PARTITIONED TABLE"})) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
