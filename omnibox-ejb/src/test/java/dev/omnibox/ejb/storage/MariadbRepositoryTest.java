package dev.omnibox.ejb.storage;

import dev.omnibox.ejb.storage.testing.DatabaseFixture;

class MariadbRepositoryTest extends RepositoryContractTest {
  @Override
  DatabaseFixture createFixture() {
    return DatabaseFixture.mariadb();
  }
}
