package org.sgbridge.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * API.md "The audit trail": a decision is in the trail as soon as the call has answered, with who
 * took it, under which designation and why; the secretariat reads all of it, a DFP its own state's;
 * an altered entry is named by the verification.
 */
class AuditTrailApiTests extends ApiTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDfpsDecisionIsInTheTrailAtOnceWithItsActorDesignationAndReason() {
		Person dfp = pilot.dfp("LS");
		Person rep = pilot.person("rep-ls", Set.of());
		String org = pilot.sme(rep, "Maseru Mobile " + java.util.UUID.randomUUID(), "LS", 12, 90_000, "LSL");
		String request = pilot.submit(rep, org, "ITU-T-SG20").json().path("id").asString();
		java.time.Instant before = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
		assertThat(pilot.decide(dfp, request, "REJECT", "Not an SME under the national criteria").status()).isEqualTo(200);
		java.time.Instant after = clock.instant();

		String secretariat = pilot.secretariat();
		JsonNode items = api.bearer(secretariat).get("/api/v1/audit?subject=" + request).json().path("items");
		assertThat(items).hasSize(2);
		JsonNode rejected = items.get(0);
		assertThat(rejected.path("action").asString()).isEqualTo("ADMISSION_REQUEST_REJECTED");
		assertThat(rejected.path("actorId").asString()).isEqualTo(dfp.id());
		assertThat(rejected.path("actingAs").asString()).isEqualTo("DFP:LS");
		assertThat(rejected.path("subjectType").asString()).isEqualTo("ADMISSION_REQUEST");
		assertThat(rejected.path("memberState").asString()).isEqualTo("LS");
		assertThat(rejected.path("reason").asString()).isEqualTo("Not an SME under the national criteria");
		assertThat(java.time.Instant.parse(rejected.path("at").asString())).isBetween(before, after);
		assertThat(rejected.path("clientAddress").isMissingNode()).as("the secretariat sees the address").isFalse();
		JsonNode submitted = items.get(1);
		assertThat(submitted.path("action").asString()).isEqualTo("ADMISSION_REQUEST_SUBMITTED");
		assertThat(submitted.path("actingAs").asString()).isEqualTo("MEMBER:" + org);

		// the DFP reads its own state's entries, without addresses, and no other state's
		Api.Response own = api.bearer(dfp.token()).get("/api/v1/audit?memberState=LS");
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.json().path("items").findValuesAsString("subject")).contains(request);
		assertThat(own.json().path("items").get(0).path("clientAddress").isMissingNode()).isTrue();
		assertThat(own.json().path("items")).anySatisfy(e -> {
			assertThat(e.path("action").asString()).isEqualTo("FOCAL_POINTS_DESIGNATED");
			assertThat(e.path("actingAs").asString()).isIn("SECRETARIAT", "ADMIN");
			assertThat(e.path("subjectType").asString()).isEqualTo("ORGANIZATION");
		});
		assertThat(api.bearer(dfp.token()).get("/api/v1/audit?memberState=CH").status()).isEqualTo(403);
		assertThat(api.bearer(rep.token()).get("/api/v1/audit").status()).isEqualTo(403);
		assertThat(api.get("/api/v1/audit").status()).isEqualTo(401);
		assertThat(api.bearer(dfp.token()).get("/api/v1/audit/verification").status()).isEqualTo(403);
		assertThat(api.bearer(secretariat).get("/api/v1/audit?from=2026-13-01").problem()).isEqualTo("invalid-input");
	}

	@Test
	void theVerificationNamesTheFirstEntryThatWasAltered() {
		Person dfp = pilot.dfp("SZ");
		Person rep = pilot.person("rep-sz", Set.of());
		String org = pilot.sme(rep, "Mbabane Metering " + java.util.UUID.randomUUID(), "SZ", 30, 500_000, "SZL");
		String request = pilot.submit(rep, org, "ITU-T-SG20").json().path("id").asString();
		pilot.decide(dfp, request, "APPROVE", null);
		String secretariat = pilot.secretariat();
		assertThat(api.bearer(secretariat).get("/api/v1/audit/verification").json().path("intact").asBoolean()).isTrue();

		long seq = jdbc.sql("SELECT seq FROM audit_entry WHERE subject = :s AND action = 'ADMISSION_REQUEST_APPROVED'")
			.param("s", request).query(Long.class).single();
		String actor = jdbc.sql("SELECT actor_id FROM audit_entry WHERE seq = :q").param("q", seq).query(String.class).single();
		jdbc.sql("UPDATE audit_entry SET actor_id = :a WHERE seq = :q").param("a", rep.id()).param("q", seq).update();
		try {
			JsonNode verification = api.bearer(secretariat).get("/api/v1/audit/verification").json();
			assertThat(verification.path("intact").asBoolean()).isFalse();
			assertThat(verification.path("firstBroken").path("subject").asString()).isEqualTo(request);
			assertThat(verification.path("firstBroken").path("action").asString()).isEqualTo("ADMISSION_REQUEST_APPROVED");
		}
		finally {
			jdbc.sql("UPDATE audit_entry SET actor_id = :a WHERE seq = :q").param("a", actor).param("q", seq).update();
		}
		assertThat(api.bearer(secretariat).get("/api/v1/audit/verification").json().path("intact").asBoolean()).isTrue();
	}

	@Test
	void theTrailDownloadsAsOneCsvTable() throws Exception {
		Person dfp = pilot.dfp("KI");
		Person rep = pilot.person("rep-ki", Set.of());
		String company = pilot.sme(rep, "Tarawa Telecom " + java.util.UUID.randomUUID(), "KI", 8, 50_000, "AUD");
		String request = pilot.submit(rep, company, "ITU-T-SG20").json().path("id").asString();
		pilot.decide(dfp, request, "APPROVE", null);
		var csv = api.bearer(dfp.token()).getBytes("/api/v1/audit?memberState=KI&subject=" + request, "Accept", "text/csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		var records = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().get()
			.parse(new java.io.StringReader(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8))).getRecords();
		assertThat(records).hasSize(2).allSatisfy(r -> {
			assertThat(r.get("member_state")).isEqualTo("KI");
			assertThat(r.get("client_address")).as("a DFP is not told addresses").isEmpty();
		});
		assertThat(records.get(0).get("action")).isEqualTo("ADMISSION_REQUEST_APPROVED");
	}
}
