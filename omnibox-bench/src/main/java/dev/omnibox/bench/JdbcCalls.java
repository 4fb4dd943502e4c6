package dev.omnibox.bench;

/**
 * The JDBC calls one worker made per batch of claim and complete, averaged over a probe.
 *
 * @param statements executed statements
 * @param transactionEnds commits and rollbacks
 * @param autoCommitSwitches calls of {@code setAutoCommit}, a round trip on some drivers
 */
record JdbcCalls(double statements, double transactionEnds, double autoCommitSwitches) {}
