package org.sgbridge.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures.Person;

/** Organisations registered through the API. */
class OrganizationApiTests extends ApiTest {

	@Test
	void anSmeRegisteredTwiceIsToldItExistsInItsLanguageAndTheFirstIsKept() {
		Person first = pilot.person("rep-first", Set.of());
		Person second = pilot.person("rep-second", Set.of());
		String id = pilot.sme(first, "Moroni Mobile", "KM", 9, 1, "KMF");

		var again = api.bearer(second.token()).with("Accept-Language", "fr").post("/api/v1/organizations",
				Map.of("name", " Moroni Mobile ", "kind", "SME", "country", "KM", "employees", 4,
						"annualRevenue", Map.of("amount", 1, "currency", "KMF")));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().path("type").asString()).endsWith("/organization-exists");
		assertThat(again.json().path("detail").asString()).contains("« Moroni Mobile »").contains("État Membre");

		var kept = api.bearer(first.token()).get("/api/v1/organizations/" + id);
		assertThat(kept.status()).isEqualTo(200);
		assertThat(kept.json().path("employees").asInt()).isEqualTo(9);
	}
}
