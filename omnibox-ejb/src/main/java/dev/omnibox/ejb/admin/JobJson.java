package dev.omnibox.ejb.admin;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Date;
import java.util.Properties;

/** The JSON of a job execution, with read and write counts summed over its steps. */
final class JobJson {

  private JobJson() {}

  static JsonObject execution(JobOperator operator, JobExecution execution) {
    long read = 0;
    long written = 0;
    for (StepExecution step : operator.getStepExecutions(execution.getExecutionId())) {
      read += metric(step, Metric.MetricType.READ_COUNT);
      written += metric(step, Metric.MetricType.WRITE_COUNT);
    }
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("executionId", execution.getExecutionId())
            .add("jobName", execution.getJobName())
            .add("batchStatus", String.valueOf(execution.getBatchStatus()))
            .add("readCount", read)
            .add("writeCount", written);
    addText(json, "exitStatus", execution.getExitStatus());
    addTime(json, "createTime", execution.getCreateTime());
    addTime(json, "startTime", execution.getStartTime());
    addTime(json, "endTime", execution.getEndTime());
    JsonObjectBuilder parameters = Json.createObjectBuilder();
    Properties jobParameters = execution.getJobParameters();
    if (jobParameters != null) {
      jobParameters.stringPropertyNames().stream()
          .sorted()
          .forEach(name -> parameters.add(name, jobParameters.getProperty(name)));
    }
    return json.add("parameters", parameters).build();
  }

  private static long metric(StepExecution step, Metric.MetricType type) {
    Metric[] metrics = step.getMetrics();
    if (metrics == null) {
      return 0;
    }
    for (Metric metric : metrics) {
      if (metric.getType() == type) {
        return metric.getValue();
      }
    }
    return 0;
  }

  private static void addText(JsonObjectBuilder json, String name, String value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value);
    }
  }

  private static void addTime(JsonObjectBuilder json, String name, Date value) {
    addText(json, name, value == null ? null : value.toInstant().toString());
  }
}
