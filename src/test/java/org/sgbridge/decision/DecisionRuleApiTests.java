package org.sgbridge.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures;
import org.sgbridge.testing.PilotFixtures.Person;

/** API.md "Contributions, leadership, decisions": the SME rule at the HTTP level, both ways. */
class DecisionRuleApiTests extends ApiTest {

	Api staff;

	@BeforeEach
	void setUp() {
		staff = api.bearer(pilot.secretariat());
	}

	private String entity(String kind, Person member, Map<String, Object> extra) {
		Map<String, Object> body = new HashMap<>(Map.of("name", kind + " " + member.email(), "kind", kind, "country", "DE"));
		body.putAll(extra);
		String id = staff.post("/api/v1/organizations", body).json().path("id").asString();
		staff.post("/api/v1/organizations/" + id + "/members", Map.of("accountId", member.id()));
		return id;
	}

	@Test
	void smeDelegateCannotBeAppointedRapporteurOthersCanWhereEntitled() {
		Person smeDelegate = pilot.person("sme-delegate", Set.of());
		pilot.sme(smeDelegate, "Berlin Haptics", "DE", 12, 1_000_000, "EUR");
		Api.Response refused = staff.with("Accept-Language", "fr").post("/api/v1/study-groups/ITU-T-SG16/appointments",
				Map.of("accountId", smeDelegate.id(), "role", "RAPPORTEUR", "question", "26/16"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problem()).isEqualTo("sme-no-decision-role");
		assertThat(refused.json().path("detail").asString()).doesNotContain("Under the pilot");

		Person professor = pilot.person("professor", Set.of());
		entity("ACADEMIA", professor, Map.of());
		Api.Response rapporteur = staff.post("/api/v1/study-groups/ITU-T-SG16/appointments",
				Map.of("accountId", professor.id(), "role", "RAPPORTEUR", "question", "26/16"));
		assertThat(rapporteur.status()).isEqualTo(201);
		Api.Response chair = staff.post("/api/v1/study-groups/ITU-T-SG16/appointments",
				Map.of("accountId", professor.id(), "role", "CHAIR"));
		assertThat(chair.status()).isEqualTo(422);
		assertThat(chair.problem()).isEqualTo("not-entitled");

		Person nobody = pilot.person("nobody", Set.of());
		assertThat(api.bearer(nobody.token()).post("/api/v1/study-groups/ITU-T-SG16/appointments",
				Map.of("accountId", professor.id(), "role", "RAPPORTEUR")).status()).isEqualTo(403);
		assertThat(api.get("/api/v1/study-groups/ITU-T-SG16/appointments").json().path("items")
			.findValuesAsString("accountId")).contains(professor.id());
	}

	@Test
	void aRoleHolderWhoJoinsAnSmeKeepsTheRoleAndTheSecretariatIsWarned() {
		Person expert = pilot.person("expert", Set.of());
		entity("SECTOR_MEMBER", expert, Map.of());
		staff.post("/api/v1/study-groups/ITU-T-SG20/appointments", Map.of("accountId", expert.id(), "role", "VICE_CHAIR"));
		Person founder = pilot.person("founder", Set.of());
		String sme = pilot.sme(founder, "Start-up of " + expert.email(), "DE", 3, 1000, "EUR");
		api.bearer(founder.token()).post("/api/v1/organizations/" + sme + "/members", Map.of("accountId", expert.id()));
		var team = api.get("/api/v1/study-groups/ITU-T-SG20/appointments").json().path("items");
		boolean warned = false;
		for (var a : team) {
			if (a.path("accountId").asString().equals(expert.id())) {
				warned = a.path("holderNowWithSme").asBoolean();
			}
		}
		assertThat(warned).isTrue();
	}

	@Test
	void anSmeTakesNoPositionOnADecisionWhateverTheProcedure() {
		Person rep = pilot.person("sme-rep", Set.of());
		String sme = pilot.sme(rep, "Munich Codec", "DE", 20, 1_000_000, "EUR");
		Person delegate = pilot.person("admin-delegate", Set.of());
		String administration = pilot.administrationOf("DE");
		staff.post("/api/v1/organizations/" + administration + "/members", Map.of("accountId", delegate.id()));
		Person associateStaff = pilot.person("associate", Set.of());
		String associate = entity("ASSOCIATE", associateStaff, Map.of("studyGroups", java.util.List.of("ITU-T-SG16")));

		for (String procedure : new String[] { "AAP", "TAP", "CONSENSUS" }) {
			Api.Response decision = staff.post("/api/v1/decisions", Map.of("studyGroup", "ITU-T-SG16",
					"subject", "Draft Recommendation H.ACC (" + procedure + ")", "procedure", procedure));
			assertThat(decision.status()).isEqualTo(201);
			String id = decision.json().path("id").asString();
			Api.Response smePosition = api.bearer(rep.token()).post("/api/v1/decisions/" + id + "/positions",
					Map.of("organizationId", sme, "position", "SUPPORT"));
			assertThat(smePosition.status()).as(procedure).isEqualTo(422);
			assertThat(smePosition.problem()).isEqualTo("sme-no-decision-role");
			Api.Response smeComment = api.bearer(rep.token()).post("/api/v1/decisions/" + id + "/positions",
					Map.of("organizationId", sme, "comment", "We would like to add a clause."));
			assertThat(smeComment.problem()).isEqualTo("sme-no-decision-role");
			Api.Response onBehalf = staff.post("/api/v1/decisions/" + id + "/positions",
					Map.of("organizationId", sme, "position", "SUPPORT"));
			assertThat(onBehalf.problem()).as("not even recorded by the secretariat").isEqualTo("sme-no-decision-role");

			assertThat(api.bearer(delegate.token()).post("/api/v1/decisions/" + id + "/positions",
					Map.of("organizationId", administration, "position", "SUPPORT")).status()).isEqualTo(201);
			assertThat(api.bearer(associateStaff.token()).post("/api/v1/decisions/" + id + "/positions",
					Map.of("organizationId", associate, "position", "OBJECT")).problem()).isEqualTo("not-entitled");
			assertThat(api.bearer(associateStaff.token()).post("/api/v1/decisions/" + id + "/positions",
					Map.of("organizationId", associate, "comment", "Consider accessibility of captions.")).status())
				.isEqualTo(201);
		}
		// An Associate of ITU-T SG16 has no say on a decision of SG20.
		String elsewhere = staff.post("/api/v1/decisions", Map.of("studyGroup", "ITU-T-SG20",
				"subject", "Draft Recommendation Y.ELSE", "procedure", "TAP")).json().path("id").asString();
		assertThat(api.bearer(associateStaff.token()).post("/api/v1/decisions/" + elsewhere + "/positions",
				Map.of("organizationId", associate, "comment", "Out of our group.")).problem()).isEqualTo("not-entitled");
	}

	@Test
	void smeStaffInTheNationalDelegationTakeNoPositionForTheAdministration() {
		Person founder = pilot.person("sme-founder", Set.of());
		pilot.sme(founder, "Hamburg Captions of " + founder.email(), "DE", 8, 500_000, "EUR");
		String administration = pilot.administrationOf("DE");
		staff.post("/api/v1/organizations/" + administration + "/members", Map.of("accountId", founder.id()));
		String id = staff.post("/api/v1/decisions", Map.of("studyGroup", "ITU-T-SG16",
				"subject", "Draft Recommendation H.DELEG", "procedure", "AAP")).json().path("id").asString();

		Api.Response position = api.bearer(founder.token()).post("/api/v1/decisions/" + id + "/positions",
				Map.of("organizationId", administration, "position", "SUPPORT"));
		assertThat(position.status()).isEqualTo(422);
		assertThat(position.problem()).isEqualTo("sme-no-decision-role");
		Api.Response comment = api.bearer(founder.token()).post("/api/v1/decisions/" + id + "/positions",
				Map.of("organizationId", administration, "comment", "Our delegation supports it."));
		assertThat(comment.status()).isEqualTo(422);
		assertThat(comment.problem()).isEqualTo("sme-no-decision-role");
	}

	@Test
	void aMalformedDateIsNamedBesideTheOtherFaultsAndARefusalSaysWhichRule() {
		Api.Response invalid = staff.post("/api/v1/decisions", Map.of("studyGroup", "ITU-T-SG16", "subject", "",
				"procedure", "VOTE", "decidedOn", "2026-13-01"));
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.json().path("errors").findValuesAsString("field")).contains("decidedOn", "subject", "procedure");

		Person member = pilot.person("association-member", Set.of());
		String association = entity("ASSOCIATION", member, Map.of());
		String id = staff.post("/api/v1/decisions", Map.of("studyGroup", "ITU-T-SG16", "subject",
				"Draft Recommendation H.ASSOC", "procedure", "TAP")).json().path("id").asString();
		Api.Response refused = api.bearer(member.token()).with("Accept-Language", "fr").post("/api/v1/decisions/" + id + "/positions",
				Map.of("organizationId", association, "comment", "We would like to be heard."));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problem()).isEqualTo("not-entitled");
		assertThat(refused.json().path("detail").asString()).contains("Une association de PME ne prend pas part aux décisions");
	}
}
