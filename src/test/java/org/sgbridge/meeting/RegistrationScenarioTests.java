package org.sgbridge.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.audit.AuditEntry;
import org.sgbridge.audit.AuditTrail;
import org.sgbridge.platform.Act;
import org.sgbridge.platform.Actor;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The meeting module publishes what happens to a registration, with the act behind it; the
 * notification and audit modules, given a published {@code RegistrationEvent} alone, mail the
 * participant and record the decision under its actor and designation.
 */
@EnableScenarios
class RegistrationScenarioTests extends ApiTest {

	@Autowired
	MeetingRegistrations registrations;

	@Autowired
	AuditTrail audit;

	private String meeting(Person staff) {
		LocalDate today = LocalDate.now();
		return api.bearer(staff.token()).post("/api/v1/meetings", Map.of("studyGroup", "ITU-T-SG16", "kind", "STUDY_GROUP",
				"title", "Scenario meeting " + System.nanoTime(), "startDate", today.plusDays(30).toString(),
				"endDate", today.plusDays(31).toString(), "registrationOpens", today.toString(),
				"registrationCloses", today.plusDays(20).toString()))
			.json().path("id").asString();
	}

	@Test
	void aRegistrationIsPublishedWithTheMembershipItWasMadeUnder(Scenario scenario) {
		Person staff = pilot.person("scenario-staff", Set.of("SECRETARIAT"));
		String meeting = meeting(staff);
		Person dfp = pilot.dfp("CV");
		String administration = pilot.administrationOf("CV");
		Actor actor = new Actor(dfp.id(), dfp.email(), "DFP of Cabo Verde", Set.of());

		scenario.stimulate(() -> registrations.register(actor, meeting, administration, "REMOTE", false))
			.andWaitForEventOfType(RegistrationEvent.Registered.class)
			.matching(e -> e.facts().meetingId().equals(meeting))
			.toArriveAndVerify(e -> {
				assertThat(e.facts().organizationId()).isEqualTo(administration);
				assertThat(e.facts().country()).isEqualTo("CV");
				assertThat(e.facts().participantId()).isEqualTo(dfp.id());
				assertThat(e.facts().mode()).isEqualTo(Registration.Mode.REMOTE);
				assertThat(e.act().actorId()).isEqualTo(dfp.id());
				assertThat(e.act().actingAs()).isEqualTo("MEMBER:" + administration);
				assertThat(e.action()).isEqualTo("REGISTRATION_SUBMITTED");
			});
	}

	@Test
	void aPublishedRejectionIsMailedToTheParticipantAndRecordedWithItsReason(Scenario scenario) {
		Person participant = pilot.person("scenario-participant", Set.of());
		Person focalPoint = pilot.person("scenario-focal-point", Set.of());
		String registration = "registration-of-the-scenario-" + System.nanoTime();
		RegistrationEvent.Facts facts = new RegistrationEvent.Facts(registration, "meeting-of-the-scenario",
				"Scenario Workshop on Accessible Captions", LocalDate.now().plusDays(20), "organization-of-the-scenario",
				"Praia Relay Services", "CV", participant.id(), Registration.Mode.IN_PERSON, Registration.Status.REJECTED,
				"The delegation is complete", null, List.of(focalPoint.id()));
		Act act = new Act(clock.instant(), focalPoint.id(), "Focal point", "FOCAL_POINT:organization-of-the-scenario", "192.0.2.7");

		scenario.publish(new RegistrationEvent.Rejected(facts, act))
			.andWaitForStateChange(() -> mailbox.to(participant.email(), 10), mails -> !mails.isEmpty())
			.andVerify(mails -> assertThat(mails.get(0).body()).contains("Scenario Workshop on Accessible Captions")
				.contains("The delegation is complete")
				.as("the meeting's date as the participant reads dates")
				.contains(org.sgbridge.platform.Dates.format(facts.meetingStart(), java.util.Locale.ENGLISH))
				.doesNotContain(facts.meetingStart().toString()));

		List<AuditEntry> history = audit.history(new Actor(focalPoint.id(), focalPoint.email(), "Staff",
				Set.of(Actor.SECRETARIAT)), registration);
		assertThat(history).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("REGISTRATION_REJECTED");
			assertThat(entry.actorId()).isEqualTo(focalPoint.id());
			assertThat(entry.actingAs()).isEqualTo("FOCAL_POINT:organization-of-the-scenario");
			assertThat(entry.reason()).isEqualTo("The delegation is complete");
			assertThat(entry.memberState()).isEqualTo("CV");
		});
	}
}
