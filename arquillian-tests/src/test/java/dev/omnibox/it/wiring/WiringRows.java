package dev.omnibox.it.wiring;

import dev.omnibox.it.support.Jdbc;
import dev.omnibox.it.support.Jndi;
import dev.omnibox.it.support.ServerResources;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import javax.sql.DataSource;

/** CDI bean that writes and counts marker rows through the two PostgreSQL datasources. */
@ApplicationScoped
public class WiringRows {

  private DataSource dataSource;
  private DataSource xaDataSource;

  @PostConstruct
  void lookUpDatasources() {
    dataSource = Jndi.lookup(ServerResources.postgresDatasource(), DataSource.class);
    xaDataSource = Jndi.lookup(ServerResources.postgresXaDatasource(), DataSource.class);
  }

  /** Creates the marker table unless it exists; each test uses its own random marker. */
  public void createTable() {
    Jdbc.update(
        dataSource,
        "CREATE TABLE IF NOT EXISTS omnibox_it_wiring"
            + " (id BIGSERIAL PRIMARY KEY, marker VARCHAR(64) NOT NULL)");
  }

  /** Inserts a row through the non-XA datasource, in the caller's transaction if there is one. */
  public void insert(String marker) {
    insertWith(dataSource, marker);
  }

  /** Inserts a row through the XA datasource, in the caller's transaction if there is one. */
  public void insertXa(String marker) {
    insertWith(xaDataSource, marker);
  }

  /** Inserts a row, but only inside the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void insertInCallerTransaction(String marker) {
    insertWith(dataSource, marker);
  }

  /** Counts the committed rows with the marker. */
  public long count(String marker) {
    return Jdbc.queryLong(
        dataSource, "SELECT COUNT(*) FROM omnibox_it_wiring WHERE marker = ?", marker);
  }

  /** Returns the product name each datasource reports: non-XA first, then XA. */
  public String[] databaseProductNames() {
    return new String[] {
      Jdbc.databaseProductName(dataSource), Jdbc.databaseProductName(xaDataSource)
    };
  }

  private static void insertWith(DataSource target, String marker) {
    Jdbc.update(target, "INSERT INTO omnibox_it_wiring (marker) VALUES (?)", marker);
  }
}
