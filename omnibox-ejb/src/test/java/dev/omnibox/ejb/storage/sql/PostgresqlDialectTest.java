package dev.omnibox.ejb.storage.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostgresqlDialectTest {

  @Test
  void advisoryLockKey_pinnedValue() {
    // FNV-1a 64 of the bytes "OUTBOX", 0x00, "order-42". Servers of different versions share the
    // locks, so the value must never change.
    assertThat(PostgresqlDialect.advisoryLockKey("OUTBOX", "order-42"))
        .isEqualTo(1204574784390227401L);
  }

  @Test
  void advisoryLockKey_separatesScopeAndKey() {
    long key = PostgresqlDialect.advisoryLockKey("INBOX:billing", "order-42");

    assertThat(PostgresqlDialect.advisoryLockKey("INBOX:shipping", "order-42")).isNotEqualTo(key);
    assertThat(PostgresqlDialect.advisoryLockKey("INBOX:billing", "order-43")).isNotEqualTo(key);
    assertThat(PostgresqlDialect.advisoryLockKey("INBOX:billingorder-4", "2")).isNotEqualTo(key);
  }
}
