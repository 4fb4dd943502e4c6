package dev.omnibox.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** Unit tests of the archive helpers; they run in the test JVM without a server. */
class DeploymentsTest {

  @Test
  void webArchiveHasBeansXmlAndSupportClasses() {
    WebArchive archive = Deployments.webArchive("sample");

    assertThat(archive.getName()).isEqualTo("sample.war");
    assertThat(content(archive, "/WEB-INF/beans.xml"))
        .contains("bean-discovery-mode=\"annotated\"");
    assertThat(archive.contains(classPath(Jdbc.class))).isTrue();
    assertThat(archive.contains(classPath(PreparedTransactionsCondition.class))).isTrue();
    assertThat(archive.contains(classPath(Deployments.class))).isFalse();
    assertThat(archive.contains(classPath(DeploymentsTest.class))).isFalse();
  }

  @Test
  void withServerNamesWritesJndiOverrides() {
    Properties properties = new Properties();
    properties.setProperty("omnibox.it.jndi.postgres-datasource", "jdbc/OmniboxPostgresDS");
    properties.setProperty("omnibox.it.jndi.jms-xa-connection-factory", "jms/OmniboxArtemisCF");
    properties.setProperty("omnibox.unrelated", "ignored");

    WebArchive archive =
        Deployments.withServerNames(ShrinkWrap.create(WebArchive.class, "sample.war"), properties);

    String names = content(archive, "/WEB-INF/classes/" + ServerResources.OVERRIDES);
    assertThat(names).contains("postgres-datasource=jdbc/OmniboxPostgresDS\n");
    assertThat(names).contains("jms-xa-connection-factory=jms/OmniboxArtemisCF\n");
    assertThat(names).doesNotContain("unrelated");
    assertThat(content(archive, "/WEB-INF/classes/META-INF/microprofile-config.properties"))
        .isEqualTo("omnibox.jms.connection-factory=jms/OmniboxArtemisCF\n");
  }

  @Test
  void withServerNamesWithoutPropertiesAddsNothing() {
    WebArchive archive =
        Deployments.withServerNames(
            ShrinkWrap.create(WebArchive.class, "sample.war"), new Properties());

    assertThat(archive.getContent()).isEmpty();
  }

  @Test
  void webArchiveBundlesAssertjJar() {
    WebArchive archive = Deployments.webArchive("sample");

    assertThat(libraryNames(archive)).anyMatch(name -> name.startsWith("assertj-core-"));
  }

  @Test
  void withLibraryOfPacksClassFolder() {
    WebArchive archive =
        Deployments.withLibraryOf(Deployments.webArchive("sample"), DeploymentsTest.class);

    assertThat(libraryNames(archive)).contains("test-classes.jar");
  }

  @Test
  void withQueuesWritesMessagingDescriptor() {
    WebArchive archive =
        Deployments.withQueues(Deployments.webArchive("sample"), "first", "second");

    String descriptor = content(archive, "/WEB-INF/sample-jms.xml");
    assertThat(descriptor).contains("urn:jboss:messaging-activemq-deployment:1.0");
    assertThat(descriptor).contains("<jms-queue name=\"first\">");
    assertThat(descriptor).contains("<entry name=\"java:/jms/queue/first\"/>");
    assertThat(descriptor).contains("<jms-queue name=\"second\">");
  }

  @Test
  void withQueuesRejectsInvalidInput() {
    WebArchive archive = Deployments.webArchive("sample");

    assertThatThrownBy(() -> Deployments.withQueues(archive))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("queueNames");
    assertThatThrownBy(() -> Deployments.withQueues(archive, "bad\"name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad\"name");
  }

  @Test
  void withBatchJobAddsJobXml() {
    WebArchive archive =
        Deployments.withBatchJob(Deployments.webArchive("sample"), "omnibox-it-wiring");

    assertThat(archive.contains("/WEB-INF/classes/META-INF/batch-jobs/omnibox-it-wiring.xml"))
        .isTrue();
  }

  @Test
  void withBatchJobRejectsMissingJob() {
    WebArchive archive = Deployments.webArchive("sample");

    assertThatThrownBy(() -> Deployments.withBatchJob(archive, "no-such-job"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-job");
  }

  @Test
  void webArchiveRejectsInvalidName() {
    assertThatThrownBy(() -> Deployments.webArchive("../escape"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("../escape");
  }

  private static String classPath(Class<?> type) {
    return "/WEB-INF/classes/" + type.getName().replace('.', '/') + ".class";
  }

  private static List<String> libraryNames(WebArchive archive) {
    return archive.get("/WEB-INF/lib").getChildren().stream()
        .map(Node::getPath)
        .map(ArchivePath::get)
        .map(path -> path.substring(path.lastIndexOf('/') + 1))
        .toList();
  }

  private static String content(WebArchive archive, String path) {
    Node node = archive.get(path);
    assertThat(node).as("entry %s", path).isNotNull();
    try (InputStream in = node.getAsset().openStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("failed to read " + path, e);
    }
  }
}
