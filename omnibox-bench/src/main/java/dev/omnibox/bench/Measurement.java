package dev.omnibox.bench;

/**
 * The figure of one measured round.
 *
 * @param database the database measured
 * @param historyRows the COMPLETED rows in the table besides the round's own rows
 * @param variant the implementation measured
 * @param workers the concurrent workers
 * @param round the round number, from 1
 * @param rowsPerSecond the rows claimed and completed per second
 * @param batches the claims made in the measurement window
 * @param shortClaims the claims that returned less than a full batch although due rows were left
 * @param lostLeases claimed rows the completion did not change
 */
record Measurement(
    Database database,
    long historyRows,
    Variant variant,
    int workers,
    int round,
    double rowsPerSecond,
    long batches,
    long shortClaims,
    long lostLeases) {}
