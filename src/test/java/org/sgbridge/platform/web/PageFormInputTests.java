package org.sgbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.RawHttp;

/**
 * What a page's form posts is judged as the API's JSON is: a field of a few megabytes (over the
 * container's limit on posted forms) is 413 with the form shown again and a clear message, never
 * the 500 page saying nothing was lost; a NUL in a field is invalid input.
 */
class PageFormInputTests extends ApiTest {

	private RawHttp.Response post(String path, String field, String referer) {
		String body = field + "=" + "a".repeat(3 * 1024 * 1024) + "&email=someone%40example.org";
		return RawHttp.send(port, "POST", path, body, "Content-Type: application/x-www-form-urlencoded",
				"Accept: text/html", "Referer: http://localhost:" + port + referer);
	}

	@Test
	void thePublicFormsShowThemselvesAgainSayingWhatWasSentWasTooLarge() {
		for (String[] form : new String[][] { { "/pilot/interest", "organizationName" }, { "/signup", "name" },
				{ "/signin", "password" } }) {
			RawHttp.Response response = post(form[0], form[1], form[0]);
			assertThat(response.status()).as("%s: %s", form[0], response.status()).isEqualTo(413);
			assertThat(response.header("Content-Type")).startsWith("text/html");
			assertThat(response.body()).as(form[0]).contains("too large to be read").contains("<form")
				.doesNotContain("Nothing you entered was lost");
		}
	}

	@Test
	void aNulInAFormFieldIsInvalidInput() throws Exception {
		java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder()
			.cookieHandler(new java.net.CookieManager()).build();
		String form = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/signup"))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
		java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
		assertThat(csrf.find()).as(form).isTrue();
		String body = "_csrf=" + csrf.group(1) + "&email=" + java.net.URLEncoder.encode(
				org.sgbridge.testing.TestAccounts.uniqueEmail("nul"), java.nio.charset.StandardCharsets.UTF_8)
				+ "&name=Nul%00Name&password=correct+horse+battery+staple";
		java.net.http.HttpResponse<String> response = browser.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + port + "/signup"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("name");
	}

	@Test
	void theCompanyFormIsNoServerErrorEither() {
		RawHttp.Response response = post("/pilot/companies", "name", "/pilot");
		assertThat(response.status()).as("%s", response.status()).isLessThan(500);
		assertThat(response.body()).doesNotContain("Nothing you entered was lost");
	}

	@Test
	void theServerErrorPageNoLongerPromisesNothingWasLost() {
		assertThat(new org.springframework.context.support.ResourceBundleMessageSource() {
			{
				setBasename("i18n/messages");
				setDefaultEncoding("UTF-8");
			}
		}.getMessage("problem.internal.detail", null, java.util.Locale.ENGLISH)).doesNotContain("lost");
	}

	@Test
	void anUnreadableFormIsToldInTermsOfAPageNotOfJson() {
		RawHttp.Response response = RawHttp.send(port, "POST", "/signin", "--x\r\nbroken",
				"Content-Type: multipart/form-data; boundary=x", "Accept: text/html",
				"Referer: http://localhost:" + port + "/signin");
		assertThat(response.status()).as(response.body()).isBetween(400, 499);
		assertThat(response.header("Content-Type")).startsWith("text/html");
		assertThat(response.body()).doesNotContain("JSON");
	}
}
