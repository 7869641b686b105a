package org.sgbridge.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures.Person;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** API.md "Documents, maps and tokens for integrators": the dashboard's map as SVG. */
class PilotMapApiTests extends ApiTest {

	@BeforeEach
	void interestFromSingaporeAndMalta() {
		for (String country : List.of("SG", "MT")) {
			Api.Response r = api.post("/api/v1/expressions-of-interest", Map.of("organizationName",
					"Map test " + country + " " + System.nanoTime(), "country", country, "email",
					"map-" + System.nanoTime() + "@example.org", "studyGroups", List.of("ITU-T-SG20")));
			assertThat(r.status()).as("%s", r).isEqualTo(201);
		}
	}

	private HttpResponse<byte[]> map(String token, String... headers) {
		return api.bearer(token).getBytes("/api/v1/reports/pilot/map", headers);
	}

	@Test
	void theSecretariatGetsEveryStateAsAShapeOrADotTitledInItsLanguageAndColouredByItsLegendClass() throws Exception {
		HttpResponse<byte[]> response = map(pilot.secretariat(), "Accept-Language", "fr");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
		Document svg = WorldMapLegendTests.parse(new String(response.body(), StandardCharsets.UTF_8));

		Map<String, Element> titled = WorldMapLegendTests.titled(svg);
		assertThat(titled).containsKeys("Singapour", "Malte");
		assertThat(titled.get("Singapour").getTagName()).as("Singapore has no shape at 1:110m").isEqualTo("circle");
		assertThat(titled.get("Singapour").getAttribute("r")).isEqualTo("4");
		var legend = WorldMapLegendTests.legend(svg);
		assertThat(legend).isNotEmpty().hasSizeLessThanOrEqualTo(5);
		WorldMapLegendTests.countsByName(svg).forEach((name, count) -> {
			var holder = legend.stream().filter(e -> e.from() <= count && count <= e.to()).findFirst().orElseThrow();
			assertThat(titled.get(name).getAttribute("fill")).as(name).isEqualTo(holder.colour());
		});
		assertThat(legend.get(legend.size() - 1).to())
			.isEqualTo(WorldMapLegendTests.countsByName(svg).values().stream().mapToLong(Long::longValue).max().orElseThrow());
	}

	@Test
	void aFocalPointSeesOnlyItsOwnStateAndOthersAreRefused() throws Exception {
		Person dfp = pilot.dfp("SG");
		HttpResponse<byte[]> own = map(dfp.token(), "Accept-Language", "en");
		assertThat(own.statusCode()).isEqualTo(200);
		Map<String, Long> counts = WorldMapLegendTests.countsByName(WorldMapLegendTests.parse(new String(own.body(),
				StandardCharsets.UTF_8)));
		assertThat(counts.keySet()).containsExactly("Singapore");

		Person nobody = pilot.person("no-role", Set.of());
		HttpResponse<byte[]> refused = map(nobody.token());
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(api.getBytes("/api/v1/reports/pilot/map").statusCode()).isEqualTo(401);
		Api.Response early = api.bearer(pilot.secretariat()).get("/api/v1/reports/pilot/map?asOf=2016-01-01");
		assertThat(early.status()).isEqualTo(400);
		assertThat(early.problem()).isEqualTo("invalid-date");
	}
}
