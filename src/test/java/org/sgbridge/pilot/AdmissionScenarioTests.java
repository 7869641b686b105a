package org.sgbridge.pilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.notification.Mailbox.Mail;
import org.sgbridge.platform.Act;
import org.sgbridge.platform.Actor;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The pilot publishes what happens to a request, and the other modules react: a DFP's approval is
 * published as {@code AdmissionRequestEvent.Approved} with the act behind it; the notification
 * module, given that event alone, tells the company's representatives by mail.
 */
@EnableScenarios
class AdmissionScenarioTests extends ApiTest {

	@Autowired
	AdmissionManagement admissions;

	@Test
	void aDfpsApprovalIsPublishedWithTheDesignationItWasTakenUnder(Scenario scenario) {
		Person dfp = pilot.dfp("BT");
		Person rep = pilot.person("rep-bt", Set.of());
		String org = pilot.sme(rep, "Thimphu Telematics " + java.util.UUID.randomUUID(), "BT", 9, 40_000, "BTN");
		String request = pilot.submit(rep, org, "ITU-T-SG20").json().path("id").asString();
		Actor actor = new Actor(dfp.id(), dfp.email(), "DFP of Bhutan", Set.of());
		java.time.Instant before = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

		scenario.stimulate(() -> admissions.decide(actor, request, "APPROVE", null))
			.andWaitForEventOfType(AdmissionRequestEvent.Approved.class)
			.matching(e -> e.requestId().equals(request))
			.toArriveAndVerify(e -> {
				assertThat(e.organizationId()).isEqualTo(org);
				assertThat(e.country()).isEqualTo("BT");
				assertThat(e.studyGroups()).containsExactly("ITU-T-SG20");
				assertThat(e.act().actorId()).isEqualTo(dfp.id());
				assertThat(e.act().actingAs()).isEqualTo("DFP:BT");
				assertThat(e.act().at()).isBetween(before, clock.instant());
			});
	}

	@Test
	void theRepresentativesAreMailedWhenARejectionIsPublished(Scenario scenario) {
		Person rep = pilot.person("rep-mv", Set.of());
		String org = pilot.sme(rep, "Malé Mesh " + java.util.UUID.randomUUID(), "MV", 4, 10_000, "MVR");
		Act act = Act.system(clock);

		scenario.publish(new AdmissionRequestEvent.Rejected("request-of-the-scenario", org, "MV", List.of("ITU-D-SG1"),
				"Above the national thresholds", act))
			.andWaitForStateChange(() -> mailbox.to(rep.email(), 10), mails -> !mails.isEmpty())
			.andVerify(mails -> {
				Mail mail = mails.get(0);
				assertThat(mail.body()).contains("Above the national thresholds").contains("ITU-D-SG1");
			});
	}
}
