package dev.omnibox.ejb.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.ejb.storage.sql.DatabaseKind;
import dev.omnibox.ejb.storage.sql.SqlScript;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

  @Test
  void split_skipsQuotedSemicolons() {
    String text =
        "-- a comment; with a semicolon\n"
            + "CREATE TABLE a (b VARCHAR(10) DEFAULT ';');\n"
            + "/* block; comment */ INSERT INTO a VALUES ('x;y');\n"
            + "CREATE FUNCTION f() RETURNS INT LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END; $$;\n"
            + "-- only a comment\n";

    assertThat(SqlScript.parse(text).statements())
        .containsExactly(
            "-- a comment; with a semicolon\nCREATE TABLE a (b VARCHAR(10) DEFAULT ';')",
            "/* block; comment */ INSERT INTO a VALUES ('x;y')",
            "CREATE FUNCTION f() RETURNS INT LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END; $$");
  }

  @Test
  void shippedScripts_parseIntoStatements() {
    for (DatabaseKind kind : DatabaseKind.values()) {
      assertThat(SqlScript.load(getClass().getClassLoader(), kind.schemaResource()).statements())
          .as(kind.name())
          .hasSizeGreaterThan(10);
    }
  }
}
