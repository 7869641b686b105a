package org.sgbridge.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sgbridge.account.AccountManagement;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.Browser;
import org.sgbridge.testing.BrowserTest;
import org.sgbridge.testing.PilotFixtures;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audit trail's page: the secretariat finds a DFP's decision with its reason and address, from
 * the menu of its tools; the DFP sees its own state's entries without addresses. On a phone and a
 * desktop, in English, Arabic and Chinese.
 */
class AuditPagesBrowserTests extends BrowserTest {

	@Autowired
	AccountManagement accounts;

	@ParameterizedTest
	@ValueSource(strings = { "en", "ar", "zh" })
	void theSecretariatFindsADecisionAndTheDfpItsOwnStates(String language) {
		PilotFixtures pilot = new PilotFixtures(accounts, new Api(port));
		Person dfp = pilot.dfp("NR");
		Person rep = pilot.person("rep-nr", Set.of());
		String org = pilot.sme(rep, "Nauru Networks " + java.util.UUID.randomUUID(), "NR", 5, 20_000, "AUD");
		String request = pilot.submit(rep, org, "ITU-T-SG20").json().path("id").asString();
		pilot.decide(dfp, request, "REJECT", "Reason " + language);

		String staff = TestAccounts.uniqueEmail("audit-staff");
		accounts.createActive(staff, TestAccounts.PASSWORD, "Audit Reader", Set.of("SECRETARIAT"), language);
		for (int width : new int[] { 1280, 390 }) {
			Page page = browser.newPage(baseUrl(), width);
			signIn(page, staff, language);
			followNavigation(page, "/audit");
			page.locator("#subject").fill(request);
			page.locator("#subject").press("Enter");
			assertThat(page.locator("main table tbody tr")).hasCount(2);
			assertThat(page.locator("main table")).containsText("Reason " + language);
			// The role acted under is named in the reader's language, with the state it was for.
			assertThat(page.locator("main table [title='DFP:NR']").first()).containsText("(NR)");
			assertThat(page.locator("main table [title='DFP:NR']").first()).not().containsText("DFP:");
			assertThat(page.locator("main table [title='MEMBER:" + org + "']").first()).containsText("Nauru Networks");
			assertThat(page.locator("main table th").last()).isVisible();
			Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
			assertThat(fits).as("nothing overflows sideways at %d px", width).isEqualTo(true);
			Browser.assertAccessibleAt(page, width);
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Path.of("target", "screenshots", "audit-" + language + "-" + width + ".png")));
			page.context().close();
		}

		Page page = browser.newPage(baseUrl(), 1280);
		signIn(page, dfp.email(), language);
		page.navigate("/audit?lang=" + language);
		assertThat(page.locator("main table")).containsText("Reason " + language);
		assertThat(page.locator("main table")).not().containsText("127.0.0.1");
		Browser.assertAccessible(page);
		assertThat(page.navigate("/audit?memberState=CH&lang=" + language).status()).as("another state's entries").isEqualTo(403);
		page.context().close();

		Page participant = browser.newPage(baseUrl(), 1280);
		signIn(participant, rep.email(), language);
		com.microsoft.playwright.Response refused = participant.navigate("/audit");
		assertThat(refused.status()).isEqualTo(403);
		participant.context().close();
	}
}
