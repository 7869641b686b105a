package org.sgbridge.document;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sgbridge.account.AccountManagement;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.BrowserTest;
import org.sgbridge.testing.PageChecks;
import org.sgbridge.testing.PilotFixtures;
import org.sgbridge.testing.PilotFixtures.Person;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The documents' pages in a browser, in English, Arabic and Chinese, on a 1280 px desktop and a
 * 390 px phone: the list of all documents and a meeting's, the contribution form refused and kept,
 * the reason why someone may not submit, a contribution's page with its new version, withdrawal
 * (confirmed on its own page) and a co-source's confirmation. Screenshots in target/screenshots.
 */
class DocumentPagesBrowserTests extends BrowserTest {

	@Autowired
	AccountManagement accounts;

	@ParameterizedTest
	@ValueSource(strings = { "en", "ar", "zh" })
	void theDocumentsPagesWorkOnADesktopAndAPhone(String language) {
		Api api = new Api(port);
		PilotFixtures pilot = new PilotFixtures(accounts, api);
		ContributionPagesFixture fixture = new ContributionPagesFixture(api, pilot, port);
		String w = "b" + UUID.randomUUID().toString().substring(0, 6);
		String meeting = fixture.meeting("ITU-T-SG16", LocalDate.now().plusDays(10));
		String late = fixture.meeting("ITU-T-SG20", LocalDate.now().minusDays(3));
		Person author = fixture.delegate("FM", meeting, late);
		Person industry = pilot.person("industry", Set.of());
		String company = fixture.organization(industry, "SECTOR_MEMBER", "Palikir Networks " + w, "FM");
		String id = fixture.submit(author, meeting, "Multimedia accessibility for small islands " + w, "islands", List.of(company))
			.json().path("id").asString();
		for (int i = 1; i <= 3; i++) {
			fixture.submit(author, meeting, "Captioning profile " + i + " " + w, "captions", List.of());
		}

		for (int width : new int[] { 1280, 390 }) {
			Page page = browser.newPage(baseUrl(), width);
			List<String> errors = PageChecks.consoleErrors(page);
			signIn(page, author.email(), language);

			page.navigate("/documents?q=" + w + "&size=2&lang=" + language);
			assertThat(page.locator("#documents tbody tr")).hasCount(2);
			assertThat(page.locator("#pager")).isVisible();
			PageChecks.check(page, "documents", "all", language, width, errors);
			page.locator("#pager a[rel=next]").click();
			assertThat(page.locator("#documents tbody tr")).hasCount(2);

			page.navigate("/meetings/" + meeting + "/documents");
			assertThat(page.locator("#submit-form")).isVisible();
			PageChecks.check(page, "documents", "meeting", language, width, errors);

			// Refused: the summary at the top, each message beside its field, the abstract kept.
			page.locator("#abstract").fill("Typed before the refusal " + w);
			page.locator("#submit-form button[type=submit]").click();
			assertThat(page.locator("#form-errors")).isVisible();
			assertThat(page.locator("#title-error")).isVisible();
			assertThat(page.locator("#file-error")).isVisible();
			assertThat(page.locator("#abstract")).hasValue("Typed before the refusal " + w);
			PageChecks.check(page, "documents", "form-refused", language, width, errors);

			page.navigate("/meetings/" + late + "/documents");
			assertThat(page.locator("#reason-deadline-passed")).isVisible();
			PageChecks.check(page, "documents", "why-not", language, width, errors);

			page.navigate("/contributions/" + id);
			assertThat(page.locator("#revise")).isVisible();
			PageChecks.check(page, "documents", "contribution", language, width, errors);
			page.locator("#withdraw-submit").click();
			assertThat(page.locator("#confirm")).isVisible();
			PageChecks.check(page, "documents", "withdraw-confirm", language, width, errors);
			page.locator("#cancel").click();
			assertThat(page.locator("#withdraw")).isVisible();
			page.context().close();

			Page member = browser.newPage(baseUrl(), width);
			List<String> memberErrors = PageChecks.consoleErrors(member);
			signIn(member, industry.email(), language);
			member.navigate("/contributions/" + id);
			assertThat(member.locator("#confirm-sources")).isVisible();
			PageChecks.check(member, "documents", "co-source", language, width, memberErrors);
			member.context().close();
		}
	}
}
