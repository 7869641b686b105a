package org.sgbridge.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestFiles;
import tools.jackson.databind.JsonNode;

/**
 * API.md "The audit trail" for contributions, appointments, decisions and positions: each change
 * is in the trail as soon as the call has answered, with who made it, under which role and why.
 */
class AuditedChangesApiTests extends ApiTest {

	Person staff;

	Api secretariat;

	@BeforeEach
	void setUp() {
		staff = pilot.person("audit-staff", Set.of("SECRETARIAT"));
		secretariat = api.bearer(staff.token());
	}

	private JsonNode trail(String query) {
		Api.Response found = secretariat.get("/api/v1/audit?" + query);
		assertThat(found.status()).as("%s", found).isEqualTo(200);
		return found.json().path("items");
	}

	private static boolean absent(JsonNode node) {
		return node.isMissingNode() || node.isNull();
	}

	@Test
	void aContributionsSubmissionRevisionAndWithdrawalAreInTheTrailAtOnceAsTheMembersOrganisation() {
		LocalDate today = LocalDate.now();
		String meeting = secretariat.post("/api/v1/meetings", Map.of("studyGroup", "ITU-T-SG16", "kind", "STUDY_GROUP",
				"title", "Audited contributions", "startDate", today.plusDays(30).toString(),
				"endDate", today.plusDays(31).toString(), "registrationOpens", today.toString(),
				"registrationCloses", today.plusDays(20).toString(), "contributionDeadline", today.plusDays(10).toString()))
			.json().path("id").asString();
		Person author = pilot.dfp("MT");
		String administration = pilot.administrationOf("MT");
		assertThat(api.bearer(author.token()).post("/api/v1/meetings/" + meeting + "/registrations",
				Map.of("organizationId", administration, "mode", "REMOTE")).json().path("status").asString())
			.isEqualTo("VALIDATED");

		Api.Response submitted = api.bearer(author.token()).postMultipart("/api/v1/meetings/" + meeting + "/contributions",
				Map.of("title", "Captions for sign-language avatars"), "avatars.pdf",
				TestFiles.pdf("Captions for sign-language avatars"));
		assertThat(submitted.status()).as("%s", submitted).isEqualTo(201);
		String id = submitted.json().path("id").asString();

		JsonNode items = trail("subject=" + id);
		assertThat(items).hasSize(1);
		JsonNode entry = items.get(0);
		assertThat(entry.path("action").asString()).isEqualTo("CONTRIBUTION_SUBMITTED");
		assertThat(entry.path("actorId").asString()).isEqualTo(author.id());
		assertThat(entry.path("actingAs").asString()).isEqualTo("MEMBER:" + administration);
		assertThat(entry.path("subjectType").asString()).isEqualTo("CONTRIBUTION");
		assertThat(entry.path("memberState").asString()).isEqualTo("MT");
		assertThat(absent(entry.path("reason"))).as("a submission gives no reason").isTrue();

		assertThat(api.bearer(author.token()).postMultipart("/api/v1/contributions/" + id + "/revisions", null,
				"avatars-rev1.pdf", TestFiles.pdf("Captions for sign-language avatars, revised")).status()).isEqualTo(200);
		assertThat(secretariat.post("/api/v1/contributions/" + id + "/withdrawal", Map.of()).status()).isEqualTo(200);
		items = trail("subject=" + id);
		assertThat(items.findValuesAsString("action"))
			.containsExactly("CONTRIBUTION_WITHDRAWN", "CONTRIBUTION_REVISED", "CONTRIBUTION_SUBMITTED");
		assertThat(items.get(0).path("actorId").asString()).isEqualTo(staff.id());
		assertThat(items.get(0).path("actingAs").asString()).isEqualTo("SECRETARIAT");
		assertThat(items.get(1).path("actingAs").asString()).isEqualTo("MEMBER:" + administration);
		assertThat(items.findValuesAsString("memberState")).containsOnly("MT");

		// the Member State's focal point reads its state's contributions in the trail
		assertThat(api.bearer(author.token()).get("/api/v1/audit?memberState=MT&subject=" + id).json().path("total")
			.asInt()).isEqualTo(3);
	}

