/**
 * The claim-and-complete benchmark: omnibox repositories against the same SQL in plain JDBC, on
 * PostgreSQL, MariaDB and H2, with and without millions of history rows. Run by hand from {@code
 * benchmarks.jar}, never by the build. Internal: not an API, and it may change in any release.
 */
package dev.omnibox.bench;
