package dev.omnibox.ejb.storage.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The statements of a SQL script, split at semicolons that stand outside string literals, quoted
 * identifiers, comments and PostgreSQL dollar-quoted bodies. Comments are kept inside the statement
 * they precede; statements that hold only comments are dropped.
 */
public final class SqlScript {

  private final List<String> statements;

  private SqlScript(List<String> statements) {
    this.statements = List.copyOf(statements);
  }

  /** Parses script text. */
  public static SqlScript parse(String text) {
    Objects.requireNonNull(text, "text must not be null");
    return new SqlScript(new Splitter(text).split());
  }

  /** Loads and parses a UTF-8 script from the class path. */
  public static SqlScript load(ClassLoader loader, String resource) {
    Objects.requireNonNull(loader, "loader must not be null");
    Objects.requireNonNull(resource, "resource must not be null");
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "SQL script " + resource + " not found on the class path of " + loader);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Failed to read SQL script " + resource, e);
    }
  }

  /** Returns the statements in script order, without their closing semicolons. */
  public List<String> statements() {
    return statements;
  }

  private static final class Splitter {
    private final String text;
    private final List<String> result = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int pos;

    Splitter(String text) {
      this.text = text;
    }

    List<String> split() {
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (c == ';') {
          finishStatement();
          pos++;
        } else if (c == '\'' || c == '"' || c == '`') {
          copyUntil(String.valueOf(c), 1);
        } else if (text.startsWith("--", pos)) {
          copyUntil("\n", 2);
        } else if (text.startsWith("/*", pos)) {
          copyUntil("*/", 2);
        } else if (c == '$' && dollarTag() != null) {
          String tag = dollarTag();
          copyUntil(tag, tag.length());
        } else {
          current.append(c);
          pos++;
        }
      }
      finishStatement();
      return result;
    }

    /** Copies from pos through the next occurrence of end found after skipping the opener. */
    private void copyUntil(String end, int openerLength) {
      int close = text.indexOf(end, pos + openerLength);
      int stop = close < 0 ? text.length() : close + end.length();
      current.append(text, pos, stop);
      pos = stop;
    }

    private String dollarTag() {
      int i = pos + 1;
      while (i < text.length()
          && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
        i++;
      }
      return i < text.length() && text.charAt(i) == '$' ? text.substring(pos, i + 1) : null;
    }

    private void finishStatement() {
      String statement = current.toString().strip();
      current.setLength(0);
      if (!onlyComments(statement)) {
        result.add(statement);
      }
    }

    private static boolean onlyComments(String statement) {
      for (String line : statement.split("\n")) {
        String stripped = line.strip();
        if (!stripped.isEmpty() && !stripped.startsWith("--")) {
          return false;
        }
      }
      return true;
    }
  }
}
