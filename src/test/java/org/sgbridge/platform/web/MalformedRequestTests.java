package org.sgbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.RawHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests the container itself refuses before any controller (undecodable query or path, a
 * request line too long) are answered as the application answers: a problem detail under /api,
 * the application's own error page elsewhere, never Tomcat's report nor a 500.
 */
class MalformedRequestTests extends ApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonNode problem(RawHttp.Response response, int status, String slug, String instance) {
		assertThat(response.status()).as("%s", response).isEqualTo(status);
		assertThat(response.header("Content-Type")).as("%s", response).startsWith("application/problem+json");
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.path("type").asString()).isEqualTo("https://sgbridge.org/problems/" + slug);
		assertThat(body.path("status").asInt()).isEqualTo(status);
		assertThat(body.path("title").asString()).isNotBlank();
		assertThat(body.path("instance").asString()).isEqualTo(instance);
		return body;
	}

	@Test
	void invalidUtf8InAQueryIsMalformed() {
		problem(RawHttp.get(port, "/api/v1/member-states?page=%ff%fe"), 400, "malformed", "/api/v1/member-states");
		problem(RawHttp.get(port, "/api/v1/meetings?studyGroup=%c3%28"), 400, "malformed", "/api/v1/meetings");
	}

	@Test
	void aRawBackslashInAQueryIsMalformed() {
		problem(RawHttp.get(port, "/api/v1/meetings?studyGroup=a\\b"), 400, "malformed", "/api/v1/meetings");
	}

	@Test
	void aNulInAPathSegmentIsMalformed() {
		problem(RawHttp.get(port, "/api/v1/meetings/a%00b"), 400, "malformed", "/api/v1/meetings/a%00b");
	}

	@Test
	void anEncodedSlashInsideASegmentIsNotFound() {
		problem(RawHttp.get(port, "/api/v1/meetings/a%2fb"), 404, "not-found", "/api/v1/meetings/a%2fb");
	}

	@Test
	void aRequestLineOverTheLimitIs414() {
		String target = "/api/v1/meetings?studyGroup=" + "a".repeat(20_000);
		problem(RawHttp.get(port, target), 414, "malformed", "/api/v1/meetings");
	}

	@Test
	void answersInTheCallersLanguageEvenWhenTheContainerRefuses() {
		RawHttp.Response response = RawHttp.get(port, "/api/v1/member-states?page=%ff", "Accept-Language: fr");
		problem(response, 400, "malformed", "/api/v1/member-states");
		assertThat(response.header("Content-Language")).isEqualTo("fr");
	}

	@Test
	void pagesGetTheApplicationsOwnErrorPage() {
		for (String target : new String[] { "/meetings?studyGroup=%ff%fe", "/meetings/a%00b", "/meetings?q=a\\b",
				"/meetings?q=" + "a".repeat(20_000) }) {
			RawHttp.Response page = RawHttp.get(port, target);
			assertThat(page.status()).as(target).isBetween(400, 499);
			assertThat(page.header("Content-Type")).as(target).startsWith("text/html");
			assertThat(page.body()).as(target).contains("SG Bridge").doesNotContain("Apache Tomcat").doesNotContain("HTTP Status");
		}
	}

	@Test
	void theErrorPathAskedForDirectlyIsNotAServerError() {
		RawHttp.Response page = RawHttp.get(port, "/error");
		assertThat(page.status()).as("%s", page).isLessThan(500);
		RawHttp.Response api = RawHttp.get(port, "/error", "Accept: application/json");
		assertThat(api.status()).as("%s", api).isLessThan(500);
	}
}
