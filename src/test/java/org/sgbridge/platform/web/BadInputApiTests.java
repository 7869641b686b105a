package org.sgbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestAccounts;

/** Bad input is refused with a problem the caller understands, never a 500, and nothing saved is lost. */
class BadInputApiTests extends ApiTest {

	@Test
	void aFormatTheApiDoesNotOfferIs406NotAnError() {
		Api.Response xml = api.with("Accept", "application/xml").get("/api/v1/member-states");
		assertThat(xml.status()).isEqualTo(406);
		assertThat(xml.problem()).isEqualTo("not-acceptable");
		Api.Response council = api.bearer(pilot.secretariat()).with("Accept", "text/csv").get("/api/v1/reports/pilot/council");
		assertThat(council.status()).isEqualTo(406);
	}

	@Test
	void aValueOfTheWrongTypeNamesItsField() {
		Person rep = pilot.person("rep-types", Set.of());
		Api.Response words = api.bearer(rep.token()).post("/api/v1/organizations", Map.of("name", "Typed Ltd", "kind", "SME",
				"country", "SC", "employees", "ten"));
		assertThat(words.status()).isEqualTo(400);
		assertThat(words.problem()).isEqualTo("invalid-input");
		assertThat(words.json().path("errors").get(0).path("field").asString()).isEqualTo("employees");
		Api.Response half = api.bearer(rep.token()).post("/api/v1/organizations", Map.of("name", "Typed Ltd", "kind", "SME",
				"country", "SC", "employees", 1.5));
		assertThat(half.problem()).as("1.5 employees is not rounded down").isEqualTo("invalid-input");
		Api.Response huge = api.bearer(rep.token()).post("/api/v1/organizations", Map.of("name", "Typed Ltd", "kind", "SME",
				"country", "SC", "employees", new java.math.BigInteger("100000000000000000000")));
		assertThat(huge.problem()).isEqualTo("invalid-input");
		assertThat(huge.json().path("errors").get(0).path("field").asString()).isEqualTo("employees");
	}

	@Test
	void missingOrMalformedFieldsAreNamed() {
		Api.Response token = api.post("/api/v1/tokens", Map.of());
		assertThat(token.status()).isEqualTo(400);
		assertThat(token.problem()).isEqualTo("invalid-input");
		assertThat(token.json().path("errors").size()).isEqualTo(2);
		Person rep = pilot.person("rep-web", Set.of());
		Api.Response website = api.bearer(rep.token()).post("/api/v1/organizations", Map.of("name", "Webless Ltd", "kind", "SME",
				"country", "SC", "employees", 3, "website", "not a url"));
		assertThat(website.status()).isEqualTo(400);
		assertThat(website.json().path("errors").get(0).path("field").asString()).isEqualTo("website");
	}

	@Test
	void aValueTooLongForTheDatabaseIsInvalidInputAndNothingIsSaved() {
		Api staff = api.bearer(pilot.secretariat());
		String city = "x".repeat(20_000);
		java.time.LocalDate today = java.time.LocalDate.now();
		// a meeting's city has no rule of its own: the database's limit answers, as invalid input
		Api.Response response = staff.with("Accept-Language", "fr").post("/api/v1/meetings", Map.of("studyGroup", "ITU-T-SG20",
				"kind", "WORKSHOP", "title", "Workshop in a long city", "startDate", today.plusDays(30).toString(),
				"endDate", today.plusDays(31).toString(), "registrationOpens", today.toString(),
				"registrationCloses", today.plusDays(20).toString(), "city", city, "country", "CH"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problem()).isEqualTo("invalid-input");
		assertThat(response.json().path("detail").asString()).contains("trop longue");
		assertThat(staff.get("/api/v1/meetings?studyGroup=ITU-T-SG20&size=500").body()).doesNotContain("xxxxxxxxxx");
		// a decision's subject has its rule, which names the field
		Api.Response decision = staff.with("Accept-Language", "fr").post("/api/v1/decisions",
				Map.of("studyGroup", "ITU-T-SG20", "subject", city, "procedure", "TAP"));
		assertThat(decision.status()).isEqualTo(400);
		assertThat(decision.problem()).isEqualTo("invalid-input");
		assertThat(decision.json().path("errors").get(0).path("field").asString()).isEqualTo("subject");
		assertThat(decision.json().path("errors").get(0).path("message").asString()).contains("500");
		assertThat(staff.get("/api/v1/decisions?studyGroup=ITU-T-SG20").body()).doesNotContain("xxxxxxxxxx");
	}

	@Test
	void everyMistakeOfAMeetingIsListedAtOnceEvenWithAMalformedDate() {
		Api.Response response = api.bearer(pilot.secretariat()).post("/api/v1/meetings", Map.of("studyGroup", "ITU-T-SG99",
				"kind", "PARTY", "startDate", "2027-13-01", "endDate", "2027-03-05", "registrationOpens", "soon",
				"registrationCloses", "2027-02-01", "city", "Geneva", "country", "ZZ"));
		assertThat(response.status()).isEqualTo(400);
		List<String> fields = new java.util.ArrayList<>();
		response.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
		assertThat(fields).contains("startDate", "registrationOpens", "studyGroup", "kind", "title", "country")
			.doesNotHaveDuplicates();
	}

	@Test
	void aDecisionAtAnUnknownMeetingIsRefused() {
		Api.Response response = api.bearer(pilot.secretariat()).post("/api/v1/decisions",
				Map.of("studyGroup", "ITU-T-SG20", "meetingId", "no-such-meeting", "subject", "Y.4999", "procedure", "TAP"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("meetingId");
	}

	@Test
	void theApiAnswersInEnglishWhenAcceptLanguageMatchesNoneOfTheSix() {
		// A reader whose account is in French asks in German: English, as API.md says.
		String email = TestAccounts.uniqueEmail("reader-de");
		accounts.createActive(email, TestAccounts.PASSWORD, "Leser", Set.of(), "fr");
		String token = pilot.people().token(email, TestAccounts.PASSWORD);
		Api.Response german = api.bearer(token).with("Accept-Language", "de-DE").get("/api/v1/meetings/no-such-meeting");
		assertThat(german.status()).isEqualTo(404);
		assertThat(german.json().path("title").asString()).isEqualTo("Not found");
	}

	@Test
	void aMissingListOfFocalPointsRemovesNobody() {
		Person dfp = pilot.dfp("SC");
		Api staff = api.bearer(pilot.secretariat());
		Api.Response missing = staff.put("/api/v1/member-states/SC/focal-points", Map.of());
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().path("errors").get(0).path("field").asString()).isEqualTo("accountIds");
		Api.Response kept = staff.put("/api/v1/member-states/SC/focal-points", Map.of("accountIds", List.of(dfp.id())));
		assertThat(kept.json().path("accountIds").get(0).asString()).isEqualTo(dfp.id());
	}
}
