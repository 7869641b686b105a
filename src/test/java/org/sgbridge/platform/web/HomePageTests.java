package org.sgbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.sgbridge.SgBridgeApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(classes = SgBridgeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class HomePageTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> get(String path, String acceptLanguage) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (acceptLanguage != null) {
			request.header("Accept-Language", acceptLanguage);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void homePageExplainsThePilotInEnglishByDefault() throws Exception {
		HttpResponse<String> response = get("/", null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("lang=\"en\"", "dir=\"ltr\"", "ITU-T SG5, SG11, SG16, SG20");
	}

	@Test
	void langParameterSwitchesToArabicRightToLeftAndRemembersItInACookie() throws Exception {
		HttpResponse<String> response = get("/?lang=ar", null);
		assertThat(response.body()).contains("lang=\"ar\"", "dir=\"rtl\"", "bootstrap.rtl.min.css");
		assertThat(response.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("lang=ar"));
	}

	@Test
	void acceptLanguageChoosesASupportedLanguage() throws Exception {
		assertThat(get("/", "de-CH, fr;q=0.8").body()).contains("lang=\"fr\"");
		assertThat(get("/", "de-CH").body()).contains("lang=\"en\"");
	}

	@Test
	void unknownPageIsAFriendly404() throws Exception {
		HttpResponse<String> response = get("/no/such/page", "es");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
		assertThat(response.body()).contains("lang=\"es\"").doesNotContain("Exception");
	}

	@Test
	void unknownApiPathIsAProblemDetail() throws Exception {
		HttpResponse<String> response = get("/api/v1/no-such-thing", null);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"type\":\"https://sgbridge.org/problems/not-found\"");
	}

	@Test
	void pagesCarrySecurityHeaders() throws Exception {
		HttpResponse<String> response = get("/", null);
		assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				csp -> assertThat(csp).contains("frame-ancestors 'none'", "default-src 'self'"));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	@Test
	void healthAndReadinessAnswer() throws Exception {
		assertThat(get("/actuator/health/readiness", null).body()).contains("UP");
		// Metrics are for administrators only: OperationsEndpointTests.
		assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
	}
}
