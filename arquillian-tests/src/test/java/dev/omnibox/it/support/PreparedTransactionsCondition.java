package dev.omnibox.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Evaluates {@link RequiresPreparedTransactions} in the test JVM, which reaches PostgreSQL with the
 * {@code omnibox.test.postgresql.*} system properties that Failsafe sets.
 *
 * <p>JUnit evaluates the condition again inside the server, where the driver is not visible to the
 * deployment. There it enables the test, because the server only runs tests that the test JVM has
 * already let through.
 */
public final class PreparedTransactionsCondition implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (insideServer()) {
      return ConditionEvaluationResult.enabled("evaluated in the test JVM before deployment");
    }
    long maxPreparedTransactions = queryMaxPreparedTransactions();
    if (maxPreparedTransactions > 0) {
      return ConditionEvaluationResult.enabled(
          "max_prepared_transactions is " + maxPreparedTransactions);
    }
    return ConditionEvaluationResult.disabled(
        "PostgreSQL's max_prepared_transactions is 0, so it rejects the PREPARE of a two-phase"
            + " commit; set it above 0 and restart PostgreSQL to run this test");
  }

  /** WildFly names the class loader of a deployment {@code deployment.<archive name>}. */
  private static boolean insideServer() {
    String loaderName = PreparedTransactionsCondition.class.getClassLoader().getName();
    return loaderName != null && loaderName.startsWith("deployment.");
  }

  private static long queryMaxPreparedTransactions() {
    String url = requiredProperty("omnibox.test.postgresql.url");
    try (Connection connection =
            DriverManager.getConnection(
                url,
                requiredProperty("omnibox.test.postgresql.user"),
                System.getProperty("omnibox.test.postgresql.password", ""));
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SHOW max_prepared_transactions")) {
      rows.next();
      return Long.parseLong(rows.getString(1));
    } catch (SQLException e) {
      throw new IllegalStateException(
          "failed to read max_prepared_transactions from " + url + ": " + e.getMessage(), e);
    }
  }

  private static String requiredProperty(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "system property " + name + " is missing; run the tests through Maven Failsafe");
    }
    return value;
  }
}
