package dev.omnibox.ejb.storage;

import dev.omnibox.ejb.storage.testing.DatabaseFixture;

class H2SchemaTest extends SchemaContractTest {
  @Override
  DatabaseFixture createFixture() {
    return DatabaseFixture.h2("schema");
  }
}
