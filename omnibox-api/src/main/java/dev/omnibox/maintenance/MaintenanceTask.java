package dev.omnibox.maintenance;

/** One kind of housekeeping that {@link MaintenanceService} runs on each repository. */
public enum MaintenanceTask {

  /** Clears leases older than the stale lock TTL, so other workers can claim the events again. */
  RELEASE_STALE_LOCKS,

  /** Deletes COMPLETED events that completed before the retention cutoff. */
  DELETE_COMPLETED
}
