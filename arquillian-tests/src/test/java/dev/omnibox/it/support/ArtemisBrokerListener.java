package dev.omnibox.it.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts an Artemis broker in the test JVM for a server without one of its own (Payara), before
 * Arquillian starts the server, and stops it when the test JVM's session closes.
 *
 * <p>It acts only when {@code omnibox.it.artemis.port} is set, and then listens on {@code
 * omnibox.it.bind.address} (default 127.0.0.1) at that port. The server's Artemis resource adapter
 * connects to it there. Queues are created on first use; a message redelivered {@value
 * #MAX_DELIVERY_ATTEMPTS} times moves to the queue {@code DLQ}.
 */
public final class ArtemisBrokerListener implements LauncherSessionListener {

  private static final Logger LOG = Logger.getLogger(ArtemisBrokerListener.class.getName());
  private static final int MAX_DELIVERY_ATTEMPTS = 5;

  private EmbeddedActiveMQ broker;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String port = System.getProperty("omnibox.it.artemis.port");
    if (port == null || port.isBlank()) {
      return;
    }
    String host = System.getProperty("omnibox.it.bind.address", "127.0.0.1");
    if (!host.startsWith("127.")) {
      throw new IllegalArgumentException(
          "omnibox.it.bind.address '" + host + "' is not a loopback address; use 127.0.0.1");
    }
    try {
      Path directory = Files.createTempDirectory("omnibox-it-artemis");
      Configuration config =
          new ConfigurationImpl()
              .setPersistenceEnabled(false)
              .setSecurityEnabled(false)
              .setJMXManagementEnabled(false)
              .setJournalDirectory(directory.resolve("journal").toString())
              .setBindingsDirectory(directory.resolve("bindings").toString())
              .setPagingDirectory(directory.resolve("paging").toString())
              .setLargeMessagesDirectory(directory.resolve("large").toString())
              .addAcceptorConfiguration("core", "tcp://" + host + ":" + port + "?protocols=CORE");
      config.addAddressSetting(
          "#",
          new AddressSettings()
              .setDeadLetterAddress(SimpleString.of("DLQ"))
              .setMaxDeliveryAttempts(MAX_DELIVERY_ATTEMPTS)
              .setAutoCreateDeadLetterResources(false));
      broker = new EmbeddedActiveMQ();
      broker.setConfiguration(config).start();
      LOG.info("Artemis broker for the in-container tests listens on " + host + ":" + port);
    } catch (Exception e) {
      throw new IllegalStateException(
          "cannot start the Artemis broker on "
              + host
              + ":"
              + port
              + "; set omnibox.it.artemis.port to a free port",
          e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (broker == null) {
      return;
    }
    try {
      broker.stop();
    } catch (Exception e) {
      LOG.warning("stopping the Artemis broker failed: " + e);
    }
  }
}
