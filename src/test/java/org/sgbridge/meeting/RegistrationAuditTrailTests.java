package org.sgbridge.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures.Person;
import tools.jackson.databind.JsonNode;

/**
 * API.md "The audit trail" for registrations: a validation, a rejection, a cancellation is in the
 * trail as soon as the call has answered, with who made it, under which designation and why; the
 * participant's list of registrations shows each one's history.
 */
class RegistrationAuditTrailTests extends ApiTest {

	MeetingFixtures fixtures;
	String token;

	@BeforeEach
	void setUp() {
		fixtures = new MeetingFixtures(api, pilot, port);
		token = UUID.randomUUID().toString().substring(0, 8);
	}

	private JsonNode trail(String subject) {
		Api.Response found = api.bearer(pilot.secretariat()).get("/api/v1/audit?subject=" + subject);
		assertThat(found.status()).as("%s", found).isEqualTo(200);
		return found.json().path("items");
	}

	private Api.Response decide(Person who, String registration, String decision, String reason) {
		return api.bearer(who.token()).post("/api/v1/registrations/" + registration + "/validation",
				reason == null ? Map.of("decision", decision) : Map.of("decision", decision, "reason", reason));
	}

	@Test
	void aDfpsValidationOfItsSmeIsInTheTrailAtOnce() {
		Person dfp = pilot.dfp("NP");
		Person rep = pilot.person("rep-np", Set.of());
		String sme = fixtures.sme(rep, "Kathmandu Cloud " + token, "NP", dfp, new String[] { "ITU-T-SG20" });
		String meeting = fixtures.meeting("ITU-T-SG20", "Audit " + token, 20, 2, null);
		String registration = fixtures.registered(rep, meeting, sme, "REMOTE");
		Instant before = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		assertThat(decide(dfp, registration, "APPROVE", null).status()).isEqualTo(200);
		Instant after = clock.instant();

		JsonNode items = trail(registration);
		assertThat(items).hasSize(2);
		JsonNode validated = items.get(0);
		assertThat(validated.path("action").asString()).isEqualTo("REGISTRATION_VALIDATED");
		assertThat(validated.path("actorId").asString()).isEqualTo(dfp.id());
		assertThat(validated.path("actingAs").asString()).isEqualTo("DFP:NP");
		assertThat(validated.path("subjectType").asString()).isEqualTo("REGISTRATION");
		assertThat(validated.path("subject").asString()).isEqualTo(registration);
		assertThat(validated.path("memberState").asString()).isEqualTo("NP");
		assertThat(validated.path("reason").isNull() || validated.path("reason").isMissingNode()).isTrue();
		assertThat(Instant.parse(validated.path("at").asString())).isBetween(before, after);
		JsonNode submitted = items.get(1);
		assertThat(submitted.path("action").asString()).isEqualTo("REGISTRATION_SUBMITTED");
		assertThat(submitted.path("actorId").asString()).isEqualTo(rep.id());
		assertThat(submitted.path("actingAs").asString()).isEqualTo("MEMBER:" + sme);

		// the DFP reads its own state's registrations in the trail
		assertThat(api.bearer(dfp.token()).get("/api/v1/audit?subject=" + registration).json().path("items")).hasSize(2);
	}

