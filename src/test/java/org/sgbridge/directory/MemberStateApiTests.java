package org.sgbridge.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.SgBridgeApplication;
import org.sgbridge.testing.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The Member States reference data, checked against facts known from elsewhere (ITU regions, the
 * UN list of least developed countries), not against the file it was loaded from.
 */
@SpringBootTest(classes = SgBridgeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class MemberStateApiTests {

	@LocalServerPort
	int port;

	private Map<String, JsonNode> states(String query, String language) {
		Api.Response response = new Api(port).with("Accept-Language", language).get("/api/v1/member-states" + query);
		assertThat(response.status()).isEqualTo(200);
		Map<String, JsonNode> byCode = new HashMap<>();
		for (JsonNode item : response.json().path("items")) {
			assertThat(byCode.put(item.path("code").asString(), item)).as("code twice").isNull();
		}
		assertThat(response.json().path("total").asLong()).isEqualTo(byCode.size());
		return byCode;
	}

	@Test
	void lists194MemberStatesTodayEachOnceWithAllFields() {
		Map<String, JsonNode> states = states("", "en");
		assertThat(states).hasSize(194);
		Set<String> m49 = new HashSet<>();
		Set<String> administrations = new HashSet<>();
		for (JsonNode s : states.values()) {
			assertThat(s.path("code").asString()).matches("[A-Z]{2}");
			assertThat(m49.add(s.path("m49").asString())).as("m49 twice: %s", s).isTrue();
			assertThat(s.path("region").asString()).isIn("AFR", "AMS", "ARB", "ASP", "CIS", "EUR");
			assertThat(s.path("names").propertyNames()).containsExactlyInAnyOrder("ar", "en", "es", "fr", "ru", "zh");
			assertThat(s.path("ldc").isBoolean()).isTrue();
			assertThat(s.path("developing").isBoolean()).isTrue();
			assertThat(administrations.add(s.path("administrationId").asString())).isTrue();
		}
		assertThat(states).containsKeys("VA", "PW").doesNotContainKeys("PS", "XK", "TW");
	}

	@Test
	void in2018ThereWere193BecausePalauJoinedIn2024() {
		Map<String, JsonNode> states = states("?asOf=2018-10-29", "en");
		assertThat(states).hasSize(193).doesNotContainKey("PW");
		assertThat(states("", "en").get("PW").path("memberSince").asString()).isEqualTo("2024-09-19");
	}

	@Test
	void regionsOfTheAnnexStatesAreItuRegions() {
		Map<String, JsonNode> s = states("", "en");
		Map<String, String> expected = Map.ofEntries(Map.entry("IT", "EUR"), Map.entry("GB", "EUR"),
				Map.entry("JP", "ASP"), Map.entry("EE", "EUR"), Map.entry("PL", "EUR"), Map.entry("GR", "EUR"),
				Map.entry("ES", "EUR"), Map.entry("CA", "AMS"), Map.entry("NL", "EUR"), Map.entry("AU", "ASP"),
				Map.entry("EG", "ARB"), Map.entry("TN", "ARB"), Map.entry("CH", "EUR"), Map.entry("IR", "ASP"),
				Map.entry("RU", "CIS"), Map.entry("KZ", "CIS"), Map.entry("BR", "AMS"), Map.entry("SA", "ARB"),
				Map.entry("NG", "AFR"), Map.entry("IN", "ASP"));
		expected.forEach((code, region) -> assertThat(s.get(code).path("region").asString()).as(code).isEqualTo(region));
	}

	@Test
	void leastDevelopedCountriesAndGraduatesOnTheirDates() {
		Map<String, JsonNode> today = states("", "en");
		for (String ldc : new String[] { "ET", "HT", "AF", "MZ", "YE", "TD" }) {
			assertThat(today.get(ldc).path("ldc").asBoolean()).as("%s is an LDC", ldc).isTrue();
		}
		for (String graduate : new String[] { "BW", "CV", "MV", "WS", "GQ", "VU", "BT" }) {
			assertThat(today.get(graduate).path("ldc").asBoolean()).as("%s graduated", graduate).isFalse();
		}
		assertThat(today.get("FR").path("ldc").asBoolean()).isFalse();
		// Bhutan graduated on 13 December 2023, Vanuatu on 4 December 2020, Equatorial Guinea in 2017.
		Map<String, JsonNode> in2018 = states("?asOf=2018-10-29", "en");
		assertThat(in2018.get("BT").path("ldc").asBoolean()).isTrue();
		assertThat(in2018.get("VU").path("ldc").asBoolean()).isTrue();
		assertThat(in2018.get("GQ").path("ldc").asBoolean()).isFalse();
		assertThat(in2018.get("CV").path("ldc").asBoolean()).isFalse();
	}

	@Test
	void developingIsEveryStateOutsideTheDevelopedRegions() {
		Map<String, JsonNode> s = states("", "en");
		for (String developed : new String[] { "JP", "AU", "NZ", "CA", "US", "DE", "CH", "VA", "RU" }) {
			assertThat(s.get(developed).path("developing").asBoolean()).as(developed).isFalse();
		}
		for (String developing : new String[] { "BR", "EG", "CN", "IN", "TN", "IR", "ET" }) {
			assertThat(s.get(developing).path("developing").asBoolean()).as(developing).isTrue();
		}
	}

	@Test
	void namesFollowAcceptLanguageAndItuEnglishNames() {
		assertThat(states("", "fr").get("CH").path("name").asString()).isEqualTo("Suisse");
		assertThat(states("", "zh").get("CN").path("name").asString()).isEqualTo("中国");
		assertThat(states("", "ru").get("DE").path("name").asString()).isEqualTo("Германия");
		assertThat(states("", "de").get("IR").path("name").asString()).isEqualTo("Iran (Islamic Republic of)");
		assertThat(states("", "ar").get("EG").path("name").asString()).isEqualTo("مصر");
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.sgbridge.account.AccountManagement accounts;

	@Test
	void theSecretariatChangesRegionAndLdcStatusWithAReasonKeptInTheHistory() {
		Api api = new Api(port);
		var people = new org.sgbridge.testing.TestAccounts(accounts, api);
		String staffEmail = org.sgbridge.testing.TestAccounts.uniqueEmail("staff");
		accounts.createActive(staffEmail, org.sgbridge.testing.TestAccounts.PASSWORD, "Staff", java.util.Set.of("SECRETARIAT"), "en");
		Api staff = api.bearer(people.token(staffEmail, org.sgbridge.testing.TestAccounts.PASSWORD));

		Api.Response graduated = staff.patch("/api/v1/member-states/TV",
				Map.of("ldc", Map.of("from", "1986-12-10", "until", "2020-01-01"), "reason", "Test: graduation recorded"));
		assertThat(graduated.status()).as("%s", graduated).isEqualTo(200);
		assertThat(graduated.json().path("ldc").asBoolean()).isFalse();
		assertThat(states("?asOf=2019-06-01", "en").get("TV").path("ldc").asBoolean()).isTrue();

		Api.Response moved = staff.patch("/api/v1/member-states/GE", Map.of("region", "CIS", "reason", "Test: region"));
		assertThat(moved.json().path("region").asString()).isEqualTo("CIS");
		staff.patch("/api/v1/member-states/GE", Map.of("region", "EUR", "reason", "Test: region back"));
		assertThat(staff.get("/api/v1/member-states/GE/changes").json().path("items").size()).isGreaterThanOrEqualTo(2);

		assertThat(staff.patch("/api/v1/member-states/GE", Map.of("region", "XYZ", "reason", "bad")).status()).isEqualTo(400);
		assertThat(staff.patch("/api/v1/member-states/GE", Map.of("region", "EUR")).status()).as("a reason is required")
			.isEqualTo(400);
		String otherEmail = org.sgbridge.testing.TestAccounts.uniqueEmail("someone");
		accounts.createActive(otherEmail, org.sgbridge.testing.TestAccounts.PASSWORD, "Someone", java.util.Set.of(), "en");
		assertThat(api.bearer(people.token(otherEmail, org.sgbridge.testing.TestAccounts.PASSWORD))
			.patch("/api/v1/member-states/GE", Map.of("region", "CIS", "reason", "no")).status()).isEqualTo(403);
	}

	@Test
	void malformedAsOfIsInvalidDate() {
		Api.Response response = new Api(port).get("/api/v1/member-states?asOf=2018-13-45");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problem()).isEqualTo("invalid-date");
	}
}
