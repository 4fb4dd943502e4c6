package dev.omnibox.pipeline;

/**
 * Whether events of the same partition key are processed in the order they were stored.
 *
 * @param enabled hold back an event while an earlier event of its key is not done
 * @param failedBlocksKey keep holding back later events of a key behind a FAILED event, until an
 *     operator requeues or removes it
 * @since 0.1
 */
public record PerKeyOrdering(boolean enabled, boolean failedBlocksKey) {

  /** No ordering: events are taken oldest first, whatever their key. */
  public static final PerKeyOrdering NONE = new PerKeyOrdering(false, false);

  public PerKeyOrdering {
    if (failedBlocksKey && !enabled) {
      throw new IllegalArgumentException(
          "failedBlocksKey=true needs enabled=true, because only ordered fetches hold keys back");
    }
  }

  /** Ordering where a FAILED event blocks its key when {@code failedBlocksKey} is true. */
  public static PerKeyOrdering ordered(boolean failedBlocksKey) {
    return new PerKeyOrdering(true, failedBlocksKey);
  }
}
