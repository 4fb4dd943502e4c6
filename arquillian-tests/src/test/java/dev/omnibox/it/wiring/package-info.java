/**
 * In-container tests that prove the server wiring omnibox builds on: JTA transactions over the
 * PostgreSQL datasources, the XA JMS connection factory with a queue deployed by the test, and the
 * Jakarta Batch runtime (JBeret).
 *
 * <p>Tests only, not API.
 */
package dev.omnibox.it.wiring;
