package dev.omnibox.ejb.storage;

import dev.omnibox.ejb.storage.testing.DatabaseFixture;

class H2RepositoryTest extends RepositoryContractTest {
  @Override
  DatabaseFixture createFixture() {
    return DatabaseFixture.h2("repository");
  }
}
