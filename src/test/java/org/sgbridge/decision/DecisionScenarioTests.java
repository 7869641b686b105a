package org.sgbridge.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.audit.AuditTrail;
import org.sgbridge.platform.Act;
import org.sgbridge.platform.Actor;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The decision module publishes a decision as the secretariat records it; the audit module, given
 * a published position alone, records it with its comment as the reason, under the organisation's
 * membership and country.
 */
@EnableScenarios
class DecisionScenarioTests extends ApiTest {

	@Autowired
	Decisions decisions;

	@Autowired
	AuditTrail audit;

	@Test
	void aRecordedDecisionIsPublishedAsTheSecretariatsAct(Scenario scenario) {
		Person staff = pilot.person("scenario-recorder", Set.of("SECRETARIAT"));
		Actor actor = new Actor(staff.id(), staff.email(), "Staff", Set.of(Actor.SECRETARIAT));

		scenario.stimulate(() -> decisions.record(actor, new Decisions.NewDecision("ITU-T-SG16", null,
				"Draft Recommendation H.SCENARIO", "AAP", null, null, null, List.of())))
			.andWaitForEventOfType(DecisionEvent.Recorded.class)
			.matching(e -> e.studyGroup().equals("ITU-T-SG16"))
			.toArriveAndVerify((e, recorded) -> {
				assertThat(e.decisionId()).isEqualTo(recorded.id());
				assertThat(e.act().actorId()).isEqualTo(staff.id());
				assertThat(e.act().actingAs()).isEqualTo(Actor.SECRETARIAT);
			});
	}

	@Test
	void aPublishedPositionIsRecordedWithItsCommentAsTheReason(Scenario scenario) {
		Person staff = pilot.person("scenario-reader", Set.of("SECRETARIAT"));
		Actor secretariat = new Actor(staff.id(), staff.email(), "Staff", Set.of(Actor.SECRETARIAT));
		String position = "position-of-the-scenario-" + System.nanoTime();
		Act act = new Act(clock.instant(), "delegate-of-the-scenario", "Delegate", "MEMBER:organization-of-the-scenario",
				"192.0.2.12");

		scenario.publish(new DecisionEvent.PositionTaken(position, "decision-of-the-scenario", "ITU-T-SG16",
				"organization-of-the-scenario", "OBJECT", "Clause 7 needs a test method.", "TO", act))
			.andWaitForStateChange(() -> audit.history(secretariat, position), entries -> !entries.isEmpty())
			.andVerify(entries -> assertThat(entries).singleElement().satisfies(entry -> {
				assertThat(entry.action()).isEqualTo("POSITION_TAKEN");
				assertThat(entry.actingAs()).isEqualTo("MEMBER:organization-of-the-scenario");
				assertThat(entry.reason()).isEqualTo("Clause 7 needs a test method.");
				assertThat(entry.memberState()).isEqualTo("TO");
			}));
	}
}
