package dev.omnibox.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.ejb.admin.AdminJobs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The admin API of omnibox-ejb names the jobs and parameters of this module without a dependency.
 */
class AdminJobNamesTest {

  private static final Pattern PARAMETER = Pattern.compile("jobParameters\\['([A-Za-z]+)'\\]");

  @Test
  void adminJobs_matchJobConstants() {
    assertThat(AdminJobs.NAMES)
        .containsExactly(
            OmniboxJobs.OUTBOX_RELAY, OmniboxJobs.INBOX_DISPATCH, OmniboxJobs.MAINTENANCE);
  }

  @Test
  void startParameters_existInJobXml() throws IOException {
    for (String job : AdminJobs.NAMES) {
      String xml = jobXml(job);
      for (String parameter : AdminJobs.START_PARAMETERS.get(job)) {
        assertThat(xml)
            .as(job + " reads " + parameter)
            .contains("jobParameters['" + parameter + "']");
      }
      Matcher read = PARAMETER.matcher(xml);
      while (read.find()) {
        assertThat(read.group(1))
            .as(job + " parameter without a decision in AdminJobs")
            .isIn(union(AdminJobs.START_PARAMETERS.get(job)));
      }
    }
  }

  private static java.util.Set<String> union(java.util.Set<String> allowed) {
    java.util.Set<String> known = new java.util.HashSet<>(allowed);
    // Partition parameters are set by the scheduler only.
    known.addAll(java.util.Set.of("partitions", "partitionCount", "firstPartition"));
    return known;
  }

  private static String jobXml(String job) throws IOException {
    try (InputStream in =
        AdminJobNamesTest.class.getResourceAsStream("/META-INF/batch-jobs/" + job + ".xml")) {
      assertThat(in).as(job + ".xml on the class path").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
