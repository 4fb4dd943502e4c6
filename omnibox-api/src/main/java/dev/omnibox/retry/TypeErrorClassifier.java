package dev.omnibox.retry;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/** {@link ErrorClassifier} by exception type, as described there. */
final class TypeErrorClassifier implements ErrorClassifier {

  private final Map<Class<? extends Throwable>, ErrorKind> rules;

  TypeErrorClassifier(Map<Class<? extends Throwable>, ErrorKind> rules) {
    this.rules = Map.copyOf(rules);
  }

  @Override
  public ErrorKind classify(Throwable error) {
    if (error == null) {
      throw RetryLogger.LOG.argumentMissing("error");
    }
    // The identity set stops at a cause cycle, which getCause() does not rule out.
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable current = error; current != null && seen.add(current); ) {
      ErrorKind kind = ruleFor(current.getClass());
      if (kind != null) {
        return kind;
      }
      current = current.getCause();
    }
    return ErrorKind.PERMANENT;
  }

  private ErrorKind ruleFor(Class<?> type) {
    for (Class<?> current = type; current != null; current = current.getSuperclass()) {
      ErrorKind kind = rules.get(current);
      if (kind != null) {
        return kind;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "ErrorClassifier" + rules;
  }
}
