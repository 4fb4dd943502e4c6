/**
 * The scheduler that starts the omnibox jobs when the application starts, restarts them when they
 * fail, and runs maintenance at a fixed interval.
 *
 * <p>Not a stable API: configure it with the settings in {@link dev.omnibox.batch.BatchSettings}.
 */
package dev.omnibox.batch.scheduler;
