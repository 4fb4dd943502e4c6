package dev.omnibox.ejb.outbox;

import jakarta.transaction.Status;

/** Names of the {@link Status} constants, for messages. */
final class TransactionStatusNames {

  private TransactionStatusNames() {}

  static String nameOf(int status) {
    return switch (status) {
      case Status.STATUS_ACTIVE -> "ACTIVE";
      case Status.STATUS_MARKED_ROLLBACK -> "MARKED_ROLLBACK";
      case Status.STATUS_PREPARED -> "PREPARED";
      case Status.STATUS_COMMITTED -> "COMMITTED";
      case Status.STATUS_ROLLEDBACK -> "ROLLEDBACK";
      case Status.STATUS_UNKNOWN -> "UNKNOWN";
      case Status.STATUS_NO_TRANSACTION -> "NO_TRANSACTION";
      case Status.STATUS_PREPARING -> "PREPARING";
      case Status.STATUS_COMMITTING -> "COMMITTING";
      case Status.STATUS_ROLLING_BACK -> "ROLLING_BACK";
      default -> "status code " + status;
    };
  }
}
