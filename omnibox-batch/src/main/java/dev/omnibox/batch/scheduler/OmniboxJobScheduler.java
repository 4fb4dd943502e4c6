package dev.omnibox.batch.scheduler;

import static dev.omnibox.batch.scheduler.SchedulerLogger.LOG;

import dev.omnibox.batch.BatchSettings;
import dev.omnibox.batch.OmniboxJobs;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Starts the omnibox jobs when the application starts, checks them at {@value
 * BatchSettings#WATCH_INTERVAL} and restarts those that failed, runs maintenance at {@value
 * BatchSettings#MAINTENANCE_INTERVAL}, and stops them when the application stops. Timers are not
 * persistent: each node schedules its own. Settings are read once, at start; see {@link
 * BatchSettings} and {@code docs/batch.md}.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OmniboxJobScheduler {

  static final Duration DEFAULT_WATCH_INTERVAL = Duration.ofSeconds(30);
  static final Duration DEFAULT_MAINTENANCE_INTERVAL = Duration.ofHours(1);

  private static final String WATCH = "omnibox-watch";
  private static final String MAINTAIN = "omnibox-maintenance";

  @Resource TimerService timers;

  private JobSupervisor supervisor;
  private List<ManagedJob> continuousJobs = List.of();
  private ManagedJob maintenance;

  @PostConstruct
  void start() {
    BatchSettings settings = BatchSettings.fromEnvironment();
    if (!settings.getBoolean(BatchSettings.SCHEDULER_ENABLED, true)) {
      LOG.schedulerDisabled(BatchSettings.SCHEDULER_ENABLED);
      return;
    }
    supervisor = new JobSupervisor(BatchRuntime.getJobOperator());
    continuousJobs = ScheduledJobs.continuous(settings);
    maintenance = ScheduledJobs.maintenance(settings).orElse(null);

    Duration watch = settings.getDuration(BatchSettings.WATCH_INTERVAL, DEFAULT_WATCH_INTERVAL);
    Duration every =
        settings.getDuration(BatchSettings.MAINTENANCE_INTERVAL, DEFAULT_MAINTENANCE_INTERVAL);
    timers.createIntervalTimer(0, watch.toMillis(), new TimerConfig(WATCH, false));
    if (maintenance != null) {
      timers.createIntervalTimer(
          every.toMillis(), every.toMillis(), new TimerConfig(MAINTAIN, false));
    }
    LOG.schedulerStarted(
        watch,
        continuousJobs.stream().anyMatch(job -> job.jobName().equals(OmniboxJobs.OUTBOX_RELAY)),
        dispatchGroups(),
        maintenance == null ? "never" : every);
  }

  @Timeout
  void onTimer(Timer timer) {
    if (WATCH.equals(timer.getInfo())) {
      continuousJobs.forEach(supervisor::ensureRunning);
    } else if (MAINTAIN.equals(timer.getInfo()) && maintenance != null) {
      supervisor.runOnce(maintenance);
    }
  }

  @PreDestroy
  void stop() {
    if (supervisor != null) {
      supervisor.stopAll(continuousJobs);
    }
  }

  private Set<String> dispatchGroups() {
    List<String> groups = new ArrayList<>();
    for (ManagedJob job : continuousJobs) {
      String group = job.parameters().getProperty(OmniboxJobs.CONSUMER_GROUP);
      if (group != null) {
        groups.add(group);
      }
    }
    return Set.copyOf(groups);
  }
}
