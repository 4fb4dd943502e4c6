package dev.omnibox.ejb.storage.sql;

import java.util.Locale;
import java.util.Objects;

/** The databases omnibox ships a schema and SQL for. */
public enum DatabaseKind {
  POSTGRESQL("postgresql"),
  MARIADB("mariadb"),
  H2("h2");

  /** Class-path folder of the shipped schema scripts, one sub-folder per database. */
  public static final String SCRIPT_ROOT = "META-INF/omnibox/sql/";

  /** File name of the first schema version, in Flyway's naming. */
  public static final String SCHEMA_V1 = "V1__omnibox_schema.sql";

  private final String folder;

  DatabaseKind(String folder) {
    this.folder = folder;
  }

  /** Returns the class-path resource of this database's schema script. */
  public String schemaResource() {
    return SCRIPT_ROOT + folder + "/" + SCHEMA_V1;
  }

  /** Returns the class-path resource of the range-partitioned PostgreSQL variant. */
  public static String partitionedPostgresqlResource() {
    return SCRIPT_ROOT + "postgresql-partitioned/" + SCHEMA_V1;
  }

  /**
   * Returns the kind for a JDBC product name ({@code DatabaseMetaData.getDatabaseProductName()}).
   * MySQL maps to {@link #MARIADB}, whose SQL it shares.
   *
   * @throws IllegalArgumentException for a database omnibox has no SQL for
   */
  public static DatabaseKind fromProductName(String productName) {
    Objects.requireNonNull(productName, "productName must not be null");
    String name = productName.toLowerCase(Locale.ROOT);
    if (name.contains("postgres")) {
      return POSTGRESQL;
    }
    if (name.contains("mariadb") || name.contains("mysql")) {
      return MARIADB;
    }
    if (name.equals("h2")) {
      return H2;
    }
    throw new IllegalArgumentException(
        "Unsupported database product "
            + productName
            + ": omnibox supports PostgreSQL, MariaDB, MySQL and H2; set the dialect explicitly"
            + " only for one of these");
  }
}
