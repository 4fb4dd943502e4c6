package dev.omnibox.it.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.it.support.Deployments;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** JTA transactions commit and roll back writes through both PostgreSQL datasources. */
@ExtendWith(ArquillianExtension.class)
class TransactionWiringIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.webArchive("transaction-wiring").addClass(WiringRows.class);
  }

  @Inject UserTransaction transaction;

  @Inject WiringRows rows;

  private String marker;

  @BeforeEach
  void setUp() {
    rows.createTable();
    marker = UUID.randomUUID().toString();
  }

  @Test
  void datasourcesReachPostgresql() {
    assertThat(rows.databaseProductNames()).containsExactly("PostgreSQL", "PostgreSQL");
  }

  @Test
  void commitWritesRow() throws Exception {
    transaction.begin();
    rows.insert(marker);
    transaction.commit();

    assertThat(rows.count(marker)).isEqualTo(1);
  }

  @Test
  void rollbackLeavesNoRow() throws Exception {
    transaction.begin();
    rows.insert(marker);
    transaction.rollback();

    assertThat(rows.count(marker)).isZero();
  }

  @Test
  void xaCommitWritesRow() throws Exception {
    transaction.begin();
    rows.insertXa(marker);
    transaction.commit();

    assertThat(rows.count(marker)).isEqualTo(1);
  }

  @Test
  void xaRollbackLeavesNoRow() throws Exception {
    transaction.begin();
    rows.insertXa(marker);
    transaction.rollback();

    assertThat(rows.count(marker)).isZero();
  }

  @Test
  void mandatoryWithoutTransactionFails() {
    assertThatThrownBy(() -> rows.insertInCallerTransaction(marker))
        .isInstanceOf(TransactionalException.class);

    assertThat(rows.count(marker)).isZero();
  }

  @Test
  void mandatoryJoinsCallerRollback() throws Exception {
    transaction.begin();
    rows.insertInCallerTransaction(marker);
    transaction.rollback();

    assertThat(rows.count(marker)).isZero();
  }
}
