/**
 * omnibox core: the event model, payload schemas, handler results, the SPI and the processing
 * pipeline, in plain Java with no container code.
 *
 * <p>Stable API: {@code dev.omnibox}, {@code dev.omnibox.model}, {@code dev.omnibox.schema}, {@code
 * dev.omnibox.handler}, {@code dev.omnibox.retry} and {@code dev.omnibox.inbox}. Stable SPI for
 * implementers: {@code dev.omnibox.spi}. The pipeline packages may change between minor releases.
 */
package dev.omnibox;
