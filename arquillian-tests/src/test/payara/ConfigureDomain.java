import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Prepares the Payara domain of the in-container tests before it is started for the first time.
 *
 * <p>It replaces the domain {@code omnibox.it.payara.domain} with a fresh copy of {@code domain1},
 * then binds every listener of {@code server-config} to {@code omnibox.it.bind.address} on ports
 * from {@code omnibox.it.payara.portbase}, turns off Hazelcast and the OpenMQ broker, removes H2's
 * {@code AUTO_SERVER} and writes the asadmin commands that add the test resources to {@code
 * omnibox.it.payara.setup}, then starts the domain once to run them. The build runs it with {@code java ConfigureDomain.java}; every setting
 * comes from a system property.
 */
public final class ConfigureDomain {

  public static void main(String[] args) throws Exception {
    Path home = Path.of(required("omnibox.it.payara.home"));
    String domainName = required("omnibox.it.payara.domain");
    String address = required("omnibox.it.bind.address");
    int base = Integer.parseInt(required("omnibox.it.payara.portbase"));
    if (!address.startsWith("127.")) {
      throw new IllegalArgumentException(
          "omnibox.it.bind.address '" + address + "' is not a loopback address; use 127.0.0.1");
    }

    Path domains = home.resolve("glassfish/domains");
    Path domain = domains.resolve(domainName);
    deleteTree(domain);
    copyTree(domains.resolve("domain1"), domain);

    Path domainXml = domain.resolve("config/domain.xml");
    var factory = DocumentBuilderFactory.newInstance();
    Document document = factory.newDocumentBuilder().parse(domainXml.toFile());
    Element config = single(document, "/domain/configs/config[@name='server-config']");

    bind(config, "network-config/network-listeners/network-listener[@name='http-listener-1']",
        address, base + 80);
    bind(config, "network-config/network-listeners/network-listener[@name='http-listener-2']",
        address, base + 81);
    bind(config, "network-config/network-listeners/network-listener[@name='admin-listener']",
        address, base + 48);
    bind(config, "iiop-service/iiop-listener[@id='orb-listener-1']", address, base + 37);
    bind(config, "iiop-service/iiop-listener[@id='SSL']", address, base + 38);
    bind(config, "iiop-service/iiop-listener[@id='SSL_MUTUALAUTH']", address, base + 39);
    bind(config, "admin-service/jmx-connector[@name='system']", address, base + 86);

    // Hazelcast (the Payara data grid) off, and its ports moved off the defaults as well.
    single(config, "hazelcast-config-specific-configuration").setAttribute("enabled", "false");
    Element grid = single(document, "/domain/hazelcast-runtime-configuration");
    grid.setAttribute("start-port", String.valueOf(base + 59));
    grid.setAttribute("das-port", String.valueOf(base + 49));

    // The tests use Artemis through its resource adapter, so the OpenMQ broker stays off.
    Element jms = document.createElement("jms-service");
    jms.setAttribute("type", "DISABLED");
    jms.setAttribute("default-jms-host", "default_JMS_host");
    Element jmsHost = document.createElement("jms-host");
    jmsHost.setAttribute("name", "default_JMS_host");
    jmsHost.setAttribute("host", address);
    jmsHost.setAttribute("port", String.valueOf(base + 76));
    jmsHost.setAttribute("lazy-init", "true");
    jms.appendChild(jmsHost);
    config.appendChild(jms);
    single(config, "system-property[@name='JMS_PROVIDER_PORT']")
        .setAttribute("value", String.valueOf(base + 76));

    // H2 with AUTO_SERVER opens a TCP server on all interfaces when a second process connects.
    NodeList urls =
        (NodeList)
            XPathFactory.newInstance()
                .newXPath()
                .evaluate(
                    "/domain/resources/jdbc-connection-pool/property[@name='URL']",
                    document,
                    XPathConstants.NODESET);
    for (int i = 0; i < urls.getLength(); i++) {
      Element url = (Element) urls.item(i);
      url.setAttribute("value", url.getAttribute("value").replace(";AUTO_SERVER=TRUE", ""));
    }

    Element java = single(config, "java-config");
    java.setAttribute(
        "debug-options",
        "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address="
            + address
            + ":"
            + (base + 9));
    NodeList options = java.getElementsByTagName("jvm-options");
    List<Element> replaced = new ArrayList<>();
    for (int i = 0; i < options.getLength(); i++) {
      Element option = (Element) options.item(i);
      String text = option.getTextContent();
      if (text.startsWith("-Dosgi.shell.telnet.port=")
          || text.startsWith("-Dosgi.shell.telnet.ip=")
          || text.startsWith("-Xmx")) {
        replaced.add(option);
      }
    }
    replaced.forEach(java::removeChild);
    for (String option :
        List.of(
            "-Dosgi.shell.telnet.port=" + (base + 66),
            "-Dosgi.shell.telnet.ip=" + address,
            "-Dhazelcast.socket.bind.any=false",
            "-Dhazelcast.local.localAddress=" + address,
            "-Djava.net.preferIPv4Stack=true",
            "-Xmx" + required("omnibox.it.server.heap"),
            // C1 only and the serial collector, as on WildFly: faster starts on 2 cores.
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC")) {
      Element element = document.createElement("jvm-options");
      element.setTextContent(option);
      java.appendChild(element);
    }

    var transformer = TransformerFactory.newInstance().newTransformer();
    transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    transformer.transform(new DOMSource(document), new StreamResult(domainXml.toFile()));

    setUpResources(home, domainName, address, base);
  }

  /**
   * Starts the domain once, runs the asadmin commands that add the PostgreSQL pools, the Artemis
   * resource adapter and its connection factory, and stops the domain. They are the commands of
   * docs/inbox.md with this build's values, and {@code omnibox.it.payara.setup} receives a copy.
   */
  private static void setUpResources(Path home, String domainName, String address, int base)
      throws Exception {
    String postgres =
        "user="
            + required("omnibox.test.postgresql.user")
            + ":password="
            + required("omnibox.test.postgresql.password")
            + ":url="
            + escape(required("omnibox.test.postgresql.url"));
    List<List<String>> commands =
        List.of(
            List.of(
                "create-jdbc-connection-pool",
                "--datasourceclassname",
                "org.postgresql.ds.PGSimpleDataSource",
                "--restype",
                "javax.sql.DataSource",
                "--property",
                postgres,
                "OmniboxPostgresPool"),
            List.of("ping-connection-pool", "OmniboxPostgresPool"),
            List.of(
                "create-jdbc-resource",
                "--connectionpoolid",
                "OmniboxPostgresPool",
                "jdbc/OmniboxPostgresDS"),
            List.of(
                "create-jdbc-connection-pool",
                "--datasourceclassname",
                "org.postgresql.xa.PGXADataSource",
                "--restype",
                "javax.sql.XADataSource",
                "--property",
                postgres,
                "OmniboxPostgresXAPool"),
            List.of(
                "create-jdbc-resource",
                "--connectionpoolid",
                "OmniboxPostgresXAPool",
                "jdbc/OmniboxPostgresXADS"),
            List.of(
                "create-resource-adapter-config",
                "--property",
                "ConnectorClassName=org.apache.activemq.artemis.core.remoting.impl.netty"
                    + ".NettyConnectorFactory:ConnectionParameters=host\\="
                    + address
                    + ";port\\="
                    + required("omnibox.it.artemis.port"),
                "activemq-rar"),
            List.of(
                "deploy",
                "--type",
                "rar",
                "--name",
                "activemq-rar",
                packRar(Path.of(required("omnibox.it.payara.rar"))).toString()),
            List.of(
                "create-connector-connection-pool",
                "--raname",
                "activemq-rar",
                "--connectiondefinition",
                "org.apache.activemq.artemis.ra.ActiveMQRAConnectionFactory",
                "--transactionsupport",
                "XATransaction",
                "--property",
                "InJtaTransaction=false",
                "OmniboxArtemisPool"),
            List.of(
                "create-connector-resource",
                "--poolname",
                "OmniboxArtemisPool",
                "jms/OmniboxArtemisCF"));

    Path copy = Path.of(required("omnibox.it.payara.setup"));
    Files.createDirectories(copy.getParent());
    Files.write(
        copy,
        commands.stream()
            .map(command -> "asadmin " + String.join(" ", command.stream().map(ConfigureDomain::quote).toList()))
            .toList());

    asadmin(home, address, base, List.of("start-domain", domainName));
    try {
      for (List<String> command : commands) {
        asadmin(home, address, base, command);
      }
    } finally {
      asadmin(home, address, base, List.of("stop-domain", domainName));
    }
  }

  private static void asadmin(Path home, String address, int base, List<String> command)
      throws Exception {
    List<String> line = new ArrayList<>();
    line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    line.add("-jar");
    line.add(home.resolve("glassfish/lib/client/appserver-cli.jar").toString());
    line.add("--host");
    line.add(address);
    line.add("--port");
    line.add(String.valueOf(base + 48));
    line.addAll(command);
    System.out.println("asadmin " + String.join(" ", command));
    Process process = new ProcessBuilder(line).inheritIO().start();
    if (!process.waitFor(300, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("asadmin " + command.get(0) + " did not end within 300 s");
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          "asadmin " + String.join(" ", command) + " failed with exit code " + process.exitValue());
    }
  }

  /**
   * Packs the assembled adapter folder into {@code artemis.rar} beside it. A folder deployed as it
   * is would take the folder's name and ignore {@code --name}.
   */
  private static Path packRar(Path folder) throws IOException {
    Path rar = folder.resolveSibling("artemis.rar");
    try (Stream<Path> paths = Files.walk(folder);
        ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(rar))) {
      for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
        zip.putNextEntry(new ZipEntry(folder.relativize(path).toString().replace('\\', '/')));
        Files.copy(path, zip);
        zip.closeEntry();
      }
    }
    return rar;
  }

  /** Quotes a value for a POSIX shell when it contains characters the shell would interpret. */
  private static String quote(String value) {
    return value.matches("[A-Za-z0-9_./:=,+-]*") ? value : "'" + value + "'";
  }

  /** Escapes the characters that separate asadmin --property entries. */
  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=");
  }

  private static void bind(Element config, String path, String address, int port)
      throws Exception {
    Element listener = single(config, path);
    listener.setAttribute("address", address);
    listener.setAttribute("port", String.valueOf(port));
  }

  private static Element single(Object context, String path) throws Exception {
    NodeList found =
        (NodeList)
            XPathFactory.newInstance()
                .newXPath()
                .evaluate(path, context, XPathConstants.NODESET);
    if (found.getLength() != 1) {
      throw new IllegalStateException(
          "domain.xml has " + found.getLength() + " elements at " + path + ", expected 1");
    }
    return (Element) found.item(0);
  }

  private static String required(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("system property " + name + " is not set");
    }
    return value;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static void copyTree(Path source, Path target) throws IOException {
    try (Stream<Path> paths = Files.walk(source)) {
      for (Path path : paths.toList()) {
        Path copy = target.resolve(source.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
