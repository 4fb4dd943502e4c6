package dev.omnibox.batch.job;

import dev.omnibox.batch.OmniboxJobs;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractCheckpointAlgorithm;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Ends a chunk when the reader has handed out every event of its claim, or returned an idle item,
 * so that a chunk is exactly one claim and one transaction. Each chunk's transaction gets the
 * timeout of {@value OmniboxJobs#TRANSACTION_TIMEOUT} (seconds, 180 by default, the Jakarta Batch
 * default).
 */
@Named("omniboxClaimCheckpoint")
@Dependent
public class ClaimCheckpointAlgorithm extends AbstractCheckpointAlgorithm {

  static final int DEFAULT_TRANSACTION_TIMEOUT = 180;

  @Inject StepContext stepContext;

  @Inject
  @BatchProperty(name = OmniboxJobs.TRANSACTION_TIMEOUT)
  String transactionTimeout;

  @Override
  public int checkpointTimeout() {
    return Parameters.positiveInt(
        OmniboxJobs.TRANSACTION_TIMEOUT, transactionTimeout, DEFAULT_TRANSACTION_TIMEOUT);
  }

  @Override
  public boolean isReadyToCheckpoint() {
    return ClaimState.of(stepContext).allClaimedRead();
  }

  @Override
  public void endCheckpoint() {
    ClaimState.of(stepContext).chunkCommitted();
  }
}
