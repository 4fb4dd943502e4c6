package dev.omnibox.it.support;

import dev.omnibox.ejb.jms.JmsPublisherProducer;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Builds the ShrinkWrap archives that the in-container tests deploy. */
public final class Deployments {

  private static final String BEANS_XML =
      "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
          + " bean-discovery-mode=\"annotated\"/>\n";

  private static final String JNDI_PREFIX = "omnibox.it.jndi.";

  private static final Pattern ARTIFACT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  /**
   * Classes of this package that tests use inside the server. Deployments stays out because it runs
   * only in the test JVM and refers to ShrinkWrap.
   */
  private static final Class<?>[] IN_CONTAINER_CLASSES = {
    ServerResources.class,
    Jdbc.class,
    Jndi.class,
    Poll.class,
    RequiresPreparedTransactions.class,
    PreparedTransactionsCondition.class
  };

  private Deployments() {}

  /**
   * Creates a WAR named {@code name.war} with CDI discovery of annotated beans, the in-container
   * classes of this package and AssertJ, which every in-container test class needs.
   */
  public static WebArchive webArchive(String name) {
    requireArtifactName(name, "name");
    WebArchive archive =
        ShrinkWrap.create(WebArchive.class, name + ".war")
            .addAsWebInfResource(new StringAsset(BEANS_XML), "beans.xml")
            .addClasses(IN_CONTAINER_CLASSES);
    withServerNames(archive, System.getProperties());
    return withLibraryOf(archive, Assertions.class);
  }

  /**
   * Adds the JNDI names of the server under test: every {@code omnibox.it.jndi.<key>} of {@code
   * properties} goes into {@link ServerResources#OVERRIDES} as {@code <key>}. When the JMS
   * connection factory is named, {@code META-INF/microprofile-config.properties} points the omnibox
   * publisher at it. Without such properties, the archive stays as it is (WildFly's names).
   */
  static WebArchive withServerNames(WebArchive archive, Properties properties) {
    StringBuilder names = new StringBuilder();
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      if (key.startsWith(JNDI_PREFIX)) {
        names
            .append(key.substring(JNDI_PREFIX.length()))
            .append('=')
            .append(properties.getProperty(key))
            .append('\n');
      }
    }
    if (names.isEmpty()) {
      return archive;
    }
    archive.addAsResource(new StringAsset(names.toString()), ServerResources.OVERRIDES);
    String factory = properties.getProperty(JNDI_PREFIX + "jms-xa-connection-factory");
    if (factory != null) {
      archive.addAsResource(
          new StringAsset(JmsPublisherProducer.CONNECTION_FACTORY + "=" + factory + "\n"),
          "META-INF/microprofile-config.properties");
    }
    return archive;
  }

  /**
   * Adds a messaging deployment descriptor that creates each queue on the embedded broker while the
   * archive is deployed, bound under {@link ServerResources#queueJndiName(String)}.
   */
  public static WebArchive withQueues(WebArchive archive, String... queueNames) {
    Objects.requireNonNull(archive, "archive must not be null");
    if (queueNames.length == 0) {
      throw new IllegalArgumentException("queueNames is empty; name at least one queue");
    }
    StringBuilder queues = new StringBuilder();
    for (String queueName : queueNames) {
      requireArtifactName(queueName, "queueName");
      queues
          .append("      <jms-queue name=\"")
          .append(queueName)
          .append("\">\n        <entry name=\"")
          .append(ServerResources.queueJndiName(queueName))
          .append("\"/>\n      </jms-queue>\n");
    }
    String descriptor =
        "<messaging-deployment xmlns=\"urn:jboss:messaging-activemq-deployment:1.0\">\n"
            + "  <server>\n    <jms-destinations>\n"
            + queues
            + "    </jms-destinations>\n  </server>\n</messaging-deployment>\n";
    String fileName = archive.getName().replace(".war", "") + "-jms.xml";
    return archive.addAsWebInfResource(new StringAsset(descriptor), fileName);
  }

  /**
   * Adds a Jakarta Batch job XML from the test class path, so that {@code
   * JobOperator.start(jobName, ...)} finds it in the deployment.
   */
  public static WebArchive withBatchJob(WebArchive archive, String jobName) {
    Objects.requireNonNull(archive, "archive must not be null");
    requireArtifactName(jobName, "jobName");
    String resource = "META-INF/batch-jobs/" + jobName + ".xml";
    if (Deployments.class.getClassLoader().getResource(resource) == null) {
      throw new IllegalArgumentException(
          "jobName '" + jobName + "' has no " + resource + " on the test class path");
    }
    return archive.addAsResource(resource);
  }

  /**
   * Adds the library that contains {@code type} on the test class path to {@code WEB-INF/lib}: the
   * JAR file itself, or a JAR made of its class folder when the type comes from a reactor module
   * that Maven has only compiled.
   */
  public static WebArchive withLibraryOf(WebArchive archive, Class<?> type) {
    Objects.requireNonNull(archive, "archive must not be null");
    Path location = codeSourceOf(type);
    if (Files.isDirectory(location)) {
      return archive.addAsLibrary(
          ShrinkWrap.create(ExplodedImporter.class, location.getFileName() + ".jar")
              .importDirectory(location.toFile())
              .as(JavaArchive.class));
    }
    return archive.addAsLibrary(location.toFile());
  }

  /**
   * Adds the library that contains {@code type}, as {@link #withLibraryOf(WebArchive, Class)} does,
   * without the classes {@code omitted}: for example a library's startup bean that would start work
   * of its own during a test.
   */
  public static WebArchive withLibraryOf(WebArchive archive, Class<?> type, Class<?>... omitted) {
    Objects.requireNonNull(archive, "archive must not be null");
    Path location = codeSourceOf(type);
    String name =
        Files.isDirectory(location)
            ? location.getFileName() + ".jar"
            : location.getFileName().toString();
    JavaArchive library =
        Files.isDirectory(location)
            ? ShrinkWrap.create(ExplodedImporter.class, name)
                .importDirectory(location.toFile())
                .as(JavaArchive.class)
            : ShrinkWrap.create(ZipImporter.class, name)
                .importFrom(location.toFile())
                .as(JavaArchive.class);
    for (Class<?> omittedClass : omitted) {
      library.delete("/" + omittedClass.getName().replace('.', '/') + ".class");
    }
    return archive.addAsLibrary(library);
  }

  private static Path codeSourceOf(Class<?> type) {
    Objects.requireNonNull(type, "type must not be null");
    var codeSource = type.getProtectionDomain().getCodeSource();
    if (codeSource == null) {
      throw new IllegalArgumentException(
          "type " + type.getName() + " has no code source; it belongs to the JDK, not a library");
    }
    try {
      return Path.of(codeSource.getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "type " + type.getName() + " comes from " + codeSource.getLocation() + ", not a file", e);
    }
  }

  private static void requireArtifactName(String value, String field) {
    if (value == null || !ARTIFACT_NAME.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field
              + " '"
              + value
              + "' is invalid; use letters, digits, '.', '_' and '-', starting with a letter"
              + " or digit");
    }
  }
}
