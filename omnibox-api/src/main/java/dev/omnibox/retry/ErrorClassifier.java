package dev.omnibox.retry;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Decides whether a handling failure is {@link ErrorKind#TRANSIENT}, so it does not count as an
 * attempt, or {@link ErrorKind#PERMANENT}.
 *
 * <p>The classifier from {@link #defaults()} or {@link #builder()} works by exception type. It
 * walks the throwable and then its causes, outermost first, and the first one that has a rule
 * decides. For one throwable, the rule of its closest superclass wins, so a rule for {@code
 * SQLTransientConnectionException} beats one for {@code SQLTransientException}. A chain with no
 * rule is permanent.
 */
@FunctionalInterface
public interface ErrorClassifier {

  /** Exception types that are transient unless a builder overrides them. */
  List<Class<? extends Throwable>> DEFAULT_TRANSIENT_TYPES =
      List.of(
          ConnectException.class,
          NoRouteToHostException.class,
          SocketTimeoutException.class,
          TimeoutException.class,
          SQLTransientException.class,
          SQLRecoverableException.class);

  /**
   * Returns the kind of {@code error}.
   *
   * @throws IllegalArgumentException when {@code error} is null
   */
  ErrorKind classify(Throwable error);

  /** Returns the classifier with only the {@link #DEFAULT_TRANSIENT_TYPES} rules. */
  static ErrorClassifier defaults() {
    return builder().build();
  }

  /** Starts a builder that contains the {@link #DEFAULT_TRANSIENT_TYPES} rules. */
  static Builder builder() {
    return new Builder();
  }

  /** Rules by exception type; a later rule for the same type replaces the earlier one. */
  final class Builder {

    private final Map<Class<? extends Throwable>, ErrorKind> rules = new LinkedHashMap<>();

    private Builder() {
      DEFAULT_TRANSIENT_TYPES.forEach(this::transientType);
    }

    /** Classifies {@code type} and its subclasses as transient. */
    public Builder transientType(Class<? extends Throwable> type) {
      return rule(type, ErrorKind.TRANSIENT);
    }

    /** Classifies {@code type} and its subclasses as permanent. */
    public Builder permanentType(Class<? extends Throwable> type) {
      return rule(type, ErrorKind.PERMANENT);
    }

    /** Classifies {@code type} and its subclasses as {@code kind}. */
    public Builder rule(Class<? extends Throwable> type, ErrorKind kind) {
      if (type == null) {
        throw RetryLogger.LOG.argumentMissing("type");
      }
      if (kind == null) {
        throw RetryLogger.LOG.argumentMissing("kind");
      }
      rules.put(type, kind);
      return this;
    }

    /** Removes every rule so far, the defaults included. */
    public Builder clear() {
      rules.clear();
      return this;
    }

    /** Builds an immutable classifier; later changes to this builder do not affect it. */
    public ErrorClassifier build() {
      return new TypeErrorClassifier(rules);
    }
  }
}
