package org.sgbridge.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * API.md "Membership, fees and pay-as-you-go", the categories: one per category and sector for anyone,
 * names in the request's language; the secretariat alone sets a fee and threshold, the earlier values
 * staying in the history; bad input is 400 naming the field with nothing saved.
 */
class MembershipCategoryApiTests extends ApiTest {

	@Autowired
	MembershipCategories categories;

	private static JsonNode find(JsonNode list, String code, String sector) {
		for (JsonNode item : list.path("items")) {
			if (item.path("code").asString().equals(code) && item.path("sector").asString().equals(sector)) {
				return item;
			}
		}
		throw new AssertionError(code + " " + sector + " not in " + list);
	}

	private static Map<String, Object> fee(Object amount, String currency, Integer maxEmployees) {
		Map<String, Object> body = new HashMap<>();
		body.put("annualFee", Map.of("amount", amount, "currency", currency));
		if (maxEmployees != null) {
			body.put("maxEmployees", maxEmployees);
		}
		return body;
	}

	@Test
	void anyoneReadsOneCategoryPerSectorInItsLanguage() {
		Api.Response r = api.with("Accept-Language", "fr").get("/api/v1/membership-categories");
		assertThat(r.status()).as("%s", r).isEqualTo(200);
		assertThat(r.json().path("items")).hasSize(8);
		assertThat(r.json().path("items").findValuesAsString("code")).containsOnly("SECTOR_MEMBER", "ASSOCIATE", "ACADEMIA",
				"SME");
		assertThat(find(r.json(), "SECTOR_MEMBER", "ITU-D").path("name").asString()).isEqualTo("Membre de Secteur");
	}

	@Test
	void theSecretariatSetsAFeeAndTheEarlierOneStaysInTheHistory() {
		Api staff = api.bearer(pilot.person("membership-staff", Set.of("SECRETARIAT")).token());
		Api.Response first = staff.put("/api/v1/membership-categories/SME?sector=ITU-T", fee("3975", "CHF", 250));
		assertThat(first.status()).as("%s", first).isEqualTo(200);
		Api.Response second = staff.put("/api/v1/membership-categories/SME?sector=ITU-T", fee(2650.5, "CHF", 50));
		assertThat(second.status()).as("%s", second).isEqualTo(200);

		JsonNode sme = find(api.get("/api/v1/membership-categories").json(), "SME", "ITU-T");
		assertThat(sme.path("annualFee").path("amount").decimalValue()).isEqualByComparingTo("2650.50");
		assertThat(sme.path("annualFee").path("currency").asString()).isEqualTo("CHF");
		assertThat(sme.path("maxEmployees").asInt()).isEqualTo(50);
		assertThat(categories.history("SME", "ITU-T")).extracting(MembershipCategories.Category::maxEmployees)
			.endsWith(250, 50);
		JsonNode other = find(api.get("/api/v1/membership-categories").json(), "SME", "ITU-D");
		assertThat(other.path("annualFee").isNull() || other.path("annualFee").path("amount").decimalValue().compareTo(
				new java.math.BigDecimal("2650.50")) != 0).as("the other sector's SME category is its own").isTrue();
	}

	@Test
	void onlyTheSecretariatSetsFeesAndBadInputNamesItsField() {
		Api staff = api.bearer(pilot.person("membership-staff", Set.of("SECRETARIAT")).token());
		Api member = api.bearer(pilot.person("membership-member", Set.of()).token());
		int before = categories.history("ASSOCIATE", "ITU-D").size();

		assertThat(member.put("/api/v1/membership-categories/ASSOCIATE?sector=ITU-D", fee(1000, "CHF", null)).problem())
			.isEqualTo("forbidden");
		assertThat(api.put("/api/v1/membership-categories/ASSOCIATE?sector=ITU-D", fee(1000, "CHF", null)).status())
			.isEqualTo(401);
		invalid(staff.put("/api/v1/membership-categories/ASSOCIATE", fee(1000, "CHF", null)), "sector");
		invalid(staff.put("/api/v1/membership-categories/ASSOCIATE?sector=ITU-D", fee(0, "CHF", null)), "annualFee.amount");
		invalid(staff.put("/api/v1/membership-categories/ASSOCIATE?sector=ITU-D", fee(-5, "CHF", null)), "annualFee.amount");
		invalid(staff.put("/api/v1/membership-categories/ASSOCIATE?sector=ITU-D", fee(1000, "USD", null)),
				"annualFee.currency");
		invalid(staff.put("/api/v1/membership-categories/ASSOCIATE?sector=ITU-D", fee(1000, "CHF", 0)), "maxEmployees");
		assertThat(staff.put("/api/v1/membership-categories/PARTNER?sector=ITU-D", fee(1000, "CHF", null)).status())
			.isEqualTo(404);
		assertThat(categories.history("ASSOCIATE", "ITU-D")).as("nothing saved").hasSize(before);
	}

	private static void invalid(Api.Response r, String field) {
		assertThat(r.status()).as("%s", r).isEqualTo(400);
		assertThat(r.problem()).isEqualTo("invalid-input");
		assertThat(r.body()).as("names the field").contains("\"" + field + "\"");
	}
}
