package dev.omnibox.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class ErrorClassifierTest {

  private final ErrorClassifier defaults = ErrorClassifier.defaults();

  @Test
  void defaults_transientTypes() {
    List<Throwable> transientErrors =
        List.of(
            new ConnectException("refused"),
            new NoRouteToHostException("no route"),
            new SocketTimeoutException("read timed out"),
            new TimeoutException("timed out"),
            new SQLTransientException("transient"),
            new SQLTransientConnectionException("pool exhausted"),
            new SQLTimeoutException("statement timeout"),
            new SQLTransactionRollbackException("deadlock"),
            new SQLRecoverableException("connection lost"));

    for (Throwable error : transientErrors) {
      assertThat(defaults.classify(error))
          .as(error.getClass().getName())
          .isEqualTo(ErrorKind.TRANSIENT);
    }
  }

  @Test
  void defaults_everythingElsePermanent() {
    List<Throwable> permanentErrors =
        List.of(
            new IllegalArgumentException("bad payload"),
            new IllegalStateException("bug"),
            new SQLException("constraint violated"),
            new IOException("disk full"),
            new Exception("checked"),
            new AssertionError("error"));

    for (Throwable error : permanentErrors) {
      assertThat(defaults.classify(error))
          .as(error.getClass().getName())
          .isEqualTo(ErrorKind.PERMANENT);
    }
  }

  @Test
  void classify_walksCauseChain() {
    Throwable wrapped =
        new IllegalStateException(
            "handler failed",
            new CompletionException(new UncheckedIOException(new ConnectException("refused"))));

    assertThat(defaults.classify(wrapped)).isEqualTo(ErrorKind.TRANSIENT);
  }

  @Test
  void classify_stopsAtCauseCycle() {
    IllegalStateException first = new IllegalStateException("first");
    IllegalArgumentException second = new IllegalArgumentException("second", first);
    first.initCause(second);

    assertThat(defaults.classify(first)).isEqualTo(ErrorKind.PERMANENT);
  }

  @Test
  void override_changesDefault() {
    ErrorClassifier classifier =
        ErrorClassifier.builder().permanentType(ConnectException.class).build();

    assertThat(classifier.classify(new ConnectException("refused"))).isEqualTo(ErrorKind.PERMANENT);
    assertThat(classifier.classify(new SocketTimeoutException())).isEqualTo(ErrorKind.TRANSIENT);
  }

  @Test
  void override_mostSpecificClassWins() {
    ErrorClassifier classifier =
        ErrorClassifier.builder()
            .permanentType(SQLTimeoutException.class)
            .transientType(IllegalStateException.class)
            .permanentType(RuntimeException.class)
            .build();

    assertThat(classifier.classify(new SQLTimeoutException())).isEqualTo(ErrorKind.PERMANENT);
    assertThat(classifier.classify(new SQLTransientConnectionException()))
        .isEqualTo(ErrorKind.TRANSIENT);
    assertThat(classifier.classify(new IllegalStateException())).isEqualTo(ErrorKind.TRANSIENT);
    assertThat(classifier.classify(new IllegalArgumentException())).isEqualTo(ErrorKind.PERMANENT);
  }

  @Test
  void override_outermostRuleInChainWins() {
    ErrorClassifier classifier =
        ErrorClassifier.builder().permanentType(UncheckedIOException.class).build();
    Throwable wrapped = new UncheckedIOException(new ConnectException("refused"));

    assertThat(classifier.classify(wrapped)).isEqualTo(ErrorKind.PERMANENT);
    assertThat(defaults.classify(wrapped)).isEqualTo(ErrorKind.TRANSIENT);
  }

  @Test
  void override_customTypeTransient() {
    class RateLimitedException extends RuntimeException {
      private static final long serialVersionUID = 1L;
    }
    ErrorClassifier classifier =
        ErrorClassifier.builder().transientType(RateLimitedException.class).build();

    assertThat(classifier.classify(new RateLimitedException())).isEqualTo(ErrorKind.TRANSIENT);
    assertThat(defaults.classify(new RateLimitedException())).isEqualTo(ErrorKind.PERMANENT);
  }

  @Test
  void clear_removesDefaults() {
    ErrorClassifier classifier =
        ErrorClassifier.builder().clear().transientType(IOException.class).build();

    assertThat(classifier.classify(new TimeoutException())).isEqualTo(ErrorKind.PERMANENT);
    assertThat(classifier.classify(new ConnectException())).isEqualTo(ErrorKind.TRANSIENT);
  }

  @Test
  void build_isImmutable() {
    ErrorClassifier.Builder builder = ErrorClassifier.builder();
    ErrorClassifier built = builder.build();

    builder.permanentType(ConnectException.class).clear();

    assertThat(built.classify(new ConnectException())).isEqualTo(ErrorKind.TRANSIENT);
  }

  @Test
  void errorKind_countsAsAttempt() {
    assertThat(ErrorKind.TRANSIENT.countsAsAttempt()).isFalse();
    assertThat(ErrorKind.PERMANENT.countsAsAttempt()).isTrue();
  }

  @Test
  void classify_rejectsNull() {
    assertThatThrownBy(() -> defaults.classify(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("OMNIBOX001250:")
        .hasMessageContaining("error");
  }

  @Test
  void builder_rejectsNullRule() {
    assertThatThrownBy(() -> ErrorClassifier.builder().transientType(null))
        .hasMessageContaining("type");
    assertThatThrownBy(() -> ErrorClassifier.builder().rule(IOException.class, null))
        .hasMessageContaining("kind");
  }
}
