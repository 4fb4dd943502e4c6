package dev.omnibox.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DDL script split into statements: {@code --} comments are dropped and statements end at a
 * semicolon outside quotes. Dollar-quoted bodies are not supported.
 *
 * @param statements the statements in script order, without their semicolons
 */
record SqlScript(List<String> statements) {

  private static final Pattern CREATE_TABLE =
      Pattern.compile(
          "^CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)", Pattern.CASE_INSENSITIVE);

  SqlScript {
    statements = List.copyOf(statements);
  }

  /**
   * Reads a script from the classpath.
   *
   * @throws IllegalStateException when the resource is missing
   */
  static SqlScript fromResource(String resource) {
    try (InputStream in = SqlScript.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "SQL script " + resource + " is not on the classpath; rebuild the benchmark jar");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Failed to read SQL script " + resource, e);
    }
  }

  static SqlScript parse(String text) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!quoted && c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-') {
        i = endOfLine(text, i) - 1;
      } else if (!quoted && c == ';') {
        addIfNotBlank(statements, current);
        current.setLength(0);
      } else {
        quoted ^= c == '\'';
        current.append(c);
      }
    }
    addIfNotBlank(statements, current);
    return new SqlScript(statements);
  }

  /** Returns the tables the script creates, in creation order. */
  List<String> createdTables() {
    List<String> tables = new ArrayList<>();
    for (String statement : statements) {
      Matcher matcher = CREATE_TABLE.matcher(statement);
      if (matcher.find()) {
        tables.add(matcher.group(1).toLowerCase(Locale.ROOT));
      }
    }
    return tables;
  }

  private static int endOfLine(String text, int from) {
    int newline = text.indexOf('\n', from);
    return newline < 0 ? text.length() : newline;
  }

  private static void addIfNotBlank(List<String> statements, StringBuilder statement) {
    String trimmed = statement.toString().strip();
    if (!trimmed.isEmpty()) {
      statements.add(trimmed);
    }
  }
}
