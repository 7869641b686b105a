package org.sgbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.HtmlChecker;

/**
 * The public pages, as served, in English, Arabic and Chinese, pass the W3C Nu HTML checker
 * (without a browser: the browser tests check the pages they visit the same way).
 */
class HtmlValidityTests extends ApiTest {

	private static final List<String> PAGES = List.of("/", "/meetings", "/meetings?past=true", "/study-groups",
			"/study-groups/ITU-T-SG16", "/study-groups/ITU-T-SG16/decisions", "/pilot/interest", "/signin", "/signup",
			"/password/forgot", "/letters/verify", "/no-such-page");

	@Test
	void publicPagesAreValidHtmlInEnglishArabicAndChinese() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		for (String language : List.of("en", "ar", "zh")) {
			for (String path : PAGES) {
				String url = "http://localhost:" + port + path + (path.contains("?") ? "&" : "?") + "lang=" + language;
				HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
						HttpResponse.BodyHandlers.ofString());
				assertThat(page.headers().firstValue("Content-Type")).as(url).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
				HtmlChecker.assertValid(page.body(), url);
			}
		}
	}
}
