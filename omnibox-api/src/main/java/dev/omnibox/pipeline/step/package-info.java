/**
 * Built-in processing steps: handler timeout, sibling deduplication, metrics, tracing, circuit
 * breaker and dead letters. {@link dev.omnibox.pipeline.Processors} wires them in a documented
 * order; each can also be added alone with {@link
 * dev.omnibox.pipeline.EventProcessorBuilder#addStep}.
 *
 * <p>Stable API since 0.1: the public classes and their constructors.
 */
package dev.omnibox.pipeline.step;
