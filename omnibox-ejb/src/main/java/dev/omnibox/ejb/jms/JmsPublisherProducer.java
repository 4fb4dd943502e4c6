package dev.omnibox.ejb.jms;

import dev.omnibox.ejb.outbox.OmniboxConfig;
import dev.omnibox.envelope.Envelope;
import dev.omnibox.envelope.EnvelopeConverter;
import dev.omnibox.spi.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.jms.ConnectionFactory;
import javax.naming.InitialContext;

/**
 * Produces the application's {@link EventPublisher}: a {@link JmsEventPublisher} over the
 * connection factory named by {@value #CONNECTION_FACTORY} (default {@value
 * #DEFAULT_CONNECTION_FACTORY}, the pooled XA-capable factory of WildFly), with envelope bodies
 * from {@link EnvelopeConverter}. To publish elsewhere, declare an alternative {@link
 * EventPublisher} bean with a higher priority.
 */
@ApplicationScoped
public class JmsPublisherProducer {

  public static final String CONNECTION_FACTORY = "omnibox.jms.connection-factory";
  public static final String DEFAULT_CONNECTION_FACTORY = "java:/JmsXA";

  @Produces
  @ApplicationScoped
  EventPublisher eventPublisher() {
    OmniboxConfig config = OmniboxConfig.fromEnvironment();
    String jndiName = config.get(CONNECTION_FACTORY, DEFAULT_CONNECTION_FACTORY);
    EnvelopeConverter converter = new EnvelopeConverter();
    return new JmsEventPublisher(
        () -> InitialContext.<ConnectionFactory>doLookup(jndiName),
        new DestinationMapping(config, InitialContext::doLookup),
        converter::toJson,
        event -> Envelope.of(event).traceparent());
  }
}
