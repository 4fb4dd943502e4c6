package dev.omnibox.ejb.jms;

import java.nio.file.Path;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * An Artemis broker inside the test JVM, reached through the in-VM transport only (no socket), with
 * no persistence, no security and no automatic creation of destinations.
 */
final class InVmBroker implements AutoCloseable {

  private final EmbeddedActiveMQ server = new EmbeddedActiveMQ();

  InVmBroker(Path directory, String... queues) throws Exception {
    Configuration config =
        new ConfigurationImpl()
            .setPersistenceEnabled(false)
            .setSecurityEnabled(false)
            .setJMXManagementEnabled(false)
            .setJournalDirectory(directory.resolve("journal").toString())
            .setBindingsDirectory(directory.resolve("bindings").toString())
            .setPagingDirectory(directory.resolve("paging").toString())
            .setLargeMessagesDirectory(directory.resolve("large").toString())
            .addAcceptorConfiguration("in-vm", "vm://0");
    config.addAddressSetting(
        "#", new AddressSettings().setAutoCreateQueues(false).setAutoCreateAddresses(false));
    for (String queue : queues) {
      config.addQueueConfiguration(
          QueueConfiguration.of(queue).setAddress(queue).setRoutingType(RoutingType.ANYCAST));
    }
    server.setConfiguration(config).start();
  }

  ActiveMQConnectionFactory connectionFactory() {
    return new ActiveMQConnectionFactory("vm://0");
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
