package org.sgbridge.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.audit.AuditTrail;
import org.sgbridge.platform.Act;
import org.sgbridge.platform.Actor;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The document module publishes a contribution's submission with its number and the membership it
 * was submitted under; the audit module, given a published {@code ContributionEvent} alone, records it.
 */
@EnableScenarios
class ContributionScenarioTests extends ApiTest {

	@Autowired
	Contributions contributions;

	@Autowired
	AuditTrail audit;

	@Test
	void aSubmissionIsPublishedWithItsNumberAndTheMembershipItWasSubmittedUnder(Scenario scenario) {
		Person staff = pilot.person("scenario-doc-staff", Set.of("SECRETARIAT"));
		LocalDate today = LocalDate.now();
		String meeting = api.bearer(staff.token()).post("/api/v1/meetings", Map.of("studyGroup", "ITU-T-SG16",
				"kind", "STUDY_GROUP", "title", "Scenario contributions", "startDate", today.plusDays(30).toString(),
				"endDate", today.plusDays(31).toString(), "registrationOpens", today.toString(),
				"registrationCloses", today.plusDays(20).toString(), "contributionDeadline", today.plusDays(10).toString()))
			.json().path("id").asString();
		Person author = pilot.dfp("KM");
		String administration = pilot.administrationOf("KM");
		assertThat(api.bearer(author.token()).post("/api/v1/meetings/" + meeting + "/registrations",
				Map.of("organizationId", administration, "mode", "REMOTE")).json().path("status").asString())
			.isEqualTo("VALIDATED");
		Actor actor = new Actor(author.id(), author.email(), "DFP of Comoros", Set.of());
		byte[] file = TestFiles.pdf("Relay services for remote islands");

		scenario.stimulate(() -> contributions.submit(actor, meeting, "Relay services for remote islands", null,
				List.of(), List.of(), "relay.pdf", new ByteArrayInputStream(file)))
			.andWaitForEventOfType(ContributionEvent.Submitted.class)
			.matching(e -> e.studyGroup().equals("ITU-T-SG16") && e.memberState().equals("KM"))
			.toArriveAndVerify((e, submitted) -> {
				assertThat(e.contributionId()).isEqualTo(submitted.id());
				assertThat(e.number()).isEqualTo(submitted.number());
				assertThat(e.act().actorId()).isEqualTo(author.id());
				assertThat(e.act().actingAs()).isEqualTo("MEMBER:" + administration);
			});
	}

	@Test
	void aPublishedWithdrawalIsRecordedInTheTrailAsTheSecretariats(Scenario scenario) {
		Person staff = pilot.person("scenario-doc-withdrawer", Set.of("SECRETARIAT"));
		Actor secretariat = new Actor(staff.id(), staff.email(), "Staff", Set.of(Actor.SECRETARIAT));
		String contribution = "contribution-of-the-scenario-" + System.nanoTime();
		Act act = new Act(clock.instant(), staff.id(), "Staff", Actor.SECRETARIAT, "192.0.2.9");

		scenario.publish(new ContributionEvent.Withdrawn(contribution, "T25-SG16-C-0999", "ITU-T-SG16", "KM", act))
			.andWaitForStateChange(() -> audit.history(secretariat, contribution), entries -> !entries.isEmpty())
			.andVerify(entries -> assertThat(entries).singleElement().satisfies(entry -> {
				assertThat(entry.action()).isEqualTo("CONTRIBUTION_WITHDRAWN");
				assertThat(entry.subjectType()).isEqualTo("CONTRIBUTION");
				assertThat(entry.actorId()).isEqualTo(staff.id());
				assertThat(entry.actingAs()).isEqualTo("SECRETARIAT");
				assertThat(entry.memberState()).isEqualTo("KM");
				assertThat(entry.clientAddress()).isEqualTo("192.0.2.9");
			}));
	}
}
