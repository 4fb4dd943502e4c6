/**
 * The operator admin REST API, served at {@code <context root>/omnibox/api/} by {@link
 * dev.omnibox.ejb.admin.OmniboxAdminApplication}, and the console page that uses it, shipped as
 * static files under {@code META-INF/resources/omnibox/console/}.
 *
 * <p>Every resource requires the role {@value dev.omnibox.ejb.admin.AdminAccess#ROLE}. The paths
 * and the JSON they return are stable since 0.1; the Java types of this package are internal.
 */
package dev.omnibox.ejb.admin;
