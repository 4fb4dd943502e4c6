package dev.omnibox.sample.orders;

import jakarta.validation.ConstraintViolation;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The body of a 400 response: what was wrong with the request, field by field.
 *
 * @param error a summary that names every invalid field
 * @param violations one entry per failed constraint
 */
public record InvalidRequest(String error, List<Violation> violations) {

  /**
   * One failed constraint.
   *
   * @param field the JSON field, such as {@code quantity}
   * @param message what the value must be
   * @param value the rejected value as text, or null when it was missing
   */
  public record Violation(String field, String message, String value) {}

  static InvalidRequest missingBody() {
    return new InvalidRequest(
        "the request body is missing; send the order as JSON with customer, item, quantity,"
            + " totalCents and currency",
        List.of());
  }

  static InvalidRequest unreadable(Exception e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return new InvalidRequest(
        "the request body is not a valid order in JSON: " + cause.getMessage(), List.of());
  }

  static InvalidRequest of(Set<? extends ConstraintViolation<?>> constraintViolations) {
    List<Violation> violations =
        constraintViolations.stream()
            .map(
                v ->
                    new Violation(
                        v.getPropertyPath().toString(),
                        v.getMessage(),
                        v.getInvalidValue() == null ? null : v.getInvalidValue().toString()))
            .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
            .toList();
    StringBuilder error = new StringBuilder("invalid order:");
    for (Violation violation : violations) {
      error.append(' ').append(violation.field()).append(' ').append(violation.message());
      error.append(violation.value() == null ? " (missing);" : " (was " + violation.value() + ");");
    }
    error.setLength(error.length() - 1);
    return new InvalidRequest(error.toString(), violations);
  }
}
