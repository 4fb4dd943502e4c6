/**
 * Retry policy: the {@link dev.omnibox.retry.Backoff} that spaces attempts and the {@link
 * dev.omnibox.retry.ErrorClassifier} that decides whether a failure counts as an attempt.
 *
 * <p>Stable API.
 */
package dev.omnibox.retry;
