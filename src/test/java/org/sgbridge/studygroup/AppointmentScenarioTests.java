package org.sgbridge.studygroup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.audit.AuditTrail;
import org.sgbridge.platform.Act;
import org.sgbridge.platform.Actor;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The study group module publishes an appointment as the secretariat's act; the audit module,
 * given a published {@code AppointmentEvent} alone, records it.
 */
@EnableScenarios
class AppointmentScenarioTests extends ApiTest {

	@Autowired
	Leadership leadership;

	@Autowired
	AuditTrail audit;

	@Test
	void anAppointmentIsPublishedAsTheSecretariatsAct(Scenario scenario) {
		Person staff = pilot.person("scenario-appointer", Set.of("SECRETARIAT"));
		Api secretariat = api.bearer(staff.token());
		Person professor = pilot.person("scenario-professor", Set.of());
		String university = secretariat.post("/api/v1/organizations", new HashMap<>(Map.of("name",
				"University of " + professor.email(), "kind", "ACADEMIA", "country", "FJ"))).json().path("id").asString();
		secretariat.post("/api/v1/organizations/" + university + "/members", Map.of("accountId", professor.id()));
		Actor actor = new Actor(staff.id(), staff.email(), "Staff", Set.of(Actor.SECRETARIAT));

		scenario.stimulate(() -> leadership.appoint(actor, "ITU-T-SG16", professor.id(), "RAPPORTEUR", "26/16"))
			.andWaitForEventOfType(AppointmentEvent.Made.class)
			.matching(e -> e.accountId().equals(professor.id()))
			.toArriveAndVerify((e, made) -> {
				assertThat(e.appointmentId()).isEqualTo(made.id());
				assertThat(e.studyGroup()).isEqualTo("ITU-T-SG16");
				assertThat(e.role()).isEqualTo("RAPPORTEUR");
				assertThat(e.question()).isEqualTo("26/16");
				assertThat(e.act().actorId()).isEqualTo(staff.id());
				assertThat(e.act().actingAs()).isEqualTo(Actor.SECRETARIAT);
			});
	}

	@Test
	void aPublishedEndOfAppointmentIsRecordedInTheTrail(Scenario scenario) {
		Person staff = pilot.person("scenario-ender", Set.of("SECRETARIAT"));
		Actor secretariat = new Actor(staff.id(), staff.email(), "Staff", Set.of(Actor.SECRETARIAT));
		String appointment = "appointment-of-the-scenario-" + System.nanoTime();
		Act act = new Act(clock.instant(), staff.id(), "Staff", Actor.SECRETARIAT, "192.0.2.11");

		scenario.publish(new AppointmentEvent.Ended(appointment, "ITU-T-SG16", "someone", "RAPPORTEUR", "26/16", act))
			.andWaitForStateChange(() -> audit.history(secretariat, appointment), entries -> !entries.isEmpty())
			.andVerify(entries -> assertThat(entries).singleElement().satisfies(entry -> {
				assertThat(entry.action()).isEqualTo("APPOINTMENT_ENDED");
				assertThat(entry.subjectType()).isEqualTo("APPOINTMENT");
				assertThat(entry.actorId()).isEqualTo(staff.id());
			}));
	}
}
