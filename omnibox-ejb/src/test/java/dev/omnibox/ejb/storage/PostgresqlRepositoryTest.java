package dev.omnibox.ejb.storage;

import dev.omnibox.ejb.storage.testing.DatabaseFixture;

class PostgresqlRepositoryTest extends RepositoryContractTest {
  @Override
  DatabaseFixture createFixture() {
    return DatabaseFixture.postgresql();
  }
}
