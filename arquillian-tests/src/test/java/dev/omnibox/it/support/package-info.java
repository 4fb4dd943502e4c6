/**
 * Reusable pieces of the in-container tests: JNDI names of the resources that the build adds to the
 * managed WildFly, ShrinkWrap deployment helpers, JDBC helpers and bounded polling.
 *
 * <p>Test support only, not API: it changes whenever the tests need it to.
 */
package dev.omnibox.it.support;
