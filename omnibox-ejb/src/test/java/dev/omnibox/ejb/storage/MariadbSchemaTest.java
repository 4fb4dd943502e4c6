package dev.omnibox.ejb.storage;

import dev.omnibox.ejb.storage.testing.DatabaseFixture;

class MariadbSchemaTest extends SchemaContractTest {
  @Override
  DatabaseFixture createFixture() {
    return DatabaseFixture.mariadb();
  }
}
