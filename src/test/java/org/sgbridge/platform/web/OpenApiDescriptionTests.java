package org.sgbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI description at /v3/api-docs: every route of the API is in it, with its problem details,
 * bearer authentication and file variants; written to target/openapi.json and, where Spectral is
 * installed (SGBRIDGE_SPECTRAL, the path of its binary, as .ci/run sets it), linted with no error.
 */
class OpenApiDescriptionTests extends ApiTest {

	private static final Logger log = LoggerFactory.getLogger(OpenApiDescriptionTests.class);

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping routes;

	private JsonNode description() {
		Api.Response response = api.get("/v3/api-docs");
		assertThat(response.status()).as("%s", response).isEqualTo(200);
		return response.json();
	}

	@Test
	void everyRouteUnderApiV1IsDescribed() {
		JsonNode paths = description().path("paths");
		Set<String> described = new TreeSet<>();
		paths.properties().forEach(p -> p.getValue().properties()
			.forEach(m -> described.add(m.getKey().toUpperCase(Locale.ROOT) + " " + normalise(p.getKey()))));
		Set<String> routed = new TreeSet<>();
		routes.getHandlerMethods().forEach((info, method) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/v1/") && !pattern.equals("/api/v1")) {
					continue;
				}
				for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					routed.add(m.name() + " " + normalise(pattern));
				}
			}
		});
		assertThat(routed).as("routes under /api/v1").isNotEmpty();
		assertThat(described).as("the description of every route under /api/v1").containsAll(routed);
		assertThat(described).as("nothing but /api/v1").allMatch(route -> route.contains(" /api/v1/"));
	}

	/** {@code {document:letter|badge}} and {@code {id}} both become {@code {}}: names and patterns of variables do not matter. */
	private static String normalise(String path) {
		return path.replaceAll("\\{[^}]*\\}", "{}");
	}

	@Test
	void problemsBearerAuthenticationAndFileVariantsAreDescribed() {
		JsonNode d = description();
		assertThat(d.path("info").path("title").asString()).isNotBlank();
		assertThat(d.path("info").path("contact").path("url").asString()).startsWith("https://");
		assertThat(d.path("components").path("securitySchemes").path("bearer").path("scheme").asString()).isEqualTo("bearer");
		JsonNode problem = d.path("components").path("schemas").path("ProblemDetail").path("properties");
		assertThat(List.of("type", "title", "status", "detail", "instance", "errors")).allMatch(problem::has);

		JsonNode letter = d.path("paths").path("/api/v1/registrations/{id}/letter").path("get");
		assertThat(letter.path("summary").asString()).isNotBlank();
		assertThat(letter.path("responses").path("200").path("content").has("application/pdf")).isTrue();
		JsonNode conflict = letter.path("responses").path("409");
		assertThat(conflict.path("content").has("application/problem+json")).isTrue();
		assertThat(conflict.path("description").asString()).contains("not-validated");

		JsonNode figures = d.path("paths").path("/api/v1/reports/pilot").path("get").path("responses").path("200").path("content");
		assertThat(figures.has("application/json")).isTrue();
		assertThat(figures.has("text/csv")).isTrue();
		assertThat(figures.has("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).isTrue();
		JsonNode council = d.path("paths").path("/api/v1/reports/pilot/council").path("get").path("responses").path("200").path("content");
		assertThat(council.has("application/pdf")).isTrue();
		assertThat(council.has("application/vnd.openxmlformats-officedocument.wordprocessingml.document")).isTrue();
		assertThat(d.path("paths").path("/api/v1/reports/pilot/map").path("get").path("responses").path("200").path("content")
			.has("image/svg+xml")).isTrue();
		assertThat(d.path("paths").path("/api/v1/organizations").path("get").path("security").toString()).contains("bearer");
	}

	@Test
	void theReferencePageIsPublic() {
		Api.Response docs = api.get("/api/docs");
		assertThat(docs.status()).as("%s", docs).isIn(200, 302);
		Api.Response page = api.get("/swagger-ui/index.html");
		assertThat(page.status()).as("%s", page).isEqualTo(200);
		assertThat(page.body()).contains("swagger");
		// The library's page keeps our policy for scripts; only its injected style element is allowed.
		assertThat(page.header("Content-Security-Policy")).contains("script-src 'self';")
			.contains("style-src 'self' 'unsafe-inline'");
		assertThat(api.get("/").header("Content-Security-Policy")).contains("style-src 'self';");
	}

	@Test
	void spectralFindsNoErrorInTheDescription() throws IOException, InterruptedException {
		Path file = Path.of("target", "openapi.json");
		Files.createDirectories(file.getParent());
		Files.writeString(file, api.get("/v3/api-docs").body(), StandardCharsets.UTF_8);
		String spectral = System.getenv("SGBRIDGE_SPECTRAL");
		if (spectral == null || spectral.isBlank()) {
			log.info("Spectral not configured (SGBRIDGE_SPECTRAL): {} written, not linted", file);
			return;
		}
		List<String> command = new ArrayList<>(List.of(spectral, "lint", "--ruleset", ".spectral.yaml", "--fail-severity",
				"error", "--format", "text", file.toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("spectral finished").isTrue();
		log.info("Spectral on {}:\n{}", file, output);
		assertThat(process.exitValue()).as("spectral errors:\n%s", output).isZero();
	}
}
