package dev.omnibox.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Failed writes and lost leases of one batch commit; mutable while the commit runs. */
final class CommitReport {

  private final List<UUID> failedIds = new ArrayList<>();
  private Exception firstError;
  private int lostLeases;

  void failed(List<UUID> ids, Exception error) {
    failedIds.addAll(ids);
    if (firstError == null) {
      firstError = error;
    } else {
      firstError.addSuppressed(error);
    }
  }

  void lost(int count) {
    lostLeases += count;
  }

  List<UUID> failedIds() {
    return List.copyOf(failedIds);
  }

  Exception firstError() {
    return firstError;
  }

  int lostLeases() {
    return lostLeases;
  }
}
