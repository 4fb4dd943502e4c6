package dev.omnibox.ejb.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.ejb.storage.jdbc.StorageSession;
import dev.omnibox.ejb.storage.testing.DatabaseFixture;
import dev.omnibox.ejb.storage.testing.Events;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class SchemaInstallerTest {

  @Test
  void createSchemaOption_createsMissingTablesOnce() throws SQLException {
    DatabaseFixture fixture = DatabaseFixture.h2("installer");
    try (Connection c = fixture.dataSource().getConnection();
        Statement statement = c.createStatement()) {
      statement.execute("DROP ALL OBJECTS");
    }
    StorageOptions options = StorageOptions.defaults().withCreateSchema(true);

    OmniboxStorage storage = OmniboxStorage.over(fixture.dataSource(), options);
    storage.outbox().insert(Events.outbox("orders").build());

    assertThat(
            new SchemaInstaller(StorageSession.of(fixture.dataSource()), false).installIfMissing())
        .isFalse();
  }

  @Test
  void defaultOptions_leaveSchemaAlone() throws SQLException {
    DatabaseFixture fixture = DatabaseFixture.h2("no-installer");
    try (Connection c = fixture.dataSource().getConnection();
        Statement statement = c.createStatement()) {
      statement.execute("DROP ALL OBJECTS");
    }

    OmniboxStorage.over(fixture.dataSource(), StorageOptions.defaults());

    try (Connection c = fixture.dataSource().getConnection()) {
      assertThat(c.getMetaData().getTables(null, null, "OUTBOX_EVENTS", null).next()).isFalse();
    }
  }
}
