package org.sgbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestAccounts;

/** API.md "Conventions": nothing the caller sends is silently changed; what cannot be taken is refused, naming the field. */
class StrictInputApiTests extends ApiTest {

	private static List<String> fields(Api.Response response) {
		List<String> fields = new ArrayList<>();
		response.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
		return fields;
	}

	private Map<String, Object> meeting(String title) {
		LocalDate today = LocalDate.now();
		return new HashMap<>(Map.of("studyGroup", "ITU-T-SG20", "kind", "RAPPORTEUR_GROUP", "title", title,
				"startDate", today.plusDays(30).toString(), "endDate", today.plusDays(31).toString(), "city", "Geneva",
				"country", "CH", "registrationOpens", today.toString(), "registrationCloses", today.plusDays(20).toString()));
	}

	@Test
	void aDateOutOfRangeOrMisshapenInAQueryIsInvalidDate() {
		for (String date : List.of("-1000-01-01", "+2018-10-29", "2018-02-30", "1899-12-31", "2201-01-01",
				"+999999999-12-31")) {
			Api.Response response = api.get("/api/v1/meetings?from="
					+ java.net.URLEncoder.encode(date, java.nio.charset.StandardCharsets.UTF_8));
			assertThat(response.status()).as("%s: %s", date, response).isEqualTo(400);
			assertThat(response.problem()).isEqualTo("invalid-date");
		}
		assertThat(api.get("/api/v1/meetings?from=1900-01-01&to=2200-12-31").status()).isEqualTo(200);
	}

	@Test
	void aDateOutOfRangeInABodyNamesItsFieldBesideEveryOtherMistake() {
		Api staff = api.bearer(pilot.secretariat());
		Map<String, Object> body = meeting("");
		body.put("startDate", "-1000-01-01");
		body.put("endDate", "+2018-10-29");
		body.put("registrationOpens", "2018-02-30");
		Api.Response response = staff.post("/api/v1/meetings", body);
		assertThat(response.status()).as("%s", response).isEqualTo(400);
		assertThat(response.problem()).isEqualTo("invalid-input");
		assertThat(fields(response)).contains("startDate", "endDate", "registrationOpens", "title");
		// The database is as usable as before.
		assertThat(staff.post("/api/v1/meetings", meeting("After a year -1000")).status()).isEqualTo(201);
		Api.Response decision = staff.post("/api/v1/decisions", Map.of("studyGroup", "ITU-T-SG20", "subject", "Y.4480",
				"procedure", "TAP", "decidedOn", "-1000-01-01"));
		assertThat(fields(decision)).containsExactly("decidedOn");
	}

	@Test
	void aNumberOrABooleanIsNotText() {
		Api staff = api.bearer(pilot.secretariat());
		Api.Response number = staff.post("/api/v1/decisions", Map.of("studyGroup", "ITU-T-SG20", "subject", 4480,
				"procedure", "TAP"));
		assertThat(number.status()).as("%s", number).isEqualTo(400);
		assertThat(number.problem()).isEqualTo("invalid-input");
		assertThat(fields(number)).containsExactly("subject");
		Api.Response bool = staff.post("/api/v1/decisions", Map.of("studyGroup", true, "subject", "Y.4480", "procedure", "TAP"));
		assertThat(fields(bool)).containsExactly("studyGroup");
	}

	@Test
	void textEmptyOrANumberIsNotABoolean() {
		Api staff = api.bearer(pilot.secretariat());
		for (Object value : List.of("", 0, "true", 1.0)) {
			Map<String, Object> body = meeting("Booleans");
			body.put("remoteParticipation", value);
			Api.Response response = staff.post("/api/v1/meetings", body);
			assertThat(response.status()).as("%s: %s", value, response).isEqualTo(400);
			assertThat(fields(response)).as("%s", value).containsExactly("remoteParticipation");
		}
		Map<String, Object> body = meeting("Booleans, well typed");
		body.put("remoteParticipation", true);
		body.put("someFieldNobodyKnows", "ignored");
		assertThat(staff.post("/api/v1/meetings", body).status()).isEqualTo(201);
	}

