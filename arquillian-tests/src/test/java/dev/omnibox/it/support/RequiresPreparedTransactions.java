package dev.omnibox.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Skips the annotated test or test class when the test PostgreSQL database has {@code
 * max_prepared_transactions = 0}. PostgreSQL then rejects {@code PREPARE TRANSACTION}, so a JTA
 * transaction that spans the XA datasource and another XA resource, such as {@code java:/JmsXA},
 * cannot commit.
 *
 * <p>Use this instead of an assumption inside the test: Arquillian 1.10.2 reports a failed
 * in-container assumption as an error, not as a skipped test.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PreparedTransactionsCondition.class)
public @interface RequiresPreparedTransactions {}
