/**
 * The end-to-end benchmark on WildFly with PostgreSQL and the embedded Artemis: write overhead,
 * relay throughput, inbox throughput, commit-to-publish latency, and relay throughput with history
 * rows. The {@code benchmark} profile of arquillian-tests runs the {@code *Benchmark} classes; the
 * default build does not. They check correctness (every event published once, counts match) and
 * record times in a Markdown report, but assert no time. See docs/benchmarks.md.
 */
package dev.omnibox.it.bench;
