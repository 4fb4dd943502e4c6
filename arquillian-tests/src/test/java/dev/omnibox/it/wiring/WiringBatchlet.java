package dev.omnibox.it.wiring;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Batchlet that sets the job's exit status to its {@code exitStatus} property. */
@Named("wiringBatchlet")
@Dependent
public class WiringBatchlet extends AbstractBatchlet {

  @Inject JobContext jobContext;

  @Inject
  @BatchProperty(name = "exitStatus")
  String exitStatus;

  @Override
  public String process() {
    jobContext.setExitStatus(exitStatus);
    return exitStatus;
  }
}
