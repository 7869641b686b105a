package org.sgbridge.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures.Person;

/** API.md "Documents, maps and tokens for integrators": organisations searchable by name, kind and Member State. */
class OrganizationSearchApiTests extends ApiTest {

	@Test
	void searchIgnoresCaseAndAccentsFiltersByKindAndStateOrdersByNameAndHidesFigures() {
		String tag = Long.toString(System.nanoTime(), 36);
		Person rep = pilot.person("rep-search", Set.of());
		String zurich = pilot.sme(rep, "Zürich Télécom " + tag, "CH", 12, 1_000_000, "CHF");
		String geneve = pilot.sme(rep, "Genève ÉCOLE Télécom " + tag, "CH", 8, 500_000, "CHF");
		String lyon = pilot.sme(rep, "Lyon telecom " + tag, "FR", 30, 2_000_000, "EUR");
		Api.Response association = api.bearer(rep.token()).post("/api/v1/organizations",
				Map.of("name", "Association des télécoms " + tag, "kind", "ASSOCIATION", "country", "CH"));
		assertThat(association.status()).as("%s", association).isEqualTo(201);

		Person reader = pilot.person("reader", Set.of());
		Api signedIn = api.bearer(reader.token());
		Api.Response all = signedIn.get("/api/v1/organizations?q=TELECOM%20" + tag.toUpperCase());
		assertThat(all.status()).as("%s", all).isEqualTo(200);
		assertThat(all.json().path("total").asLong()).isEqualTo(3);
		assertThat(all.json().path("items").findValuesAsString("id")).containsExactly(geneve, lyon, zurich);
		assertThat(all.json().path("page").asInt()).isZero();
		assertThat(all.json().path("size").asInt()).isEqualTo(50);
		assertThat(all.json().path("items").get(0).has("employees")).isFalse();
		assertThat(all.json().path("items").get(0).has("annualRevenue")).isFalse();

		Api.Response accents = signedIn.get("/api/v1/organizations?q=zurich%20t%C3%A9l%C3%A9COM%20" + tag);
		assertThat(accents.json().path("items").findValuesAsString("id")).containsExactly(zurich);
		Api.Response ecole = signedIn.get("/api/v1/organizations?q=geneve%20ecole&country=ch&kind=sme");
		assertThat(ecole.json().path("items").findValuesAsString("id")).contains(geneve);

		Api.Response swiss = signedIn.get("/api/v1/organizations?q=" + tag + "&country=CH");
		assertThat(swiss.json().path("items").findValuesAsString("name")).containsExactly(
				"Association des télécoms " + tag, "Genève ÉCOLE Télécom " + tag, "Zürich Télécom " + tag);
		Api.Response smes = signedIn.get("/api/v1/organizations?q=" + tag + "&country=CH&kind=SME&size=1&page=1");
		assertThat(smes.json().path("total").asLong()).isEqualTo(2);
		assertThat(smes.json().path("items").findValuesAsString("id")).containsExactly(zurich);

		Api.Response wildcard = signedIn.get("/api/v1/organizations?q=%25_" + tag);
		assertThat(wildcard.json().path("total").asLong()).as("%% and _ are letters, not wildcards").isZero();
	}

	@Test
	void onlySignedInCallersSearchAndWrongFiltersAreNamed() {
		Api.Response anonymous = api.get("/api/v1/organizations?q=telecom");
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.problem()).isEqualTo("unauthenticated");

		Person reader = pilot.person("reader", Set.of());
		Api.Response wrong = api.bearer(reader.token()).with("Accept-Language", "fr")
			.get("/api/v1/organizations?kind=CLUB&country=XX");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.problem()).isEqualTo("invalid-input");
		assertThat(wrong.json().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("kind", "country");
		assertThat(wrong.json().path("errors").findValuesAsString("message")).anyMatch(m -> m.contains("Choisissez"));
		List<String> none = api.bearer(reader.token()).get("/api/v1/organizations?q=nothing-has-this-name-" + System.nanoTime())
			.json().path("items").findValuesAsString("id");
		assertThat(none).isEmpty();
	}
}
