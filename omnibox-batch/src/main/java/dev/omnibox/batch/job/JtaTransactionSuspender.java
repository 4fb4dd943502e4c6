package dev.omnibox.batch.job;

import static dev.omnibox.batch.job.JobLogger.LOG;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Runs the sends of one chunk in one JTA transaction of their own, beside the chunk's transaction,
 * and commits it when the chunk calls {@link #commitSuspendedWork()}. The broker then writes its
 * journal once per chunk. A persistent send outside any transaction waits for a journal write of
 * its own, and that limited a relay partition to a few hundred events per second
 * (docs/benchmarks.md).
 *
 * <p>Suspending and resuming need the server's {@link TransactionManager}, which Jakarta EE does
 * not name in JNDI. This class looks it up under the names WildFly ({@code
 * java:/TransactionManager}, {@code java:jboss/TransactionManager}) and Payara ({@code
 * java:appserver/TransactionManager}) use. Without one, each send runs alone with the chunk's
 * transaction suspended by the {@code NOT_SUPPORTED} interceptor.
 *
 * <p>The send transaction of a chunk that rolled back before its writer ran is rolled back when the
 * same thread sends for its next chunk. NOTE: after the last chunk of a failed step it stays open
 * until the transaction manager's timeout rolls it back.
 */
@ApplicationScoped
public class JtaTransactionSuspender implements TransactionSuspender {

  private static final List<String> TRANSACTION_MANAGER_NAMES =
      List.of(
          "java:/TransactionManager",
          "java:jboss/TransactionManager",
          "java:appserver/TransactionManager");

  /** The send transaction of the chunk whose transaction is {@code chunk}, per thread. */
  private record SendScope(Transaction chunk, Transaction send) {}

  private final ThreadLocal<SendScope> scopes = new ThreadLocal<>();

  @Inject NotSupportedRunner notSupported;

  private volatile Optional<TransactionManager> manager;

  @Override
  public void runSuspended(Runnable work) {
    Optional<TransactionManager> found = transactionManager();
    if (found.isEmpty()) {
      notSupported.run(work);
      return;
    }
    TransactionManager tm = found.get();
    Transaction chunk = suspend(tm);
    try {
      resumeOrBeginSend(tm, chunk);
      try {
        work.run();
      } finally {
        suspend(tm);
      }
    } finally {
      resume(tm, chunk);
    }
  }

  @Override
  public void commitSuspendedWork() {
    SendScope scope = scopes.get();
    if (scope == null) {
      return;
    }
    scopes.remove();
    TransactionManager tm = transactionManager().orElseThrow();
    Transaction chunk = suspend(tm);
    try {
      if (!Objects.equals(scope.chunk(), chunk)) {
        rollBack(tm, scope.send());
        throw new IllegalStateException(
            "The sends of this chunk ran in a transaction of another chunk and were rolled back;"
                + " the chunk rolls back and its events are sent again");
      }
      resume(tm, scope.send());
      tm.commit();
    } catch (IllegalStateException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(
          "The transaction of this chunk's sends failed to commit, so the broker did not accept"
              + " them; the chunk rolls back and its events are sent again",
          e);
    } finally {
      resume(tm, chunk);
    }
  }

  /**
   * Resumes the send transaction of {@code chunk}, or begins one. A send transaction of an earlier
   * chunk that never reached its writer is rolled back first.
   */
  private void resumeOrBeginSend(TransactionManager tm, Transaction chunk) {
    SendScope scope = scopes.get();
    if (scope != null && Objects.equals(scope.chunk(), chunk)) {
      resume(tm, scope.send());
      return;
    }
    if (scope != null) {
      scopes.remove();
      rollBack(tm, scope.send());
    }
    try {
      tm.begin();
      scopes.set(new SendScope(chunk, tm.getTransaction()));
    } catch (Exception e) {
      throw new IllegalStateException("Failed to begin the transaction of the chunk's sends", e);
    }
  }

  private static void rollBack(TransactionManager tm, Transaction send) {
    try {
      resume(tm, send);
      tm.rollback();
    } catch (Exception e) {
      LOG.sendTransactionRollbackFailed(e);
    }
  }

  private static Transaction suspend(TransactionManager tm) {
    try {
      return tm.suspend();
    } catch (Exception e) {
      throw new IllegalStateException("Failed to suspend the transaction", e);
    }
  }

  private static void resume(TransactionManager tm, Transaction transaction) {
    if (transaction == null) {
      return;
    }
    try {
      tm.resume(transaction);
    } catch (Exception e) {
      throw new IllegalStateException("Failed to resume the transaction", e);
    }
  }

  private Optional<TransactionManager> transactionManager() {
    Optional<TransactionManager> found = manager;
    if (found == null) {
      found = lookUp();
      manager = found;
    }
    return found;
  }

  private static Optional<TransactionManager> lookUp() {
    for (String name : TRANSACTION_MANAGER_NAMES) {
      try {
        Object bound = new InitialContext().lookup(name);
        if (bound instanceof TransactionManager tm) {
          return Optional.of(tm);
        }
      } catch (NamingException e) {
        // Not bound under this name on this server; try the next.
      }
    }
    LOG.noTransactionManager(TRANSACTION_MANAGER_NAMES);
    return Optional.empty();
  }
}
