package dev.omnibox.it.support;

/**
 * JNDI names of the resources the tests use on the managed WildFly.
 *
 * <p>The build adds both datasources with {@code src/test/wildfly/configure.cli}; the JMS
 * connection factories are part of WildFly's {@code standalone-full.xml}.
 */
public final class ServerResources {

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

  private ServerResources() {}

  /** Returns the JNDI name under which {@link Deployments#withQueues} binds a queue. */
  public static String queueJndiName(String queueName) {
    return "java:/jms/queue/" + queueName;
  }
}
