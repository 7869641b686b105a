package org.sgbridge.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Set;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sgbridge.platform.Actor;
import org.sgbridge.testing.Browser;
import org.sgbridge.testing.BrowserTest;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/** The other pages of the shell, each checked by axe-core: profile, second factor, administration, errors. */
class StaffPagesBrowserTests extends BrowserTest {

	@Autowired
	AccountManagement accounts;

	@ParameterizedTest
	@ValueSource(strings = { "en", "ar", "fr" })
	void everyShellPageIsAccessible(String language) {
		String email = TestAccounts.uniqueEmail("admin-pages");
		accounts.createActive(email, TestAccounts.PASSWORD, "Page Checker", Set.of(Actor.ADMIN), language);
		Page page = newPage();
		page.navigate("/signin?lang=" + language);
		Browser.assertAccessible(page);
		page.locator("#email").fill(email);
		page.locator("#password").fill("wrong password entirely");
		page.locator("#password").press("Enter");
		assertThat(page.locator("#form-errors")).isVisible();
		Browser.assertAccessible(page);
		page.locator("#password").fill(TestAccounts.PASSWORD);
		page.locator("#password").press("Enter");
		assertThat(page.locator("html")).hasAttribute("lang", language);
		Browser.assertAccessible(page);

		page.navigate("/admin/accounts");
		assertThat(page.locator("table")).containsText(email);
		Browser.assertAccessible(page);
		page.navigate("/admin/mail");
		Browser.assertAccessible(page);
		// The administrator's longer menu wraps instead of pushing "Sign out" off the screen.
		page.setViewportSize(1280, 800);
		org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"))
			.as("no horizontal overflow at 1280 px").isTrue();

		page.navigate("/account");
		page.locator("form[action='/account/totp/setup'] button").click();
		assertThat(page.locator("#totp-secret")).isVisible();
		Browser.assertAccessible(page);
		page.locator("#code").fill("000000");
		page.locator("#code").press("Enter");
		assertThat(page.locator("#code-error")).isVisible();
		Browser.assertAccessible(page);

		page.navigate("/password/forgot");
		Browser.assertAccessible(page);
		page.navigate("/password/reset?token=nothing");
		Browser.assertAccessible(page);
		page.navigate("/no/such/page");
		assertThat(page.locator("h1")).isVisible();
		Browser.assertAccessible(page);
		page.context().close();
	}
}
