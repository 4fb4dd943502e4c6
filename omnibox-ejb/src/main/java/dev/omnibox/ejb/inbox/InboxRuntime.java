package dev.omnibox.ejb.inbox;

import dev.omnibox.retry.Backoff;
import dev.omnibox.retry.ErrorClassifier;
import dev.omnibox.schema.SchemaRegistry;
import dev.omnibox.spi.DeadLetterStore;
import dev.omnibox.spi.EnvelopeParser;
import dev.omnibox.spi.InboxRepository;
import dev.omnibox.spi.OmniboxMetrics;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The shared parts of all inbox consumers of a deployment: the handler catalog and dispatcher, the
 * schema registry, and one {@link InboxMessageFlow} per consumer.
 *
 * <p>The application provides an {@link InboxRepository} bean (from omnibox storage). It may
 * provide a {@link DeadLetterStore}, {@link OmniboxMetrics}, {@link SchemaRegistry} (to register
 * migrations), {@link Clock}, {@link Backoff} and {@link ErrorClassifier}, and defaults apply
 * otherwise. The payload records of all discovered handlers are registered in the schema registry.
 */
@ApplicationScoped
public class InboxRuntime {

  @Inject InboxExtension extension;
  @Inject BeanManager beanManager;
  @Inject InboxTransactions transactions;
  @Inject Instance<InboxRepository> repositories;
  @Inject Instance<DeadLetterStore> deadLetterStores;
  @Inject Instance<OmniboxMetrics> metricsBeans;
  @Inject Instance<SchemaRegistry> schemaRegistries;
  @Inject Instance<Clock> clocks;
  @Inject Instance<Backoff> backoffs;
  @Inject Instance<ErrorClassifier> classifiers;

  private final Map<String, InboxMessageFlow> flows = new ConcurrentHashMap<>();
  private SchemaRegistry schemas;
  private InboxDispatcher dispatcher;
  private Clock clock;

  @PostConstruct
  void start() {
    clock = optional(clocks, Clock::systemUTC);
    schemas = optional(schemaRegistries, SchemaRegistry::new);
    HandlerCatalog catalog = extension.catalog(beanManager);
    catalog.payloadRecords().forEach(schemas::register);
    for (InboxHandler handler : catalog.handlers()) {
      InboxDispatcher.LOG.handlerRegistered(
          handler.name(),
          handler.eventType(),
          handler.topic(),
          handler.version(),
          handler.consumerGroup());
    }
    dispatcher = new InboxDispatcher(catalog, schemas);
  }

  /**
   * Returns the dispatcher of the discovered handlers, for the dispatch job to use as the {@link
   * dev.omnibox.handler.EventHandler} of rows that consumers left to it or scheduled for a retry.
   */
  public InboxDispatcher dispatcher() {
    return dispatcher;
  }

  public SchemaRegistry schemas() {
    return schemas;
  }

  public JmsMessageConverter converter() {
    return new JmsMessageConverter(clock);
  }

  /**
   * Returns the flow of the consumer named in {@code settings}, created on first use with {@code
   * parser}, or with the parser of {@link ConsumerSettings#envelope()} when it is null.
   *
   * @throws IllegalStateException when no {@link InboxRepository} bean is resolvable
   */
  public InboxMessageFlow flow(ConsumerSettings settings, EnvelopeParser parser) {
    return flows.computeIfAbsent(settings.name(), name -> createFlow(settings, parser));
  }

  private InboxMessageFlow createFlow(ConsumerSettings settings, EnvelopeParser parser) {
    InboxFlowFactory factory =
        new InboxFlowFactory(
            repository(),
            deadLetterStores.isResolvable() ? deadLetterStores.get() : null,
            optional(metricsBeans, () -> OmniboxMetrics.NOOP),
            schemas,
            dispatcher,
            optional(backoffs, () -> Backoff.builder().build()),
            optional(classifiers, ErrorClassifier::defaults),
            clock,
            transactions);
    return factory.create(settings, parser);
  }

  private InboxRepository repository() {
    if (!repositories.isResolvable()) {
      throw new IllegalStateException(
          "omnibox inbox consumers need one InboxRepository bean, but "
              + (repositories.isAmbiguous() ? "several are" : "none is")
              + " resolvable; produce the JpaInboxRepository of omnibox storage with @Produces");
    }
    return repositories.get();
  }

  private static <T> T optional(Instance<T> instance, Supplier<T> fallback) {
    return instance.isResolvable() ? instance.get() : fallback.get();
  }
}
