package dev.omnibox.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A database the benchmark measures, with its default URL and its SQL. */
public enum Database {
  POSTGRESQL(
      "postgresql",
      "jdbc:postgresql://127.0.0.1:5432/omnibox_bench?user=postgres",
      new PostgresDialect()),
  MARIADB("mariadb", "jdbc:mariadb://127.0.0.1:3306/omnibox_bench?user=root", new MariaDbDialect()),
  H2("h2", "jdbc:h2:mem:omnibox_bench;DB_CLOSE_DELAY=-1", new H2Dialect());

  private final String optionName;
  private final String defaultUrl;
  private final SqlDialect dialect;

  Database(String optionName, String defaultUrl, SqlDialect dialect) {
    this.optionName = optionName;
    this.defaultUrl = defaultUrl;
    this.dialect = dialect;
  }

  /**
   * Returns the database named {@code name} as written in the options.
   *
   * @throws IllegalArgumentException when no database has that name
   */
  public static Database fromName(String name) {
    return Arrays.stream(values())
        .filter(database -> database.optionName.equals(name.toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Unknown database '" + name + "': use one of " + names()));
  }

  public String optionName() {
    return optionName;
  }

  public String defaultUrl() {
    return defaultUrl;
  }

  SqlDialect dialect() {
    return dialect;
  }

  private static String names() {
    return Arrays.stream(values()).map(Database::optionName).collect(Collectors.joining(", "));
  }
}
