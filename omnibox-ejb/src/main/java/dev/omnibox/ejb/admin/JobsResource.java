package dev.omnibox.ejb.admin;

import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.JobStartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.enterprise.context.Dependent;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Executions of the omnibox batch jobs through the deployment's {@link JobOperator}, with start,
 * stop and restart, below {@code jobs/}. Only the jobs of {@link AdminJobs#NAMES} are shown or
 * acted on.
 */
@Dependent
@AdminSecured
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

  /** Returns the newest executions of each omnibox job, at most {@code limit} per job. */
  @GET
  public JsonObject jobs(@QueryParam("limit") String limit) {
    int max = AdminParams.limit(limit);
    JobOperator operator = BatchRuntime.getJobOperator();
    JsonArrayBuilder jobs = Json.createArrayBuilder();
    for (String jobName : AdminJobs.NAMES) {
      JsonArrayBuilder executions = Json.createArrayBuilder();
      recentExecutions(operator, jobName, max)
          .forEach(e -> executions.add(JobJson.execution(operator, e)));
      jobs.add(
          Json.createObjectBuilder()
              .add("jobName", jobName)
              .add("running", !running(operator, jobName).isEmpty())
              .add("startParameters", Json.createArrayBuilder(sorted(jobName)))
              .add("executions", executions));
    }
    return Json.createObjectBuilder().add("jobs", jobs).build();
  }

  /** Starts an omnibox job that is not running, with parameters from its allowed set. */
  @POST
  @Path("{jobName}/start")
  @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
  public Response start(
      @PathParam("jobName") String jobName, String body, @Context SecurityContext security) {
    requireJobName(jobName);
    Properties parameters = startParameters(jobName, AdminParams.body(body));
    JobOperator operator = BatchRuntime.getJobOperator();
    List<Long> running = running(operator, jobName);
    if (!running.isEmpty()) {
      throw Problems.conflict(
          "Job "
              + jobName
              + " is already running as execution "
              + running.get(0)
              + "; stop it first");
    }
    long executionId;
    try {
      executionId = operator.start(jobName, parameters);
    } catch (JobStartException e) {
      throw Problems.conflict("Job " + jobName + " could not start: " + e.getMessage());
    } catch (JobSecurityException e) {
      throw forbidden(e);
    }
    AdminLogger.LOG.jobStarted(
        AdminAccess.operator(security), jobName, executionId, parameters.toString());
    return Response.status(Response.Status.CREATED)
        .entity(JobJson.execution(operator, operator.getJobExecution(executionId)))
        .build();
  }

  /** Asks a running execution of an omnibox job to stop. */
  @POST
  @Path("executions/{executionId}/stop")
  public JsonObject stop(
      @PathParam("executionId") String executionId, @Context SecurityContext security) {
    long id = AdminParams.executionId(executionId);
    JobOperator operator = BatchRuntime.getJobOperator();
    JobExecution execution = requireExecution(operator, id);
    try {
      operator.stop(id);
    } catch (JobExecutionNotRunningException e) {
      throw Problems.conflict(
          "Execution "
              + id
              + " is "
              + execution.getBatchStatus()
              + ", not running; nothing to stop");
    } catch (JobSecurityException e) {
      throw forbidden(e);
    }
    AdminLogger.LOG.jobStopped(AdminAccess.operator(security), id, execution.getJobName());
    return JobJson.execution(operator, operator.getJobExecution(id));
  }

  /** Restarts a stopped or failed execution of an omnibox job with its original parameters. */
  @POST
  @Path("executions/{executionId}/restart")
  public Response restart(
      @PathParam("executionId") String executionId, @Context SecurityContext security) {
    long id = AdminParams.executionId(executionId);
    JobOperator operator = BatchRuntime.getJobOperator();
    JobExecution execution = requireExecution(operator, id);
    List<Long> running = running(operator, execution.getJobName());
    if (!running.isEmpty()) {
      throw Problems.conflict(
          "Job "
              + execution.getJobName()
              + " is already running as execution "
              + running.get(0)
              + "; stop it before restarting execution "
              + id);
    }
    long restartedId;
    try {
      restartedId = operator.restart(id, new Properties());
    } catch (JobExecutionAlreadyCompleteException
        | JobExecutionNotMostRecentException
        | JobRestartException e) {
      throw Problems.conflict("Execution " + id + " cannot be restarted: " + e.getMessage());
    } catch (JobSecurityException e) {
      throw forbidden(e);
    }
    AdminLogger.LOG.jobRestarted(
        AdminAccess.operator(security), id, execution.getJobName(), restartedId);
    return Response.status(Response.Status.CREATED)
        .entity(JobJson.execution(operator, operator.getJobExecution(restartedId)))
        .build();
  }

  private static List<JobExecution> recentExecutions(
      JobOperator operator, String jobName, int max) {
    List<JobInstance> instances;
    try {
      instances = operator.getJobInstances(jobName, 0, max);
    } catch (NoSuchJobException e) {
      return List.of();
    }
    List<JobExecution> executions = new ArrayList<>();
    for (JobInstance instance : instances) {
      executions.addAll(operator.getJobExecutions(instance));
    }
    executions.sort(Comparator.comparingLong(JobExecution::getExecutionId).reversed());
    return executions.subList(0, Math.min(max, executions.size()));
  }

  private static List<Long> running(JobOperator operator, String jobName) {
    try {
      return operator.getRunningExecutions(jobName);
    } catch (NoSuchJobException e) {
      return List.of();
    }
  }

  /** Returns the execution of an omnibox job, or a 404 for any other id. */
  private static JobExecution requireExecution(JobOperator operator, long id) {
    JobExecution execution;
    try {
      execution = operator.getJobExecution(id);
    } catch (NoSuchJobExecutionException e) {
      throw Problems.notFound("No job execution has the id " + id);
    }
    if (execution == null || !AdminJobs.NAMES.contains(execution.getJobName())) {
      throw Problems.notFound(
          "Execution " + id + " does not belong to an omnibox job " + AdminJobs.NAMES);
    }
    return execution;
  }

  private static void requireJobName(String jobName) {
    if (!AdminJobs.NAMES.contains(jobName)) {
      throw Problems.badRequest(
          "jobName '" + jobName + "' is invalid; use one of " + AdminJobs.NAMES);
    }
  }

  /** Reads {@code {"parameters": {"name": "value"}}}, allowing only the job's own parameters. */
  static Properties startParameters(String jobName, JsonObject body) {
    Properties parameters = new Properties();
    JsonValue requested = body.getOrDefault("parameters", JsonValue.EMPTY_JSON_OBJECT);
    if (requested.getValueType() != JsonValue.ValueType.OBJECT) {
      throw Problems.badRequest("parameters must be a JSON object of names to text values");
    }
    Set<String> allowed = AdminJobs.START_PARAMETERS.get(jobName);
    for (var entry : requested.asJsonObject().entrySet()) {
      if (!allowed.contains(entry.getKey())) {
        throw Problems.badRequest(
            "parameter '"
                + entry.getKey()
                + "' is not allowed for job "
                + jobName
                + "; use one of "
                + sorted(jobName));
      }
      parameters.setProperty(entry.getKey(), parameterValue(entry.getKey(), entry.getValue()));
    }
    return parameters;
  }

  private static String parameterValue(String name, JsonValue value) {
    String text =
        switch (value.getValueType()) {
          case STRING -> ((jakarta.json.JsonString) value).getString();
          case NUMBER, TRUE, FALSE -> value.toString();
          default ->
              throw Problems.badRequest(
                  "parameter '" + name + "' must be a text, number or boolean, but was " + value);
        };
    if (text.length() > 255 || text.chars().anyMatch(Character::isISOControl)) {
      throw Problems.badRequest(
          "parameter '" + name + "' must be at most 255 characters without control characters");
    }
    return text;
  }

  private static List<String> sorted(String jobName) {
    return AdminJobs.START_PARAMETERS.get(jobName).stream().sorted().toList();
  }

  private static AdminProblem forbidden(JobSecurityException e) {
    return Problems.forbidden("The job operator rejected the request: " + e.getMessage());
  }
}
