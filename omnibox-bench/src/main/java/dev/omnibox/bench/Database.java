package dev.omnibox.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A database the benchmark measures, with its default URL and its SQL. */
public enum Database {
  POSTGRESQL(
      "postgresql", "jdbc:postgresql://127.0.0.1:5432/%s?user=postgres", new PostgresDialect()),
  MARIADB("mariadb", "jdbc:mariadb://127.0.0.1:3306/%s?user=root", new MariaDbDialect()),
  H2("h2", "jdbc:h2:mem:%s;DB_CLOSE_DELAY=-1", new H2Dialect());

  private final String optionName;
  private final String urlPattern;
  private final SqlDialect dialect;

  Database(String optionName, String urlPattern, SqlDialect dialect) {
    this.optionName = optionName;
    this.urlPattern = urlPattern;
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

  /** Returns the URL of the local database {@code omnibox_bench}, whose table stays empty. */
  public String defaultUrl() {
    return urlPattern.formatted("omnibox_bench");
  }

  /** Returns the URL of the local database {@code omnibox_bench_history}, which gets history. */
  public String defaultHistoryUrl() {
    return urlPattern.formatted("omnibox_bench_history");
  }

  SqlDialect dialect() {
    return dialect;
  }

  private static String names() {
    return Arrays.stream(values()).map(Database::optionName).collect(Collectors.joining(", "));
  }
}