	@Test
	void aDecimalStringForAnAmountOfMoneyStaysAccepted() {
		Person dfp = pilot.dfp("SN");
		Api.Response response = api.bearer(dfp.token()).put("/api/v1/member-states/SN/sme-criteria",
				Map.of("maxEmployees", 250, "maxAnnualRevenue", Map.of("amount", "1000000.50", "currency", "XOF")));
		assertThat(response.status()).as("%s", response).isEqualTo(200);
	}

	@Test
	void aNulInATextIsInvalidInputOnEveryDatabase() {
		Api.Response response = api.bearer(pilot.secretariat()).post("/api/v1/decisions",
				Map.of("studyGroup", "ITU-T-SG20", "subject", "Y.4480\u0000", "procedure", "TAP"));
		assertThat(response.status()).as("%s", response).isEqualTo(400);
		assertThat(response.problem()).isEqualTo("invalid-input");
		assertThat(fields(response)).containsExactly("subject");
		Api.Response interest = api.post("/api/v1/expressions-of-interest", Map.of("organizationName", "Nul\u0000 Ltd",
				"country", "SN", "email", TestAccounts.uniqueEmail("nul"), "studyGroups", List.of("ITU-T-SG20")));
		assertThat(interest.status()).as("%s", interest).isEqualTo(400);
		assertThat(fields(interest)).containsExactly("organizationName");
	}

	@Test
	void thePilotKeepsAtLeastOneStudyGroup() {
		Api staff = api.bearer(pilot.secretariat());
		List<String> before = new ArrayList<>();
		api.get("/api/v1/pilot/terms").json().path("studyGroups").forEach(g -> before.add(g.asString()));
		assertThat(before).isNotEmpty();
		Map<String, Object> none = new HashMap<>();
		none.put("studyGroups", null);
		none.put("decision", "Council 2099");
		for (Map<String, Object> body : List.of(Map.<String, Object>of("studyGroups", List.of(), "decision", "Council 2099"),
				none)) {
			Api.Response response = staff.put("/api/v1/pilot/terms/study-groups", body);
			assertThat(response.status()).as("%s", response).isEqualTo(400);
			assertThat(fields(response)).containsExactly("studyGroups");
		}
		List<String> after = new ArrayList<>();
		api.get("/api/v1/pilot/terms").json().path("studyGroups").forEach(g -> after.add(g.asString()));
		assertThat(after).isEqualTo(before);
	}

	@Test
	void aMeetingChangedIsCheckedAsACreatedOneIs() {
		Api staff = api.bearer(pilot.secretariat());
		String id = staff.post("/api/v1/meetings", meeting("Checked twice")).json().path("id").asString();
		LocalDate today = LocalDate.now();
		Map<String, Object> late = meeting("Checked twice");
		late.put("registrationCloses", today.plusDays(32).toString());
		for (Api.Response response : List.of(staff.put("/api/v1/meetings/" + id, late), staff.post("/api/v1/meetings", late))) {
			assertThat(response.status()).as("%s", response).isEqualTo(400);
			assertThat(fields(response)).containsExactly("registrationCloses");
		}
		Map<String, Object> virtualNowhere = meeting("Checked twice");
		virtualNowhere.remove("city");
		virtualNowhere.put("country", "ZZ");
		for (Api.Response response : List.of(staff.put("/api/v1/meetings/" + id, virtualNowhere),
				staff.post("/api/v1/meetings", virtualNowhere))) {
			assertThat(response.status()).as("%s", response).isEqualTo(400);
			assertThat(fields(response)).containsExactly("country");
		}
	}

	@Test
	void aRequestForAGroupTheSmeIsAlreadyApprovedForIsAConflict() {
		Person dfp = pilot.dfp("TG");
		Person rep = pilot.person("rep-tg", Set.of());
		String org = pilot.sme(rep, "Lomé Networks", "TG", 12, 100_000, "XOF");
		String request = pilot.submit(rep, org, "ITU-T-SG20").json().path("id").asString();
		assertThat(pilot.decide(dfp, request, "APPROVE", null).status()).isEqualTo(200);
		Api.Response again = pilot.submit(rep, org, "ITU-T-SG20", "ITU-D-SG1");
		assertThat(again.status()).as("%s", again).isEqualTo(409);
		assertThat(again.problem()).isEqualTo("already-approved");
		assertThat(pilot.submit(rep, org, "ITU-D-SG1").status()).isEqualTo(201);
	}

