package dev.omnibox.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * JNDI names of the resources the tests use inside the server.
 *
 * <p>The constants are the names on the managed WildFly: the build adds both datasources with
 * {@code src/test/wildfly/configure.cli}, and the JMS connection factories are part of WildFly's
 * {@code standalone-full.xml}. On another server the build names its own resources with the system
 * properties {@code omnibox.it.jndi.<key>} of the test JVM; {@link Deployments#webArchive(String)}
 * copies them into {@value #OVERRIDES} of each deployment, and the methods of this class return
 * them there. Code that should run on both servers calls the methods.
 */
public final class ServerResources {

  /** The class path resource with the names of the server under test, if it is not WildFly. */
  public static final String OVERRIDES = "omnibox-it-server.properties";

  /** Non-XA datasource on the test PostgreSQL database, enlisted in JTA. */
  public static final String POSTGRES_DATASOURCE = "java:jboss/datasources/OmniboxPostgresDS";

  /** XA datasource on the same database, for two-phase commit with the JMS broker. */
  public static final String POSTGRES_XA_DATASOURCE = "java:jboss/datasources/OmniboxPostgresXADS";

  /** Pooled JMS connection factory of the embedded Artemis broker that enlists in JTA (XA). */
  public static final String JMS_XA_CONNECTION_FACTORY = "java:/JmsXA";

  /**
   * Plain in-VM JMS connection factory of the embedded broker. It never joins a JTA transaction, so
   * tests use it to receive what the code under test sent.
   */
  public static final String IN_VM_CONNECTION_FACTORY = "java:/ConnectionFactory";

  private static final Properties NAMES = load();

  private ServerResources() {}

  /** Returns the JNDI name under which {@link Deployments#withQueues} binds a queue. */
  public static String queueJndiName(String queueName) {
    return "java:/jms/queue/" + queueName;
  }

  /** Returns the non-XA PostgreSQL datasource of the server under test. */
  public static String postgresDatasource() {
    return NAMES.getProperty("postgres-datasource", POSTGRES_DATASOURCE);
  }

  /** Returns the XA PostgreSQL datasource of the server under test. */
  public static String postgresXaDatasource() {
    return NAMES.getProperty("postgres-xa-datasource", POSTGRES_XA_DATASOURCE);
  }

  /** Returns the JMS connection factory that enlists in JTA, which the outbox publishes with. */
  public static String jmsXaConnectionFactory() {
    return NAMES.getProperty("jms-xa-connection-factory", JMS_XA_CONNECTION_FACTORY);
  }

  /** Returns the JMS connection factory that tests receive with. */
  public static String receivingConnectionFactory() {
    return NAMES.getProperty("receiving-connection-factory", IN_VM_CONNECTION_FACTORY);
  }

  private static Properties load() {
    Properties names = new Properties();
    try (InputStream in = ServerResources.class.getClassLoader().getResourceAsStream(OVERRIDES)) {
      if (in != null) {
        names.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + OVERRIDES, e);
    }
    return names;
  }
}
