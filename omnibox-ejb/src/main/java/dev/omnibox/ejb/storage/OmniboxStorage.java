package dev.omnibox.ejb.storage;

import dev.omnibox.ejb.storage.jdbc.StorageSession;
import jakarta.persistence.EntityManager;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The repositories of one database, sharing a session and options. When {@link
 * StorageOptions#createSchema()} is on, the constructor creates missing tables from the shipped
 * DDL; it is off by default.
 */
public final class OmniboxStorage {

  private final JpaOutboxRepository outbox;
  private final JpaInboxRepository inbox;
  private final JpaDeadLetterStore deadLetters;

  public OmniboxStorage(StorageSession session, StorageOptions options) {
    Objects.requireNonNull(session, "session must not be null");
    Objects.requireNonNull(options, "options must not be null");
    if (options.createSchema()) {
      new SchemaInstaller(session, options.partitioned()).installIfMissing();
    }
    this.outbox = new JpaOutboxRepository(session, options);
    this.inbox = new JpaInboxRepository(session, options);
    this.deadLetters = new JpaDeadLetterStore(session, options);
  }

  /**
   * Returns the storage over a data source, for example for a benchmark or a plain Java service.
   */
  public static OmniboxStorage over(DataSource dataSource, StorageOptions options) {
    return new OmniboxStorage(StorageSession.of(dataSource), options);
  }

  /** Returns the storage in the transactions of a JPA entity manager. */
  public static OmniboxStorage over(EntityManager entityManager, StorageOptions options) {
    return new OmniboxStorage(StorageSession.of(entityManager), options);
  }

  public JpaOutboxRepository outbox() {
    return outbox;
  }

  public JpaInboxRepository inbox() {
    return inbox;
  }

  public JpaDeadLetterStore deadLetters() {
    return deadLetters;
  }
}
