package org.sgbridge.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * API.md {@code GET /api/v1/reports/sme-category}: the what-if of the PP-18 report. Members are
 * added with known sizes and fees, and the answer must move by exactly what they add: those within
 * the threshold that pay more than the proposed fee, and the income they would no longer pay.
 */
class SmeCategoryWhatIfTests extends ApiTest {

	@Autowired
	MembershipRegister register;

	@Autowired
	SmeCategoryWhatIf whatIf;

	private Api staff() {
		return api.bearer(pilot.secretariat());
	}

	private void fee(String code, String sector, String amount) {
		Api.Response set = staff().put("/api/v1/membership-categories/" + code + "?sector=" + sector,
				Map.of("annualFee", Map.of("amount", amount, "currency", "CHF")));
		assertThat(set.status()).as("%s", set).isEqualTo(200);
	}

	private String create(String name, String kind, String country, Integer employees, String key, List<String> values) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name + " " + System.nanoTime());
		body.put("kind", kind);
		body.put("country", country);
		if (employees != null) {
			body.put("employees", employees);
		}
		if (key != null) {
			body.put(key, values);
		}
		Api.Response created = staff().post("/api/v1/organizations", body);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().path("id").asString();
	}

	private JsonNode weigh(int maxEmployees, String annualFee) {
		Api.Response r = staff().get("/api/v1/reports/sme-category?maxEmployees=" + maxEmployees + "&annualFee=" + annualFee);
		assertThat(r.status()).as("%s", r).isEqualTo(200);
		return r.json();
	}

	private static BigDecimal lost(JsonNode answer) {
		assertThat(answer.path("incomeLost").path("currency").asString()).isEqualTo("CHF");
		return answer.path("incomeLost").path("amount").decimalValue();
	}

	@Test
	void membersWithinTheThresholdThatPayMoreThanTheProposedFeeQualifyAndTheirSurplusIsTheIncomeLost() {
		fee("SECTOR_MEMBER", "ITU-T", "31800");
		fee("SECTOR_MEMBER", "ITU-D", "7950");
		fee("ASSOCIATE", "ITU-T", "10600");
		fee("ASSOCIATE", "ITU-D", "2650");
		fee("ACADEMIA", "ITU-T", "3975");
		JsonNode before = weigh(300, "5000");
		JsonNode beforeAt100 = weigh(100, "5000");

		// 120 employees, both sectors: 31,800 - 5,000 in ITU-T; ITU-D's 7,950 - 5,000 as well
		create("Fjord Radio", "SECTOR_MEMBER", "NO", 120, null, null);
		// 40 employees, an Associate of an ITU-T group: 10,600 - 5,000
		create("Atlas Codecs", "ASSOCIATE", "MA", 40, "studyGroups", List.of("ITU-T-SG16"));
		// an Associate of an ITU-D group pays 2,650, less than the proposed fee: it would not move
		create("Delta Rural", "ASSOCIATE", "BD", 25, "studyGroups", List.of("ITU-D-SG2"));
		// too large, and Academia is not weighed (it has its own fee)
		create("Continental Carrier", "SECTOR_MEMBER", "DE", 12000, null, null);
		create("Polytechnic of Namibia", "ACADEMIA", "NA", 200, "sectors", List.of("ITU-T"));
		// at a sixteenth of a unit (a developing country), 31,800 / 16 = 1,987.50: below the proposed fee
		String small = create("Mekong Links", "SECTOR_MEMBER", "KH", 60, "sectors", List.of("ITU-T"));
		register.setClass(MembershipTests.STAFF, register.of(small).get(0).id(), "1/16");
		// size unknown: counted apart, never guessed
		create("Unsized Systems", "SECTOR_MEMBER", "FR", null, "sectors", List.of("ITU-T"));

		JsonNode after = weigh(300, "5000");
		assertThat(after.path("maxEmployees").asInt()).isEqualTo(300);
		assertThat(after.path("qualifyingMembers").asLong() - before.path("qualifyingMembers").asLong()).isEqualTo(2);
		assertThat(lost(after).subtract(lost(before))).isEqualByComparingTo("35350.00"); // 26,800 + 2,950 + 5,600
		assertThat(after.path("membersWithoutSize").asLong() - before.path("membersWithoutSize").asLong()).isEqualTo(1);

		JsonNode afterAt100 = weigh(100, "5000");
		assertThat(afterAt100.path("qualifyingMembers").asLong() - beforeAt100.path("qualifyingMembers").asLong())
			.as("at 100 employees only the Associate of 40 qualifies").isEqualTo(1);
		assertThat(lost(afterAt100).subtract(lost(beforeAt100))).isEqualByComparingTo("5600.00");

		SmeCategoryWhatIf.Outcome outcome = whatIf.weigh(MembershipTests.STAFF, 300, new BigDecimal("5000"), "CHF");
		assertThat(outcome.members()).extracting(SmeCategoryWhatIf.Qualifier::name)
			.anyMatch(n -> n.startsWith("Fjord Radio")).anyMatch(n -> n.startsWith("Atlas Codecs"))
			.noneMatch(n -> n.startsWith("Delta Rural") || n.startsWith("Mekong Links") || n.startsWith("Continental"));
		assertThat(outcome.members()).filteredOn(q -> q.name().startsWith("Fjord Radio")).singleElement()
			.satisfies(q -> {
				assertThat(q.currentFee()).isEqualByComparingTo("39750.00");
				assertThat(q.lost()).isEqualByComparingTo("29750.00");
			});
	}

	@Test
	void theCurveOfIncomeLostRisesWithTheThresholdFromTenToFiveHundred() {
		fee("SECTOR_MEMBER", "ITU-T", "31800");
		List<SmeCategoryWhatIf.Point> before = whatIf.weigh(MembershipTests.STAFF, 300, new BigDecimal("4000"), "CHF").curve();
		create("Baltic Beam", "SECTOR_MEMBER", "LV", 215, "sectors", List.of("ITU-T"));
		List<SmeCategoryWhatIf.Point> after = whatIf.weigh(MembershipTests.STAFF, 300, new BigDecimal("4000"), "CHF").curve();

		assertThat(after).hasSize(50);
		assertThat(after.get(0).maxEmployees()).isEqualTo(10);
		assertThat(after.get(49).maxEmployees()).isEqualTo(500);
		for (int i = 1; i < after.size(); i++) {
			assertThat(after.get(i).incomeLost()).isGreaterThanOrEqualTo(after.get(i - 1).incomeLost());
		}
		for (int i = 0; i < after.size(); i++) {
			BigDecimal added = after.get(i).incomeLost().subtract(before.get(i).incomeLost());
			assertThat(added).as("at %s employees", after.get(i).maxEmployees())
				.isEqualByComparingTo(after.get(i).maxEmployees() >= 215 ? "27800.00" : "0.00");
		}
	}

	@Test
	void approvedPilotSmesWithinTheThresholdAreCounted() {
		PilotFixtures.Person dfp = pilot.dfp("GM");
		PilotFixtures.Person rep = pilot.person("whatif-rep", Set.of());
		String sme = pilot.sme(rep, "Banjul Bytes", "GM", 180, 200_000, "GMD");
		long before = weigh(200, "5000").path("pilotSmesEligible").asLong();
		long beforeSmall = weigh(150, "5000").path("pilotSmesEligible").asLong();
		String request = pilot.submit(rep, sme, "ITU-T-SG20").json().path("id").asString();
		assertThat(weigh(200, "5000").path("pilotSmesEligible").asLong()).as("not yet approved").isEqualTo(before);
		assertThat(pilot.decide(dfp, request, "APPROVE", null).status()).isEqualTo(200);
		assertThat(weigh(200, "5000").path("pilotSmesEligible").asLong()).isEqualTo(before + 1);
		assertThat(weigh(150, "5000").path("pilotSmesEligible").asLong()).isEqualTo(beforeSmall);
	}

	@Test
	void onlyTheSecretariatWeighsAndBadInputNamesItsField() {
		String path = "/api/v1/reports/sme-category?maxEmployees=300&annualFee=5000";
		assertThat(api.get(path).status()).isEqualTo(401);
		assertThat(api.bearer(pilot.person("whatif-member", Set.of()).token()).get(path).problem()).isEqualTo("forbidden");

		Api.Response words = staff().get("/api/v1/reports/sme-category?maxEmployees=many&annualFee=5000");
		assertThat(words.status()).isEqualTo(400);
		assertThat(words.json().path("errors").findValuesAsString("field")).containsExactly("maxEmployees");
		Api.Response none = staff().get("/api/v1/reports/sme-category");
		assertThat(none.status()).isEqualTo(400);
		assertThat(none.json().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("maxEmployees", "annualFee");
		Api.Response fraction = staff().get("/api/v1/reports/sme-category?maxEmployees=0&annualFee=12.345");
		assertThat(fraction.json().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("maxEmployees",
				"annualFee");
		assertThat(api.bearer(pilot.secretariat()).with("Accept-Language", "es")
			.get("/api/v1/reports/sme-category?maxEmployees=x&annualFee=1").json().path("errors").get(0).path("message")
			.asString()).isEqualTo("Escriba un número entero, por ejemplo 300.");
	}
}
