package dev.omnibox.batch.scheduler;

import java.util.Objects;
import java.util.Properties;

/**
 * A job the supervisor keeps running.
 *
 * @param key a name that distinguishes the job from others of the same job name, for example {@code
 *     dispatch:shipping}
 * @param jobName the job XML name
 * @param parameters the job parameters of a new execution
 */
public record ManagedJob(String key, String jobName, Properties parameters) {

  public ManagedJob {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("key must not be blank, but was '" + key + "'");
    }
    Objects.requireNonNull(jobName, "jobName must not be null");
    Properties copy = new Properties();
    copy.putAll(Objects.requireNonNull(parameters, "parameters must not be null"));
    parameters = copy;
  }

  @Override
  public Properties parameters() {
    Properties copy = new Properties();
    copy.putAll(parameters);
    return copy;
  }

  /** The job parameter that stores the key, so the supervisor finds its executions again. */
  static final String KEY_PARAMETER = "omniboxJobKey";

  /** Returns the parameters of a new execution, with the key added. */
  Properties startParameters() {
    Properties copy = parameters();
    copy.setProperty(KEY_PARAMETER, key);
    return copy;
  }

  /** Returns whether an execution with {@code executionParameters} was started for this job. */
  boolean matches(Properties executionParameters) {
    return executionParameters != null
        && key.equals(executionParameters.getProperty(KEY_PARAMETER));
  }
}
