package dev.omnibox.inbox;

import dev.omnibox.envelope.JsonEnvelopeParser;
import dev.omnibox.handler.EventHandler;
import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.handler.HandlerStatus;
import dev.omnibox.model.EventLifecycle;
import dev.omnibox.model.EventValidationPolicy;
import dev.omnibox.model.InboxEvent;
import dev.omnibox.model.InvalidEventException;
import dev.omnibox.retry.Backoff;
import dev.omnibox.retry.ErrorClassifier;
import dev.omnibox.retry.Jitter;
import dev.omnibox.spi.ConsumedMessage;
import dev.omnibox.spi.DeadLetter;
import dev.omnibox.spi.DeadLetterStore;
import dev.omnibox.spi.EnvelopeData;
import dev.omnibox.spi.EnvelopeParseException;
import dev.omnibox.spi.EnvelopeParser;
import dev.omnibox.spi.EventConsumer;
import dev.omnibox.spi.EventKind;
import dev.omnibox.spi.InboxRepository;
import dev.omnibox.spi.InsertResult;
import dev.omnibox.spi.OmniboxMetrics;
import jakarta.json.spi.JsonProvider;
import java.lang.invoke.MethodHandles;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Stores consumed messages in the inbox and acknowledges them, independent of any broker. A broker
 * adapter (a JMS message-driven bean, for example) turns each message into a {@link
 * ConsumedMessage} and calls {@link #consume} or {@link #process}.
 *
 * <p>Acknowledgement, by {@link AckStrategy} and {@link CommitOffsetPolicy}:
 *
 * <ul>
 *   <li>{@link AckStrategy#AT_MOST_ONCE} acknowledges before anything else. When storing then
 *       fails, the failure is logged and counted as a failed inbox attempt, and the message is lost
 *       ({@link ConsumeOutcome#LOST}); no exception is raised.
 *   <li>{@link AckStrategy#AT_LEAST_ONCE} and {@link AckStrategy#EXACTLY_ONCE_INBOX} acknowledge
 *       once the row is stored ({@link CommitOffsetPolicy#ON_PERSIST}) or once the inline handler
 *       succeeded ({@link CommitOffsetPolicy#ON_SUCCESS}). Under ON_SUCCESS, a handler that fails
 *       or requests a retry rejects the message so the broker delivers it again, unless {@link
 *       InboxConsumeOptions#commitOnHandlerFailure()} is set.
 *   <li>{@link AckStrategy#EXACTLY_ONCE_INBOX} also skips the inline handler when the repository
 *       cannot enforce the unique key and {@link InboxRepository#hasCompletedSibling} finds the
 *       message already handled.
 * </ul>
 *
 * <p>A duplicate (a row with the same message id and consumer group exists) is acknowledged,
 * counted with {@link OmniboxMetrics#duplicate} and never handled again, under every strategy.
 *
 * <p>Bad input (an {@link EnvelopeParseException}, a body over {@link
 * InboxConsumeOptions#maxPayloadBytes()}, or fields the model rejects) is acknowledged so it does
 * not loop. It is stored as a FAILED row with all attempts used under the message id when there is
 * one, or else added to the {@link DeadLetterStore}. Other errors of a custom parser are not bad
 * input: they propagate and the message is not acknowledged.
 *
 * <p>When storing fails under the other strategies, {@link InboxPersistException} is raised and the
 * message is neither acknowledged nor rejected.
 *
 * <p>Under JTA, where the acknowledgement is the transaction's commit, a rejection also rolls back
 * the inbox row and the handler's effects, so the redelivery starts afresh. Without a transaction,
 * the row of a rejected message stays with its retry scheduled, and the redelivery is acknowledged
 * as a duplicate while the dispatch job retries the row.
 *
 * <p>Instances are thread-safe when the repository, handler, metrics and dead-letter store are.
 */
public final class InboxConsumeService implements EventConsumer {

  /** The event type of a row stored for a message that could not be read. */
  public static final String BAD_INPUT_EVENT_TYPE = "omnibox.bad-input";

  /** The schema version of a row stored for a message that could not be read. */
  public static final String BAD_INPUT_SCHEMA_VERSION = "0";

  /** Header of an inbox row that contains the producer's topic. */
  public static final String HEADER_TOPIC = "omnibox-topic";

  /** Header of an inbox row that contains the producer's aggregate type. */
  public static final String HEADER_AGGREGATE_TYPE = "omnibox-aggregate-type";

  /** Header of an inbox row that contains the producer's aggregate id. */
  public static final String HEADER_AGGREGATE_ID = "omnibox-aggregate-id";

  /** Header of an inbox row that contains when the producer created the event, ISO-8601 UTC. */
  public static final String HEADER_OCCURRED_AT = "omnibox-occurred-at";

  /** The lease holder of rows that the inline handler works on, unless set. */
  public static final String DEFAULT_WORKER_ID = "omnibox-inbox-consumer";

  static final InboxLogger LOG =
      Logger.getMessageLogger(
          MethodHandles.lookup(), InboxLogger.class, InboxConsumeService.class.getPackageName());

  private final InboxRepository repository;
  private final EnvelopeParser parser;
  private final InboxConsumeOptions options;
  private final Clock clock;
  private final OmniboxMetrics metrics;
  private final DeadLetterStore deadLetters;
  private final InboxRowFactory rows;
  private final InlineHandlerRunner inlineHandler;

  private InboxConsumeService(Builder builder) {
    this.repository = builder.repository;
    this.parser = builder.parser;
    this.options = builder.options;
    this.clock = builder.clock;
    this.metrics = builder.metrics;
    this.deadLetters = builder.deadLetters;
    EventLifecycle lifecycle = new EventLifecycle(clock, builder.validationPolicy);
    this.rows = new InboxRowFactory(lifecycle, options.maxAttempts(), JsonProvider.provider());
    this.inlineHandler =
        builder.handler == null
            ? null
            : new InlineHandlerRunner(
                repository,
                builder.handler,
                builder.workerId,
                options,
                clock,
                metrics,
                deadLetters,
                builder.backoff != null ? builder.backoff : fixedBackoff(options.retryDelay()),
                builder.classifier);
  }

  /** Returns a backoff that always waits {@code delay}, for services built without one. */
  private static Backoff fixedBackoff(Duration delay) {
    return Backoff.builder().base(delay).cap(delay).multiplier(1.0).jitter(Jitter.NONE).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public InboxConsumeOptions options() {
    return options;
  }

  /**
   * Stores, and with an inline handler handles, one message, then acknowledges it.
   *
   * @throws InboxPersistException as {@link #process}
   */
  @Override
  public void consume(ConsumedMessage message) {
    process(message);
  }

  /**
   * Stores, and with an inline handler handles, one message, acknowledges or rejects it, and
   * returns what happened.
   *
   * @throws InboxPersistException when the row or the handler's result could not be stored before
   *     the acknowledgement; the message was neither acknowledged nor rejected
   */
  public ConsumeResult process(ConsumedMessage message) {
    Objects.requireNonNull(message, "message must not be null");
    AckTracker ack = new AckTracker(message.ackHandle());
    if (options.ackStrategy() == AckStrategy.AT_MOST_ONCE) {
      ack.ack();
    }

    if (exceedsMaxPayload(message.body())) {
      String reason =
          "body is larger than maxPayloadBytes of " + options.maxPayloadBytes() + " bytes";
      return badInput(message, message.messageId(), reason, false, ack);
    }
    EnvelopeData data;
    try {
      data = parser.parse(message);
    } catch (EnvelopeParseException e) {
      return badInput(message, message.messageId(), e.getMessage(), true, ack);
    }
    InboxEvent event;
    try {
      event = rows.fromEnvelope(message, data);
    } catch (InvalidEventException e) {
      return badInput(message, data.messageId(), e.getMessage(), true, ack);
    }
    return store(message, event, ack);
  }

  private ConsumeResult store(ConsumedMessage message, InboxEvent event, AckTracker ack) {
    InsertResult<InboxEvent> inserted;
    try {
      inserted = repository.insert(event);
      if (!inserted.duplicate() && isCompletedElsewhere(inserted.event())) {
        LOG.completedSibling(event.messageId(), event.consumerGroup(), event.id());
        return duplicate(inserted.event(), ack);
      }
    } catch (RuntimeException e) {
      return persistFailed(message, event.messageId(), ack, e);
    }
    if (inserted.duplicate()) {
      return duplicate(inserted.event(), ack);
    }

    InboxEvent stored = inserted.event();
    if (inlineHandler == null) {
      ack.ack();
      return result(ConsumeOutcome.STORED, ack, stored.id(), stored.messageId(), null, null);
    }
    if (options.commitOffsetPolicy() == CommitOffsetPolicy.ON_PERSIST) {
      ack.ack();
    }
    return handleInline(message, stored, ack);
  }

  private ConsumeResult handleInline(ConsumedMessage message, InboxEvent stored, AckTracker ack) {
    InlineHandlerRunner.Handled handled;
    try {
      handled = inlineHandler.handle(stored);
    } catch (RuntimeException e) {
      if (!ack.decided()) {
        throw LOG.persistFailed(e, stored.messageId(), message.source(), stored.consumerGroup());
      }
      LOG.resultNotRecorded(
          stored.id(), stored.eventType(), stored.attemptsMade() + 1, stored.messageId(), e);
      return result(
          ConsumeOutcome.RESULT_NOT_RECORDED, ack, stored.id(), stored.messageId(), null, null);
    }

    if (handled.succeeded() || options.commitOnHandlerFailure()) {
      ack.ack();
    } else {
      ack.reject();
    }
    return result(
        handled.outcome(), ack, stored.id(), stored.messageId(), handled.status(), handled.error());
  }

  private boolean isCompletedElsewhere(InboxEvent stored) {
    return options.ackStrategy() == AckStrategy.EXACTLY_ONCE_INBOX
        && !repository.capabilities().uniqueInboxKey()
        && repository.hasCompletedSibling(stored);
  }

  private ConsumeResult duplicate(InboxEvent existing, AckTracker ack) {
    metrics.duplicate(existing.consumerGroup());
    LOG.duplicate(existing.messageId(), existing.consumerGroup(), existing.id());
    ack.ack();
    return result(ConsumeOutcome.DUPLICATE, ack, existing.id(), existing.messageId(), null, null);
  }

  private ConsumeResult badInput(
      ConsumedMessage message, String messageId, String reason, boolean keepBody, AckTracker ack) {
    boolean hasId = messageId != null && !messageId.isBlank();
    String error = "message " + (hasId ? messageId : "without id") + " rejected: " + reason;
    metrics.failed(EventKind.INBOX, message.consumerGroup(), true);

    InboxEvent row = null;
    if (hasId) {
      try {
        row = rows.badInput(message, messageId, error, keepBody);
      } catch (InvalidEventException e) {
        error = error + "; the row could not be built: " + e.getMessage();
      }
    }
    if (row == null) {
      return deadLetterBadInput(message, error, keepBody, ack);
    }

    InsertResult<InboxEvent> inserted;
    try {
      inserted = repository.insert(row);
    } catch (RuntimeException e) {
      return persistFailed(message, messageId, ack, e);
    }
    if (inserted.duplicate()) {
      return duplicate(inserted.event(), ack);
    }
    LOG.badInputStored(messageId, message.source(), message.consumerGroup(), row.id(), reason);
    ack.ack();
    return result(ConsumeOutcome.REJECTED_BAD_INPUT, ack, row.id(), messageId, null, error);
  }

  private ConsumeResult deadLetterBadInput(
      ConsumedMessage message, String error, boolean keepBody, AckTracker ack) {
    if (deadLetters == null) {
      LOG.badInputDropped(message.source(), message.consumerGroup(), error);
      ack.ack();
      return result(ConsumeOutcome.DROPPED_BAD_INPUT, ack, null, null, null, error);
    }

    DeadLetter deadLetter =
        new DeadLetter(
            UUID.randomUUID(),
            EventKind.INBOX,
            null,
            null,
            message.consumerGroup(),
            null,
            keepBody ? message.body() : "",
            message.properties(),
            0,
            error,
            clock.instant());
    try {
      deadLetters.add(deadLetter);
    } catch (RuntimeException e) {
      return persistFailed(message, null, ack, e);
    }
    metrics.deadLettered(EventKind.INBOX, message.consumerGroup());
    LOG.badInputDeadLettered(message.source(), message.consumerGroup(), deadLetter.id(), error);
    ack.ack();
    return result(ConsumeOutcome.DEAD_LETTERED_BAD_INPUT, ack, null, null, null, error);
  }

  private ConsumeResult persistFailed(
      ConsumedMessage message, String messageId, AckTracker ack, RuntimeException error) {
    if (!ack.decided()) {
      throw LOG.persistFailed(error, messageId, message.source(), message.consumerGroup());
    }
    // TODO: OmniboxMetrics has no counter for lost messages; this counts a failed inbox attempt.
    metrics.failed(EventKind.INBOX, message.consumerGroup(), true);
    LOG.messageLost(messageId, message.source(), message.consumerGroup(), error);
    return result(ConsumeOutcome.LOST, ack, null, messageId, null, error.getMessage());
  }

  private boolean exceedsMaxPayload(String body) {
    return Utf8.exceeds(body, options.maxPayloadBytes());
  }

  private static ConsumeResult result(
      ConsumeOutcome outcome,
      AckTracker ack,
      UUID eventId,
      String messageId,
      HandlerStatus status,
      String error) {
    return new ConsumeResult(outcome, ack.decision(), eventId, messageId, status, error);
  }

  /** Collects the collaborators and options of {@link InboxConsumeService}. */
  public static final class Builder {

    private InboxRepository repository;
    private EnvelopeParser parser;
    private InboxConsumeOptions options = InboxConsumeOptions.defaults();
    private Clock clock = Clock.systemUTC();
    private EventValidationPolicy validationPolicy = EventValidationPolicy.defaults();
    private EventHandler<InboxEvent> handler;
    private String workerId = DEFAULT_WORKER_ID;
    private OmniboxMetrics metrics = OmniboxMetrics.NOOP;
    private DeadLetterStore deadLetters;
    private Backoff backoff;
    private ErrorClassifier classifier = ErrorClassifier.defaults();

    private Builder() {}

    /** Sets the inbox storage; required. */
    public Builder repository(InboxRepository inboxRepository) {
      this.repository = Objects.requireNonNull(inboxRepository, "repository must not be null");
      return this;
    }

    /** Sets the envelope parser; a {@link JsonEnvelopeParser} by default. */
    public Builder parser(EnvelopeParser envelopeParser) {
      this.parser = Objects.requireNonNull(envelopeParser, "parser must not be null");
      return this;
    }

    public Builder options(InboxConsumeOptions consumeOptions) {
      this.options = Objects.requireNonNull(consumeOptions, "options must not be null");
      return this;
    }

    /**
     * Sets the clock of new rows, retry times and dead letters; the system UTC clock by default.
     */
    public Builder clock(Clock newClock) {
      this.clock = Objects.requireNonNull(newClock, "clock must not be null");
      return this;
    }

    /**
     * Sets the policy that validates new rows; {@link EventValidationPolicy#defaults()} by default.
     */
    public Builder validationPolicy(EventValidationPolicy policy) {
      this.validationPolicy = Objects.requireNonNull(policy, "validationPolicy must not be null");
      return this;
    }

    /** A handler run on each new row before the acknowledgement; none by default. */
    public Builder handler(EventHandler<InboxEvent> inlineHandler) {
      this.handler = Objects.requireNonNull(inlineHandler, "handler must not be null");
      return this;
    }

    /** A handler given as a function; see {@link #handler(EventHandler)}. */
    public Builder handlerFunction(Function<InboxEvent, EventHandlerResult> function) {
      Objects.requireNonNull(function, "handler function must not be null");
      this.handler = function::apply;
      return this;
    }

    /** The lease holder of rows that the inline handler works on; {@value #DEFAULT_WORKER_ID}. */
    public Builder workerId(String id) {
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("workerId must not be blank, but was '" + id + "'");
      }
      this.workerId = id;
      return this;
    }

    public Builder metrics(OmniboxMetrics omniboxMetrics) {
      this.metrics = Objects.requireNonNull(omniboxMetrics, "metrics must not be null");
      return this;
    }

    /**
     * Sets the store for bad input without a message id and for copies of rows that the inline
     * handler failed for good. Without a store, such bad input is logged and dropped.
     */
    public Builder deadLetters(DeadLetterStore store) {
      this.deadLetters = Objects.requireNonNull(store, "deadLetters must not be null");
      return this;
    }

    /**
     * Sets when the inline handler's row is due again after an error or a retry without a time.
     * Without a backoff the row waits the fixed {@link InboxConsumeOptions#retryDelay()}.
     */
    public Builder backoff(Backoff retryBackoff) {
      this.backoff = Objects.requireNonNull(retryBackoff, "backoff must not be null");
      return this;
    }

    /**
     * Sets which errors of the inline handler use up an attempt, {@link ErrorClassifier#defaults()}
     * by default.
     */
    public Builder classifier(ErrorClassifier errorClassifier) {
      this.classifier = Objects.requireNonNull(errorClassifier, "classifier must not be null");
      return this;
    }

    /**
     * Creates the service.
     *
     * @throws IllegalStateException when no repository is set, or the options need an inline
     *     handler or contradict each other
     */
    public InboxConsumeService build() {
      if (repository == null) {
        throw new IllegalStateException("repository is required; set it with repository(...)");
      }
      if (options.commitOffsetPolicy() == CommitOffsetPolicy.ON_SUCCESS) {
        checkOnSuccess();
      }
      if (parser == null) {
        parser = new JsonEnvelopeParser();
      }
      return new InboxConsumeService(this);
    }

    private void checkOnSuccess() {
      if (options.ackStrategy() == AckStrategy.AT_MOST_ONCE) {
        throw new IllegalStateException(
            "commitOffsetPolicy ON_SUCCESS cannot apply with ackStrategy AT_MOST_ONCE, which"
                + " acknowledges before storing; use ON_PERSIST or another ack strategy");
      }
      if (handler == null) {
        throw new IllegalStateException(
            "commitOffsetPolicy ON_SUCCESS needs an inline handler to wait for; set handler(...)"
                + " or use ON_PERSIST");
      }
    }
  }
}