	@Test
	void anAppointmentMadeAndEndedIsInTheTrailAtOnceAsTheSecretariats() {
		Person professor = pilot.person("audited-professor", Set.of());
		Map<String, Object> university = new HashMap<>(Map.of("name", "University of " + professor.email(),
				"kind", "ACADEMIA", "country", "MT"));
		String org = secretariat.post("/api/v1/organizations", university).json().path("id").asString();
		secretariat.post("/api/v1/organizations/" + org + "/members", Map.of("accountId", professor.id()));

		Api.Response appointed = secretariat.post("/api/v1/study-groups/ITU-T-SG16/appointments",
				Map.of("accountId", professor.id(), "role", "RAPPORTEUR", "question", "26/16"));
		assertThat(appointed.status()).as("%s", appointed).isEqualTo(201);
		String id = appointed.json().path("id").asString();

		JsonNode items = trail("subject=" + id);
		assertThat(items).hasSize(1);
		JsonNode made = items.get(0);
		assertThat(made.path("action").asString()).isEqualTo("APPOINTMENT_MADE");
		assertThat(made.path("actorId").asString()).isEqualTo(staff.id());
		assertThat(made.path("actingAs").asString()).isEqualTo("SECRETARIAT");
		assertThat(made.path("subjectType").asString()).isEqualTo("APPOINTMENT");
		assertThat(absent(made.path("reason"))).as("the API takes no reason for an appointment").isTrue();

		assertThat(secretariat.delete("/api/v1/appointments/" + id).status()).isEqualTo(200);
		assertThat(trail("subject=" + id).findValuesAsString("action")).containsExactly("APPOINTMENT_ENDED", "APPOINTMENT_MADE");
		assertThat(secretariat.delete("/api/v1/appointments/" + id).status()).as("ended once").isEqualTo(404);
		assertThat(trail("subject=" + id)).hasSize(2);
	}

	@Test
	void aDecisionAndAPositionWithItsCommentAreInTheTrail() {
		Api.Response recorded = secretariat.post("/api/v1/decisions", Map.of("studyGroup", "ITU-T-SG16",
				"subject", "Draft Recommendation H.AUDIT", "procedure", "AAP"));
		assertThat(recorded.status()).isEqualTo(201);
		String decision = recorded.json().path("id").asString();
		JsonNode entry = trail("subject=" + decision).get(0);
		assertThat(entry.path("action").asString()).isEqualTo("DECISION_RECORDED");
		assertThat(entry.path("subjectType").asString()).isEqualTo("DECISION");
		assertThat(entry.path("actorId").asString()).isEqualTo(staff.id());

		Person delegate = pilot.person("audited-delegate", Set.of());
		String administration = pilot.administrationOf("MT");
		secretariat.post("/api/v1/organizations/" + administration + "/members", Map.of("accountId", delegate.id()));
		assertThat(api.bearer(delegate.token()).post("/api/v1/decisions/" + decision + "/positions", Map.of("organizationId",
				administration, "position", "OBJECT", "comment", "The captions clause needs a test method.")).status())
			.isEqualTo(201);
		JsonNode position = trail("actor=" + delegate.id()).get(0);
		assertThat(position.path("action").asString()).isEqualTo("POSITION_TAKEN");
		assertThat(position.path("subjectType").asString()).isEqualTo("POSITION");
		assertThat(position.path("actingAs").asString()).isEqualTo("MEMBER:" + administration);
		assertThat(position.path("memberState").asString()).isEqualTo("MT");
		assertThat(position.path("reason").asString()).isEqualTo("The captions clause needs a test method.");
	}

	private static Map<String, Object> meeting(String title, String city, String country, Integer capacity) {
		LocalDate today = LocalDate.now();
		Map<String, Object> m = new HashMap<>(Map.of("studyGroup", "ITU-T-SG16", "kind", "STUDY_GROUP", "title", title,
				"startDate", today.plusDays(40).toString(), "endDate", today.plusDays(42).toString(),
				"registrationOpens", today.toString(), "registrationCloses", today.plusDays(30).toString(),
				"city", city, "country", country));
		if (capacity != null) {
			m.put("capacity", capacity);
		}
		return m;
	}

