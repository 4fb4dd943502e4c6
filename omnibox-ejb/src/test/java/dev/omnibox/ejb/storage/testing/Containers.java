package dev.omnibox.ejb.storage.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.containers.MariaDBContainer;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * Testcontainers servers, started once per JVM and stopped by Testcontainers' reaper.
 *
 * <p>NOTE: never run on the development machines, which have no Docker engine; the image tags and
 * the MariaDB root user are untested.
 */
final class Containers {

  private Containers() {}

  static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM exits
  static Server start(String name) {
    JdbcDatabaseContainer<?> container =
        name.equals("postgresql")
            ? new PostgreSQLContainer<>("postgres:15").withDatabaseName("test")
            : new MariaDBContainer<>("mariadb:10.11").withDatabaseName("test").withUsername("root");
    container.start();
    return Server.of(container.getJdbcUrl(), container.getUsername(), container.getPassword());
  }
}
