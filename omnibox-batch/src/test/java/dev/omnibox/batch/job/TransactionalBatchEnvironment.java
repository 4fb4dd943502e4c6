package dev.omnibox.batch.job;

import jakarta.transaction.TransactionManager;
import java.util.Properties;
import org.jberet.repository.JobRepository;
import org.jberet.se.BatchSEEnvironment;
import org.jberet.spi.ArtifactFactory;
import org.jberet.spi.BatchEnvironment;
import org.jberet.spi.JobTask;
import org.jberet.spi.JobXmlResolver;

/** JBeret SE's environment with a transaction manager of the test's choice. */
final class TransactionalBatchEnvironment implements BatchEnvironment {

  private final BatchSEEnvironment delegate = new BatchSEEnvironment();
  private final TransactionManager transactionManager;

  TransactionalBatchEnvironment(TransactionManager transactionManager) {
    this.transactionManager = transactionManager;
  }

  @Override
  public ClassLoader getClassLoader() {
    return delegate.getClassLoader();
  }

  @Override
  public ArtifactFactory getArtifactFactory() {
    return delegate.getArtifactFactory();
  }

  @Override
  public void submitTask(JobTask task) {
    delegate.submitTask(task);
  }

  @Override
  public TransactionManager getTransactionManager() {
    return transactionManager;
  }

  @Override
  public JobRepository getJobRepository() {
    return delegate.getJobRepository();
  }

  @Override
  public JobXmlResolver getJobXmlResolver() {
    return delegate.getJobXmlResolver();
  }

  @Override
  public Properties getBatchConfigurationProperties() {
    return delegate.getBatchConfigurationProperties();
  }

  @Override
  public String getApplicationName() {
    return delegate.getApplicationName();
  }
}
