package dev.omnibox.batch.job;

import dev.omnibox.ejb.storage.OmniboxStorage;
import dev.omnibox.ejb.storage.StorageOptions;
import jakarta.batch.operations.JobOperator;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.jberet.operations.JobOperatorImpl;

/**
 * A fresh H2 database in memory with the omnibox schema from the shipped DDL, and a JBeret operator
 * whose chunk transactions are real transactions on it.
 */
final class H2Database {

  private static final JdbcTransactionManager TRANSACTIONS = new JdbcTransactionManager();
  private static final JobOperator OPERATOR =
      new JobOperatorImpl(new TransactionalBatchEnvironment(TRANSACTIONS));

  private final OmniboxStorage storage;

  private H2Database(OmniboxStorage storage) {
    this.storage = storage;
  }

  /** Creates the database and points the test operator and transaction state at it. */
  static H2Database create() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:batch-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    TRANSACTIONS.connectTo(h2);
    OmniboxStorage storage =
        OmniboxStorage.over(
            TRANSACTIONS.dataSource(), StorageOptions.defaults().withCreateSchema(true));
    Jobs.use(OPERATOR);
    LocalTransactionState.use(TRANSACTIONS);
    return new H2Database(storage);
  }

  /** Points the helpers back at JBeret SE's default operator and transaction manager. */
  static void release() {
    Jobs.use(null);
    LocalTransactionState.use(org.jberet.tx.LocalTransactionManager.getInstance());
  }

  OmniboxStorage storage() {
    return storage;
  }

  /** Returns connections in the running chunk's transaction, for a handler's own writes. */
  javax.sql.DataSource dataSource() {
    return TRANSACTIONS.dataSource();
  }
}
