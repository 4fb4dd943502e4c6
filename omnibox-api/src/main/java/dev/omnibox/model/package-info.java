/**
 * The event model: {@link dev.omnibox.model.OutboxEvent} and {@link dev.omnibox.model.InboxEvent},
 * immutable values checked against an {@link dev.omnibox.model.EventValidationPolicy} when built,
 * and {@link dev.omnibox.model.EventLifecycle}, which moves them from PENDING to COMPLETED or
 * FAILED and manages their locks.
 *
 * <p>Stable API. Messages use ids OMNIBOX001000 to OMNIBOX001099.
 */
package dev.omnibox.model;