	@Test
	void aMeetingCreatedAndChangedIsInTheTrailAtOnceAsTheSecretariatsFiledUnderItsHostCountry() {
		Api.Response created = secretariat.post("/api/v1/meetings", meeting("Audited meeting", "Valletta", "MT", 100));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		String id = created.json().path("id").asString();

		JsonNode items = trail("subject=" + id);
		assertThat(items).hasSize(1);
		JsonNode entry = items.get(0);
		assertThat(entry.path("action").asString()).isEqualTo("MEETING_CREATED");
		assertThat(entry.path("subjectType").asString()).isEqualTo("MEETING");
		assertThat(entry.path("actorId").asString()).isEqualTo(staff.id());
		assertThat(entry.path("actingAs").asString()).isEqualTo("SECRETARIAT");
		assertThat(entry.path("memberState").asString()).isEqualTo("MT");

		Api.Response changed = secretariat.put("/api/v1/meetings/" + id, meeting("Audited meeting", "Valletta", "MT", 60));
		assertThat(changed.status()).as("%s", changed).isEqualTo(200);
		items = trail("subject=" + id);
		assertThat(items.findValuesAsString("action")).containsExactly("MEETING_CHANGED", "MEETING_CREATED");
		assertThat(items.get(0).path("actorId").asString()).isEqualTo(staff.id());
		assertThat(items.get(0).path("actingAs").asString()).isEqualTo("SECRETARIAT");
		assertThat(items.get(0).path("memberState").asString()).isEqualTo("MT");

		// saved as it was: nothing changed, nothing to record
		assertThat(secretariat.put("/api/v1/meetings/" + id, meeting("Audited meeting", "Valletta", "MT", 60)).status())
			.isEqualTo(200);
		assertThat(trail("subject=" + id)).hasSize(2);

		// The meeting's page shows the secretariat its history; a participant's view of it does not.
		org.sgbridge.testing.PageClient staffPages = new org.sgbridge.testing.PageClient(port);
		staffPages.signIn(staff.email(), org.sgbridge.testing.TestAccounts.PASSWORD);
		String body = staffPages.get("/meetings/" + id + "?lang=en").body();
		assertThat(body).contains("id=\"history\"").contains("Meeting created");
		Person reader = pilot.person("meeting-reader", Set.of());
		org.sgbridge.testing.PageClient readerPages = new org.sgbridge.testing.PageClient(port);
		readerPages.signIn(reader.email(), org.sgbridge.testing.TestAccounts.PASSWORD);
		assertThat(readerPages.get("/meetings/" + id + "?lang=en").body()).doesNotContain("id=\"history\"");
	}

	@Test
	void aContributionMadePublicIsInTheTrailOnceAsTheSecretariats() {
		LocalDate today = LocalDate.now();
		String meeting = secretariat.post("/api/v1/meetings", Map.of("studyGroup", "ITU-T-SG16", "kind", "STUDY_GROUP",
				"title", "Audited publication", "startDate", today.plusDays(30).toString(),
				"endDate", today.plusDays(31).toString(), "registrationOpens", today.toString(),
				"registrationCloses", today.plusDays(20).toString(), "contributionDeadline", today.plusDays(10).toString()))
			.json().path("id").asString();
		Person author = pilot.dfp("MT");
		String administration = pilot.administrationOf("MT");
		api.bearer(author.token()).post("/api/v1/meetings/" + meeting + "/registrations",
				Map.of("organizationId", administration, "mode", "REMOTE"));
		Api.Response submitted = api.bearer(author.token()).postMultipart("/api/v1/meetings/" + meeting + "/contributions",
				Map.of("title", "Audited publication"), "public.pdf", TestFiles.pdf("Audited publication"));
		assertThat(submitted.status()).as("%s", submitted).isEqualTo(201);
		String id = submitted.json().path("id").asString();

		assertThat(api.bearer(author.token()).post("/api/v1/contributions/" + id + "/publication", Map.of()).status())
			.as("only the secretariat makes a contribution public").isEqualTo(403);
		assertThat(secretariat.post("/api/v1/contributions/" + id + "/publication", Map.of()).status()).isEqualTo(200);
		JsonNode items = trail("subject=" + id);
		assertThat(items.findValuesAsString("action")).containsExactly("CONTRIBUTION_PUBLISHED", "CONTRIBUTION_SUBMITTED");
		assertThat(items.get(0).path("actorId").asString()).isEqualTo(staff.id());
		assertThat(items.get(0).path("actingAs").asString()).isEqualTo("SECRETARIAT");
		assertThat(items.get(0).path("memberState").asString()).isEqualTo("MT");

		assertThat(secretariat.post("/api/v1/contributions/" + id + "/publication", Map.of()).status())
			.as("public already").isEqualTo(200);
		assertThat(trail("subject=" + id)).as("made public once").hasSize(2);
		assertThat(secretariat.post("/api/v1/contributions/no-such-contribution/publication", Map.of()).status())
			.isEqualTo(404);
	}
}
