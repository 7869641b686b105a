package org.sgbridge.pilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures;
import org.sgbridge.testing.PilotFixtures.Person;
import org.springframework.beans.factory.annotation.Autowired;

/** The pilot's terms as data: its period (and what happens when it ends), its groups; reminders. */
class PilotTermsTests extends ApiTest {

	@Autowired
	AdmissionManagement admissions;

	@Test
	void whenThePeriodEndsWaitingRequestsLapseAndNoNewOneIsTaken() {
		// Far in the future, so that this end of the pilot is invisible to every other test.
		clock.setInstant(Instant.parse("2090-01-02T09:00:00Z"));
		pilot.dfp("MW");
		Person rep = pilot.person("rep-mw", Set.of());
		String org = pilot.sme(rep, "Lilongwe Links", "MW", 9, 1, "MWK");
		String id = pilot.submit(rep, org, "ITU-T-SG20").json().path("id").asString();

		Api.Response ended = api.bearer(pilot.secretariat()).post("/api/v1/pilot/terms/period",
				Map.of("startsOn", "2017-05-25", "endsOn", "2090-01-01", "decision", "Council 2089 ended the pilot."));
		assertThat(ended.status()).as("%s", ended).isEqualTo(200);
		assertThat(ended.json().path("open").asBoolean()).isFalse();
		assertThat(api.bearer(rep.token()).get("/api/v1/admission-requests/" + id).json().path("status").asString())
			.isEqualTo("LAPSED");
		assertThat(mailbox.to(rep.email(), 5)).anySatisfy(m -> assertThat(m.body()).contains("Lilongwe Links"));
		Api.Response closed = pilot.submit(rep, org, "ITU-T-SG5");
		assertThat(closed.status()).isEqualTo(422);
		assertThat(closed.problem()).isEqualTo("pilot-closed");

		clock.setInstant(null);
		assertThat(api.get("/api/v1/pilot/terms").json().path("open").asBoolean()).isTrue();
	}

	@Test
	void onlyTheSecretariatChangesTheTerms() {
		Person someone = pilot.person("someone", Set.of());
		assertThat(api.bearer(someone.token()).post("/api/v1/pilot/terms/period",
				Map.of("startsOn", "2017-05-25", "decision", "no")).status()).isEqualTo(403);
		assertThat(api.bearer(someone.token()).put("/api/v1/pilot/terms/study-groups",
				Map.of("studyGroups", List.of("ITU-T-SG13"), "decision", "no")).status()).isEqualTo(403);
		Api.Response noDecision = api.bearer(pilot.secretariat()).post("/api/v1/pilot/terms/period",
				Map.of("startsOn", "2017-05-25"));
		assertThat(noDecision.status()).isEqualTo(400);
		assertThat(noDecision.json().path("errors").get(0).path("field").asString()).isEqualTo("decision");
	}

	@Test
	void aGroupJoinsThePilotByDecisionAndLeavesIt() {
		List<String> pilotGroups = List.of("ITU-T-SG5", "ITU-T-SG11", "ITU-T-SG16", "ITU-T-SG20", "ITU-D-SG1", "ITU-D-SG2");
		Api staff = api.bearer(pilot.secretariat());
		try {
			List<String> more = new java.util.ArrayList<>(pilotGroups);
			more.add("ITU-T-SG13");
			Api.Response joined = staff.put("/api/v1/pilot/terms/study-groups",
					Map.of("studyGroups", more, "decision", "TSAG agreed that SG13 joins the pilot."));
			assertThat(joined.status()).isEqualTo(200);
			assertThat(api.get("/api/v1/study-groups?pilot=true").json().path("items").findValuesAsString("code"))
				.contains("ITU-T-SG13");
		}
		finally {
			staff.put("/api/v1/pilot/terms/study-groups",
					Map.of("studyGroups", pilotGroups, "decision", "SG13 left the pilot."));
		}
		assertThat(api.get("/api/v1/study-groups?pilot=true").json().path("items").findValuesAsString("code"))
			.containsExactlyInAnyOrderElementsOf(pilotGroups);
	}

	@Test
	void aDfpIsRemindedOfARequestWaiting14Days() {
		Person dfp = pilot.dfp("ZM");
		Person rep = pilot.person("rep-zm", Set.of());
		String org = pilot.sme(rep, "Lusaka Spectrum", "ZM", 9, 1, "ZMW");
		pilot.submit(rep, org, "ITU-T-SG5");
		admissions.remindWaiting();
		assertThat(mailbox.to(dfp.email(), 10)).noneSatisfy(m -> assertThat(m.subject()).contains("Reminder"));

		clock.setInstant(Instant.now().plus(Duration.ofDays(15)));
		admissions.remindWaiting();
		admissions.remindWaiting();
		assertThat(mailbox.to(dfp.email(), 10)).filteredOn(m -> m.subject().contains("Lusaka Spectrum")
				&& m.subject().startsWith("Reminder")).hasSize(1);
	}
}
