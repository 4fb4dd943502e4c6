package dev.omnibox.sample.setup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Creates the omnibox tables at deployment, outside any transaction, so that the DDL never runs
 * inside the first business transaction.
 */
@Singleton
@Startup
public class SchemaSetup {

  @Inject SampleStorage storage;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void createTables() {
    storage.storage();
  }
}
