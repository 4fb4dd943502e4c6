package dev.omnibox.ejb.inbox;

import dev.omnibox.envelope.JsonEnvelopeParser;
import dev.omnibox.envelope.PropertiesEnvelopeParser;
import dev.omnibox.inbox.InboxConsumeService;
import dev.omnibox.retry.Backoff;
import dev.omnibox.retry.ErrorClassifier;
import dev.omnibox.schema.SchemaRegistry;
import dev.omnibox.spi.DeadLetterStore;
import dev.omnibox.spi.EnvelopeParser;
import dev.omnibox.spi.InboxRepository;
import dev.omnibox.spi.OmniboxMetrics;
import java.time.Clock;
import java.util.Objects;

/**
 * Builds the {@link InboxMessageFlow} of a consumer from its settings and the shared collaborators,
 * without CDI, so the wiring is the same in the container and in tests.
 *
 * @param repository the inbox storage
 * @param deadLetters the dead-letter store, or null
 * @param metrics where counts go
 * @param schemas the registry that decodes payloads
 * @param dispatcher calls the handlers
 * @param backoff when a failed handler runs again, unless it asked for a time
 * @param classifier whether a handler exception uses up an attempt
 * @param clock the clock of rows, retries and dead letters
 * @param boundary runs the new transactions of the plan
 */
public record InboxFlowFactory(
    InboxRepository repository,
    DeadLetterStore deadLetters,
    OmniboxMetrics metrics,
    SchemaRegistry schemas,
    InboxDispatcher dispatcher,
    Backoff backoff,
    ErrorClassifier classifier,
    Clock clock,
    InboxTransactionBoundary boundary) {

  public InboxFlowFactory {
    Objects.requireNonNull(repository, "repository must not be null");
    Objects.requireNonNull(metrics, "metrics must not be null");
    Objects.requireNonNull(schemas, "schemas must not be null");
    Objects.requireNonNull(dispatcher, "dispatcher must not be null");
    Objects.requireNonNull(backoff, "backoff must not be null");
    Objects.requireNonNull(classifier, "classifier must not be null");
    Objects.requireNonNull(clock, "clock must not be null");
    Objects.requireNonNull(boundary, "boundary must not be null");
  }

  /**
   * Creates the flow of one consumer.
   *
   * @param parser a custom envelope parser, or null for the one {@link ConsumerSettings#envelope()}
   *     names
   * @throws IllegalArgumentException when the settings combine into no {@link TransactionPlan}
   */
  public InboxMessageFlow create(ConsumerSettings settings, EnvelopeParser parser) {
    TransactionPlan plan = TransactionPlan.of(settings);
    String workerId = "omnibox-inbox-" + settings.consumerGroup();
    EnvelopeParser checking =
        new CheckingEnvelopeParser(
            parser != null ? parser : parserOf(settings.envelope()),
            schemas,
            dispatcher.catalog(),
            settings.rejectUnknownEventTypes());

    InboxConsumeService.Builder service =
        InboxConsumeService.builder()
            .repository(repository)
            .parser(checking)
            .options(settings.options())
            .clock(clock)
            .metrics(metrics)
            .workerId(workerId)
            .backoff(backoff)
            .classifier(classifier);
    if (deadLetters != null) {
      service.deadLetters(deadLetters);
    }
    if (plan.handlers() == TransactionPlan.HandlerPlacement.MDB_TRANSACTION) {
      service.handler(dispatcher);
    }
    InlineHandling handling =
        new InlineHandling(
            new InlineHandling.Parts(
                repository,
                dispatcher,
                workerId,
                settings.options().leaseTtl(),
                backoff,
                classifier,
                clock,
                metrics,
                deadLetters));
    return new InboxMessageFlow(settings, service.build(), handling, boundary);
  }

  private static EnvelopeParser parserOf(EnvelopeFormat format) {
    return switch (format) {
      case JSON -> new JsonEnvelopeParser();
      case PROPERTIES -> PropertiesEnvelopeParser.withDefaults();
    };
  }
}
