package dev.omnibox.ejb.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class JobsResourceTest {

  @Test
  void startParameters_takesAllowedValues() {
    Properties parameters =
        JobsResource.startParameters(
            AdminJobs.OUTBOX_RELAY,
            AdminParams.body(
                "{\"parameters\": {\"itemCount\": 20, \"continuous\": false, \"topics\": \"a,b\"}}"));

    assertThat(parameters).containsEntry("itemCount", "20");
    assertThat(parameters).containsEntry("continuous", "false");
    assertThat(parameters).containsEntry("topics", "a,b");
  }

  @Test
  void startParameters_emptyBodyHasNone() {
    assertThat(JobsResource.startParameters(AdminJobs.MAINTENANCE, AdminParams.body(""))).isEmpty();
  }

  @Test
  void startParameters_rejectsParameterOfOtherJob() {
    assertThatThrownBy(
            () ->
                JobsResource.startParameters(
                    AdminJobs.MAINTENANCE,
                    AdminParams.body("{\"parameters\": {\"topics\": \"orders\"}}")))
        .isInstanceOf(AdminProblem.class)
        .hasMessageContaining("parameter 'topics' is not allowed for job omnibox-maintenance")
        .hasMessageContaining("retention");
  }

  @Test
  void startParameters_rejectsPartitionsAndObjects() {
    assertThatThrownBy(
            () ->
                JobsResource.startParameters(
                    AdminJobs.OUTBOX_RELAY,
                    AdminParams.body("{\"parameters\": {\"partitionCount\": 4}}")))
        .hasMessageContaining("'partitionCount' is not allowed");
    assertThatThrownBy(
            () ->
                JobsResource.startParameters(
                    AdminJobs.OUTBOX_RELAY,
                    AdminParams.body("{\"parameters\": {\"itemCount\": {\"x\": 1}}}")))
        .hasMessageContaining("must be a text, number or boolean");
    assertThatThrownBy(
            () ->
                JobsResource.startParameters(
                    AdminJobs.OUTBOX_RELAY, AdminParams.body("{\"parameters\": [1]}")))
        .hasMessageContaining("parameters must be a JSON object");
  }
}
