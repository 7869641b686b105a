package org.sgbridge.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestAccounts;
import org.sgbridge.testing.TestFiles;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The secretariat records decisions (with their input contributions, typed by number) and
 * positions on a study group's decisions page, judged as the API judges them: all faults at once,
 * what was typed kept, a rule's refusal naming the rule (DecisionRights). Nobody else may.
 */
class DecisionPagesTests extends ApiTest {

	@Autowired
	Decisions decisions;

	Api staff;
	Person secretary;

	@BeforeEach
	void setUp() {
		secretary = pilot.person("decisions-staff", Set.of("SECRETARIAT"));
		staff = api.bearer(secretary.token());
	}

	private PageClient signedIn(Person person) {
		PageClient client = new PageClient(port);
		assertThat(client.signIn(person.email(), TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
		return client;
	}

	private String meeting(String group, String title) {
		LocalDate today = LocalDate.now();
		Map<String, Object> body = new HashMap<>(Map.of("studyGroup", group, "kind", "STUDY_GROUP", "title", title,
				"startDate", today.plusDays(30).toString(), "endDate", today.plusDays(31).toString(),
				"registrationOpens", today.toString(), "registrationCloses", today.plusDays(20).toString(),
				"contributionDeadline", today.plusDays(10).toString()));
		Api.Response created = staff.post("/api/v1/meetings", body);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().path("id").asString();
	}

	/** A contribution of North Macedonia's DFP to the meeting: its number. */
	private String contribution(String meeting, String title) {
		Person author = pilot.dfp("MK");
		assertThat(api.bearer(author.token()).post("/api/v1/meetings/" + meeting + "/registrations",
				Map.of("organizationId", pilot.administrationOf("MK"), "mode", "REMOTE")).status()).isEqualTo(201);
		Api.Response submitted = api.bearer(author.token()).postMultipart("/api/v1/meetings/" + meeting + "/contributions",
				Map.of("title", title), "proposal.pdf", TestFiles.pdf(title));
		assertThat(submitted.status()).as("%s", submitted).isEqualTo(201);
		return submitted.json().path("number").asString();
	}

	@Test
	void theSecretariatRecordsADecisionWithItsInputContributionsByNumber() {
		String meeting = meeting("ITU-T-SG20", "Skopje plenary of SG20");
		String number = contribution(meeting, "Proposal on smart water meters");
		PageClient page = signedIn(secretary);

		HttpResponse<String> form = page.get("/study-groups/ITU-T-SG20/decisions");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("id=\"record-decision\"").contains("Skopje plenary of SG20");

		HttpResponse<String> recorded = page.post("/study-groups/ITU-T-SG20/decisions", "/study-groups/ITU-T-SG20/decisions",
				Map.of("subject", "Draft Recommendation Y.WATER (Skopje)", "procedure", "AAP", "step", "", "meetingId", meeting,
						"decidedOn", "2026-03-20", "inputs", number.toLowerCase()));
		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(302);
		Decisions.Decision decision = decisions.ofGroup("ITU-T-SG20").stream()
			.filter(d -> d.subject().equals("Draft Recommendation Y.WATER (Skopje)")).findFirst().orElseThrow();
		assertThat(decision.step()).isEqualTo("CONSENT");
		assertThat(decision.meetingId()).isEqualTo(meeting);
		assertThat(decision.decidedOn()).isEqualTo(LocalDate.of(2026, 3, 20));
		assertThat(decision.inputs()).hasSize(1);

		String shown = page.get("/study-groups/ITU-T-SG20/decisions").body();
		assertThat(shown).contains("The decision “Draft Recommendation Y.WATER (Skopje)” is recorded.")
			.contains("20 March 2026").contains(number).doesNotContain("2026-03-20");
	}

	@Test
	void aRefusedDecisionNamesEveryFaultAtOnceAndKeepsWhatWasTyped() {
		PageClient page = signedIn(secretary);
		int before = decisions.ofGroup("ITU-T-SG13").size();
		HttpResponse<String> refused = page.post("/study-groups/ITU-T-SG13/decisions", "/study-groups/ITU-T-SG13/decisions",
				Map.of("subject", " ", "procedure", "", "step", "", "meetingId", "", "decidedOn", "2026-02-30",
						"inputs", "T17-SG13-C-9999 keep-this-typed"));
		assertThat(refused.statusCode()).isEqualTo(400);
		String body = refused.body();
		assertThat(body).contains("id=\"form-errors\"")
			.contains("id=\"subject-error\"").contains("id=\"procedure-error\"").contains("id=\"decidedOn-error\"")
			.contains("id=\"inputs-error\"")
			.contains("The procedure is AAP, TAP or CONSENSUS.")
			.contains("Enter a date as YYYY-MM-DD.")
			.contains("There is no contribution T17-SG13-C-9999.")
			.contains("value=\"2026-02-30\"")
			.contains("T17-SG13-C-9999 keep-this-typed</textarea>");
		assertThat(decisions.ofGroup("ITU-T-SG13")).hasSize(before);
	}

	@Test
	void onlyTheSecretariatRecordsDecisionsAndPositionsOnThePage() {
		Person participant = pilot.person("decisions-participant", Set.of());
		PageClient page = signedIn(participant);
		HttpResponse<String> shown = page.get("/study-groups/ITU-T-SG17/decisions");
		assertThat(shown.statusCode()).isEqualTo(200);
		assertThat(shown.body()).doesNotContain("id=\"record-decision\"").doesNotContain("id=\"record-position\"");
		int before = decisions.ofGroup("ITU-T-SG17").size();
		HttpResponse<String> refused = page.post("/study-groups/ITU-T-SG17/decisions", "/study-groups/ITU-T-SG17/decisions",
				Map.of("subject", "Draft Recommendation X.NOT-MINE", "procedure", "TAP"));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(decisions.ofGroup("ITU-T-SG17")).hasSize(before);

		String id = staff.post("/api/v1/decisions", Map.of("studyGroup", "ITU-T-SG17", "subject", "Draft Recommendation X.SEC",
				"procedure", "TAP")).json().path("id").asString();
		assertThat(page.post("/study-groups/ITU-T-SG17/decisions", "/study-groups/ITU-T-SG17/decisions/positions",
				Map.of("decision", id, "organization", "Administration of North Macedonia", "position", "SUPPORT")).statusCode())
			.isEqualTo(403);
		assertThat(decisions.find(id).positions()).isEmpty();
	}

	@Test
	void theSecretariatRecordsPositionsAndTheRefusalNamesTheRule() {
		String id = staff.post("/api/v1/decisions", Map.of("studyGroup", "ITU-T-SG16", "subject",
				"Draft Recommendation H.SKOPJE", "procedure", "CONSENSUS")).json().path("id").asString();
		Person founder = pilot.person("decisions-sme", Set.of());
		String sme = pilot.sme(founder, "Ohrid Captions of " + founder.email(), "MK", 9, 300_000, "EUR");
		String smeName = "Ohrid Captions of " + founder.email();
		Person associateStaff = pilot.person("decisions-associate", Set.of());
		String associateName = "Bitola Media Lab " + associateStaff.email();
		staff.post("/api/v1/organizations", Map.of("name", associateName, "kind", "ASSOCIATE", "country", "MK",
				"studyGroups", List.of("ITU-T-SG16")));
		PageClient page = signedIn(secretary);
		String from = "/study-groups/ITU-T-SG16/decisions?decision=" + id;
		String form = page.get(from).body();
		assertThat(form).as("each decision leads to the position form, chosen")
			.contains("decision=" + id + "#h-position").contains("<option value=\"" + id + "\" selected=\"selected\">")
			.as("a refusal comes back at its summary").contains("action=\"/study-groups/ITU-T-SG16/decisions/positions#form-errors\"");
		String action = "/study-groups/ITU-T-SG16/decisions/positions";

		// An SME: refused whatever the procedure, the rule named at the top and beside the organisation, the form kept.
		HttpResponse<String> smeRefused = page.post(from, action, Map.of("decision", id, "organization", smeName,
				"position", "SUPPORT", "comment", "We support it."));
		assertThat(smeRefused.statusCode()).isEqualTo(422);
		assertThat(smeRefused.body()).contains("an SME takes part fully in the work but has no role in decision-making")
			.contains("id=\"organization-error\"").contains("value=\"" + smeName + "\"").contains("We support it.</textarea>")
			.contains("<option value=\"SUPPORT\" selected=\"selected\">");
		assertThat(decisions.find(id).positions()).isEmpty();
		assertThat(sme).isNotBlank();

		// An Associate may comment but takes no position: the refusal says so.
		HttpResponse<String> associatePosition = page.post(from, action, Map.of("decision", id, "organization", associateName,
				"position", "OBJECT", "comment", ""));
		assertThat(associatePosition.statusCode()).isEqualTo(422);
		assertThat(associatePosition.body()).contains("An Associate takes no position on a decision, it may only comment");
		assertThat(page.post(from, action, Map.of("decision", id, "organization", associateName, "position", "",
				"comment", "Consider captions for sign language.")).statusCode()).isEqualTo(302);

		// An unknown name and a missing position: both said at once.
		HttpResponse<String> unknown = page.post(from, action, Map.of("decision", id, "organization", "No Such Organisation Skopje",
				"position", "", "comment", ""));
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("No organisation has the name or id “No Such Organisation Skopje”.")
			.contains("Give a position (SUPPORT, OBJECT, ABSTAIN) or a comment.");

		// The Administration, typed with another case and no accents: recorded, and shown with the comment.
		HttpResponse<String> recorded = page.post(from, action, Map.of("decision", id,
				"organization", "administration of north macedonia", "position", "SUPPORT", "comment", ""));
		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(302);
		assertThat(decisions.find(id).positions()).extracting(Decisions.Position::organization)
			.containsExactlyInAnyOrder("Administration of North Macedonia", associateName);
		String shown = page.get("/study-groups/ITU-T-SG16/decisions").body();
		int at = shown.indexOf("id=\"positions-" + id + "\"");
		assertThat(at).isPositive();
		assertThat(shown.substring(at, shown.indexOf("</table>", at))).contains("Administration of North Macedonia")
			.contains("Support").contains("Consider captions for sign language.").contains("Associate");

		// The same organisation twice: a conflict, said on the form.
		HttpResponse<String> twice = page.post(from, action, Map.of("decision", id,
				"organization", "Administration of North Macedonia", "position", "OBJECT", "comment", ""));
		assertThat(twice.statusCode()).isEqualTo(409);
		assertThat(twice.body()).contains("This organisation has already taken a position on this decision.");
	}
}
