package dev.omnibox.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlScriptTest {

  @Test
  void statements_splitOutsideQuotesWithoutComments() {
    SqlScript script =
        SqlScript.parse(
            """
            -- header; with a semicolon
            CREATE TABLE a (x VARCHAR(10) DEFAULT 'a;b'); -- trailing
            CREATE INDEX a_ix ON a (x);

            CREATE TABLE IF NOT EXISTS B (y INT)
            """);

    assertThat(script.statements())
        .containsExactly(
            "CREATE TABLE a (x VARCHAR(10) DEFAULT 'a;b')",
            "CREATE INDEX a_ix ON a (x)",
            "CREATE TABLE IF NOT EXISTS B (y INT)");
    assertThat(script.createdTables()).containsExactly("a", "b");
  }

  @Test
  void benchSchemas_createOutboxTable() {
    for (Database database : Database.values()) {
      SqlScript script = SqlScript.fromResource(database.dialect().schemaResource());

      assertThat(script.createdTables()).as(database.optionName()).contains("outbox_events");
    }
  }
}
