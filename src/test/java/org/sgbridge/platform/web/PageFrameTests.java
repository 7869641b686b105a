package org.sgbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sgbridge.SgBridgeApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every page carries (favicon, description, footer) and the pages the footer links to. */
@SpringBootTest(classes = SgBridgeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "sgbridge.contact-email=desk@example.int")
class PageFrameTests {

	static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "ar", "zh");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/meetings", "/study-groups", "/pilot/interest", "/signin", "/privacy", "/accessibility",
			"/contact", "/no/such/page" })
	void everyPageHasAFaviconADescriptionAndAFooterWithThePrivacyAccessibilityAndContactPages(String path) throws Exception {
		String page = get(path).body();
		assertThat(page).contains("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\">");
		assertThat(page).containsPattern("<meta name=\"description\" content=\"[^\"]{40,}\">");
		String footer = page.substring(page.indexOf("<footer"));
		assertThat(footer).contains("href=\"/privacy\"", "href=\"/accessibility\"", "href=\"/contact\"");
		// no inline style: the pages' CSP (style-src 'self') refuses it
		assertThat(page).doesNotContainPattern("\\sstyle=\"").doesNotContain("<style");
	}

	@Test
	void theFaviconIsServedAsSvg() throws Exception {
		HttpResponse<String> icon = get("/favicon.svg");
		assertThat(icon.statusCode()).isEqualTo(200);
		assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
		assertThat(icon.body()).startsWith("<svg");
	}

	@Test
	void theInformationPagesAreTranslatedIntoTheSixLanguagesAndNameTheConfiguredAddress() throws Exception {
		for (String path : List.of("/privacy", "/accessibility", "/contact")) {
			String english = null;
			for (String language : LANGUAGES) {
				HttpResponse<String> response = get(path + "?lang=" + language);
				assertThat(response.statusCode()).isEqualTo(200);
				String body = response.body();
				assertThat(body).contains("lang=\"" + language + "\"", "mailto:desk@example.int");
				String main = body.substring(body.indexOf("<main"), body.indexOf("</main>"));
				if (english == null) {
					english = main;
				}
				else {
					assertThat(main).as("%s in %s is translated", path, language).isNotEqualTo(english);
				}
				String description = description(body);
				assertThat(description).as("description in %s", language).isNotBlank();
			}
		}
		String privacy = get("/privacy?lang=en").body();
		assertThat(privacy).contains("Accounts", "Organisations", "Meeting registrations", "Contributions",
				"The audit of decisions", "a session cookie", "remembers the language");
		String accessibility = get("/accessibility?lang=en").body();
		assertThat(accessibility).contains("WCAG", "2.1", "AA", "axe-core", "keyboard", "screen readers", "Known limits");
	}

	@Test
	void theDescriptionIsInThePagesLanguage() throws Exception {
		assertThat(description(get("/?lang=en").body())).contains("study groups");
		assertThat(description(get("/?lang=fr").body())).contains("commissions", "UIT-T");
		assertThat(description(get("/?lang=zh").body())).contains("研究组");
	}

	private static String description(String body) {
		Matcher m = Pattern.compile("<meta name=\"description\" content=\"([^\"]*)\">").matcher(body);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}
}