	@Test
	void anEntitysFocalPointRejectsWithAReasonAndTheParticipantSeesTheHistory() {
		Person fp = pilot.person("entity-fp-" + token, Set.of());
		Person employee = pilot.person("employee-" + token, Set.of());
		Api staff = api.bearer(pilot.secretariat());
		Api.Response created = staff.post("/api/v1/organizations", Map.of("name", "Audit Networks " + token, "kind",
				"SECTOR_MEMBER", "country", "FR", "sectors", List.of("ITU-T")));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		String company = created.json().path("id").asString();
		assertThat(staff.post("/api/v1/organizations/" + company + "/members", Map.of("accountId", employee.id())).status())
			.isEqualTo(201);
		assertThat(staff.put("/api/v1/organizations/" + company + "/focal-points", Map.of("accountIds", List.of(fp.id())))
			.status()).isEqualTo(200);
		String meeting = fixtures.meeting("ITU-T-SG20", "Audit " + token, 20, 2, null);
		String registration = fixtures.registered(employee, meeting, company, "IN_PERSON");

		assertThat(decide(fp, registration, "REJECT", "Travel budget spent for this year").status()).isEqualTo(200);

		JsonNode rejected = trail(registration).get(0);
		assertThat(rejected.path("action").asString()).isEqualTo("REGISTRATION_REJECTED");
		assertThat(rejected.path("actorId").asString()).isEqualTo(fp.id());
		assertThat(rejected.path("actingAs").asString()).isEqualTo("FOCAL_POINT:" + company);
		assertThat(rejected.path("reason").asString()).isEqualTo("Travel budget spent for this year");
		assertThat(rejected.path("memberState").asString()).isEqualTo("FR");

		String html = fixtures.signedIn(employee).get("/meetings/registrations").body();
		String row = MeetingFixtures.row(html, "Audit " + token);
		assertThat(row).contains("<details").contains("Registration submitted").contains("Registration rejected")
			.contains("Travel budget spent for this year");
	}

	@Test
	void theSecretariatValidatesWhereNoFocalPointIsThenTheParticipantChangesModeAndCancels() {
		Person researcher = pilot.person("researcher-" + token, Set.of());
		Api staff = api.bearer(pilot.secretariat());
		Api.Response created = staff.post("/api/v1/organizations",
				Map.of("name", "Audit University " + token, "kind", "ACADEMIA", "country", "CH"));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		String university = created.json().path("id").asString();
		assertThat(staff.post("/api/v1/organizations/" + university + "/members", Map.of("accountId", researcher.id()))
			.status()).isEqualTo(201);
		String meeting = fixtures.meeting("ITU-D-SG1", "Audit " + token, 20, 2, null);
		String registration = fixtures.registered(researcher, meeting, university, "IN_PERSON");

		assertThat(staff.post("/api/v1/registrations/" + registration + "/validation", Map.of("decision", "APPROVE"))
			.status()).isEqualTo(200);
		assertThat(api.bearer(researcher.token()).post("/api/v1/registrations/" + registration + "/mode",
				Map.of("mode", "REMOTE")).status()).isEqualTo(200);
		assertThat(api.bearer(researcher.token()).delete("/api/v1/registrations/" + registration).status()).isEqualTo(200);

		JsonNode items = trail(registration);
		assertThat(items.findValuesAsString("action")).containsExactly("REGISTRATION_CANCELLED",
				"REGISTRATION_MODE_CHANGED", "REGISTRATION_VALIDATED", "REGISTRATION_SUBMITTED");
		assertThat(items.get(0).path("actingAs").asString()).isEqualTo("MEMBER:" + university);
		assertThat(items.get(1).path("actingAs").asString()).isEqualTo("MEMBER:" + university);
		assertThat(items.get(2).path("actingAs").asString()).isIn("SECRETARIAT", "ADMIN");
		assertThat(items.get(0).path("memberState").asString()).isEqualTo("CH");
	}

	@Test
	void aDfpWhoRegistersItselfIsValidatedAtOnceUnderItsDesignation() {
		Person dfp = pilot.dfp("BT");
		String meeting = fixtures.meeting("ITU-T-SG20", "Audit " + token, 20, 2, null);
		Api.Response registered = fixtures.register(dfp, meeting, pilot.administrationOf("BT"), "REMOTE");
		assertThat(registered.json().path("status").asString()).isEqualTo("VALIDATED");
		JsonNode items = trail(registered.json().path("id").asString());
		assertThat(items.findValuesAsString("action")).containsExactly("REGISTRATION_VALIDATED", "REGISTRATION_SUBMITTED");
		assertThat(items.get(0).path("actingAs").asString()).isEqualTo("DFP:BT");
		assertThat(items.get(1).path("actingAs").asString()).isEqualTo("MEMBER:" + pilot.administrationOf("BT"));
	}
}
