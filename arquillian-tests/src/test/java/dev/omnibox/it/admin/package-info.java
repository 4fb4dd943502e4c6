/**
 * The admin REST API and the operator console on WildFly, over real HTTP from the test JVM: access
 * rules, every endpoint, the repairs and the batch jobs, and the console in headless Chromium.
 */
package dev.omnibox.it.admin;
