package org.sgbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.RawHttp;

/**
 * A form field of a few megabytes (over the container's limit on posted forms) is told as such:
 * 413, the form shown again with a clear message, never the 500 page saying nothing was lost.
 */
class FormTooLargeTests extends ApiTest {

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
}
