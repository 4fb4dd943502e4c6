package dev.omnibox.batch.job;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Tells a waiting reader whether its job was stopped. The job context's status is not enough: in a
 * partition, JBeret (3.1) gives each partition a copy of the job execution whose status stays
 * STARTED, while the stop flag they share is set. So this reads JBeret's {@code isStopRequested()}
 * reflectively where it exists, and the job operator's status of the execution elsewhere.
 */
final class StopRequests {

  private final JobContext jobContext;
  private final Method getJobExecution;
  private final Method isStopRequested;

  StopRequests(JobContext jobContext) {
    this.jobContext = jobContext;
    Method execution = null;
    Method stopFlag = null;
    try {
      execution = jobContext.getClass().getMethod("getJobExecution");
      stopFlag = execution.getReturnType().getMethod("isStopRequested");
    } catch (NoSuchMethodException | RuntimeException e) {
      execution = null;
    }
    this.getJobExecution = execution;
    this.isStopRequested = stopFlag;
  }

  boolean isStopRequested() {
    if (isStopping(jobContext.getBatchStatus())) {
      return true;
    }
    if (getJobExecution != null) {
      try {
        return (Boolean) isStopRequested.invoke(getJobExecution.invoke(jobContext));
      } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
        return operatorStatusIsStopping();
      }
    }
    return operatorStatusIsStopping();
  }

  private boolean operatorStatusIsStopping() {
    JobOperator operator = BatchRuntime.getJobOperator();
    return isStopping(operator.getJobExecution(jobContext.getExecutionId()).getBatchStatus());
  }

  private static boolean isStopping(BatchStatus status) {
    return status == BatchStatus.STOPPING || status == BatchStatus.STOPPED;
  }
}