	@Test
	void decisionsWithoutAGroupAreEveryDecisionNewestFirstPaged() {
		Api staff = api.bearer(pilot.secretariat());
		clock.setInstant(Instant.now().plusSeconds(3600));
		String older = staff.post("/api/v1/decisions", Map.of("studyGroup", "ITU-T-SG5", "subject", "L.1470",
				"procedure", "AAP")).json().path("id").asString();
		clock.setInstant(Instant.now().plusSeconds(7200));
		String newer = staff.post("/api/v1/decisions", Map.of("studyGroup", "ITU-D-SG2", "subject", "Q4/2",
				"procedure", "CONSENSUS")).json().path("id").asString();
		Api.Response first = api.get("/api/v1/decisions?size=1");
		assertThat(first.status()).as("%s", first).isEqualTo(200);
		assertThat(first.json().path("total").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(first.json().path("size").asInt()).isEqualTo(1);
		assertThat(first.json().path("items").get(0).path("id").asString()).isEqualTo(newer);
		assertThat(api.get("/api/v1/decisions?size=1&page=1").json().path("items").get(0).path("id").asString())
			.isEqualTo(older);
	}

	@Test
	void theInputsOfADecisionAreDistinctContributionsThatExist() {
		Api staff = api.bearer(pilot.secretariat());
		List<Object> withNull = new ArrayList<>();
		withNull.add(null);
		for (List<Object> inputs : List.of(withNull, List.<Object>of("c-1", "c-1"), List.<Object>of("no-such-contribution"))) {
			Map<String, Object> body = new HashMap<>(Map.of("studyGroup", "ITU-T-SG20", "subject", "Y.4481", "procedure", "TAP"));
			body.put("inputs", inputs);
			Api.Response response = staff.post("/api/v1/decisions", body);
			assertThat(response.status()).as("%s: %s", inputs, response).isEqualTo(400);
			assertThat(fields(response)).containsExactly("inputs");
		}
		assertThat(staff.get("/api/v1/decisions?studyGroup=ITU-T-SG20").body()).doesNotContain("Y.4481");
	}

	@Test
	void everyProblemHasOneShapeWhoeverWritesIt() {
		Api.Response security = api.bearer("not-a-token").with("Accept-Language", "es").get("/api/v1/me");
		assertThat(security.status()).isEqualTo(401);
		assertThat(security.header("Content-Type")).startsWith("application/problem+json");
		assertThat(security.header("Content-Language")).isEqualTo("es");
		assertThat(security.json().path("instance").asString()).isEqualTo("/api/v1/me");
		Api.Response forbidden = api.bearer(pilot.person("reader", Set.of()).token()).get("/api/v1/admin/mail?to=x@example.org");
		assertThat(forbidden.status()).isEqualTo(403);
		assertThat(forbidden.json().path("instance").asString()).isEqualTo("/api/v1/admin/mail");
		Api.Response controller = api.get("/api/v1/meetings/no-such-meeting");
		assertThat(controller.json().path("instance").asString()).isEqualTo("/api/v1/meetings/no-such-meeting");
		assertThat(controller.header("Content-Language")).isEqualTo("en");
		Api.Response answer = api.with("Accept-Language", "fr").get("/api/v1/member-states?size=1");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.header("Content-Language")).isEqualTo("fr");
	}

	@Test
	void instantsCarryTheirMilliseconds() {
		clock.setInstant(Instant.parse("2026-12-02T09:00:00Z"));
		String email = TestAccounts.uniqueEmail("millis");
		accounts.createActive(email, TestAccounts.PASSWORD, "Millis", Set.of(), "en");
		Api.Response token = api.post("/api/v1/tokens", Map.of("email", email, "password", TestAccounts.PASSWORD));
		assertThat(token.json().path("expiresAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.000Z");
	}
}
