/**
 * Housekeeping of the outbox and inbox tables: releasing stale leases and deleting completed rows
 * after a retention period, in bounded batches.
 *
 * <p>Stable API since 0.1: {@link dev.omnibox.maintenance.MaintenanceService}, {@link
 * dev.omnibox.maintenance.MaintenanceOptions} and the report types. Jobs and timers in the
 * container modules call {@link dev.omnibox.maintenance.MaintenanceService#run()}.
 */
package dev.omnibox.maintenance;
