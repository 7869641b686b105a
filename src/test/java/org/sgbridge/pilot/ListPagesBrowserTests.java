package org.sgbridge.pilot;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Locale;
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
 * The pilot's lists in a browser, in English, Arabic and Chinese, on a 1280 px desktop and a 390 px
 * phone: a focal point's inbox searched and paged, the secretariat's expressions of interest, the
 * overview and the dashboard (their tables by Member State in the order of the names), the
 * administrator's mailbox. Each filter form is sent with the keyboard (Enter), without script.
 */
class ListPagesBrowserTests extends BrowserTest {

	@Autowired
	AccountManagement accounts;

	@Autowired
	InterestRegister interest;

	@ParameterizedTest
	@ValueSource(strings = { "en", "ar", "zh" })
	void thePilotsListsWorkOnADesktopAndAPhone(String language) {
		Api api = new Api(port);
		PilotFixtures pilot = new PilotFixtures(accounts, api);
		String w = "p" + UUID.randomUUID().toString().substring(0, 6);
		Person dfp = pilot.dfp("PG");
		for (String name : List.of("Port Moresby Fibre", "Lae Data Centre", "Goroka Mobile")) {
			Person rep = pilot.person("rep-pg", Set.of());
			String org = pilot.sme(rep, name + " " + w, "PG", 20, 300_000, "PGK");
			pilot.submit(rep, org, "ITU-T-SG20");
		}
		for (String name : List.of("Honiara Radio", "Gizo Cloud")) {
			interest.express(name + " " + w, "SB", name.toLowerCase(Locale.ROOT).replace(' ', '.') + "-" + w + "@example.org",
					List.of("ITU-D-SG1"), "198.51.100." + (int) (Math.random() * 250), Locale.ENGLISH);
		}
		Person staff = pilot.person("staff", Set.of("SECRETARIAT"));
		Person admin = pilot.person("admin", Set.of("ADMIN"));

		for (int width : new int[] { 1280, 390 }) {
			Page page = browser.newPage(baseUrl(), width);
			List<String> errors = PageChecks.consoleErrors(page);
			signIn(page, dfp.email(), language);
			page.navigate("/pilot/inbox?size=2");
			page.locator("#q").fill(w);
			page.locator("#q").press("Enter");
			assertThat(page.locator("#inbox tbody tr")).hasCount(2);
			assertThat(page.locator("#pager")).isVisible();
			PageChecks.check(page, "lists", "inbox", language, width, errors);
			page.locator("#pager a[rel=next]").click();
			assertThat(page.locator("#inbox tbody tr")).hasCount(1);
			page.context().close();

			page = browser.newPage(baseUrl(), width);
			errors = PageChecks.consoleErrors(page);
			signIn(page, staff.email(), language);
			page.navigate("/pilot/interests");
			page.locator("#q").fill(w);
			page.locator("#q").press("Enter");
			assertThat(page.locator("#interests tbody tr")).hasCount(2);
			PageChecks.check(page, "lists", "interests", language, width, errors);
			page.navigate("/pilot/interests?country=XX");
			assertThat(page.locator("#country-error")).isVisible();
			PageChecks.check(page, "lists", "interests-refused", language, width, errors);
			page.navigate("/pilot/overview");
			PageChecks.check(page, "lists", "overview", language, width, errors);
			page.navigate("/reports/pilot");
			PageChecks.check(page, "lists", "dashboard", language, width, errors);
			page.context().close();

			page = browser.newPage(baseUrl(), width);
			errors = PageChecks.consoleErrors(page);
			signIn(page, admin.email(), language);
			page.navigate("/admin/mail?size=3");
			page.locator("#q").fill(w);
			page.locator("#q").press("Enter");
			assertThat(page.locator("article.mail").first()).isVisible();
			PageChecks.check(page, "lists", "mailbox", language, width, errors);
			page.context().close();
		}
	}
}
