/**
 * The processing pipeline: fetches a batch of claimed events, runs each through a chain of {@link
 * dev.omnibox.pipeline.ProcessingStep}s ending in the handler, and commits the outcomes.
 *
 * <p>{@link dev.omnibox.pipeline.EventBatchProcessor}, {@link
 * dev.omnibox.pipeline.EventProcessorBuilder}, {@link dev.omnibox.pipeline.Processors} and the
 * types they take are the stable API since 0.1. Package-private classes may change at any time.
 */
package dev.omnibox.pipeline;
