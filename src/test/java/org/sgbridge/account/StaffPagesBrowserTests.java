package org.sgbridge.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Set;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sgbridge.SgBridgeApplication;
import org.sgbridge.platform.Actor;
import org.sgbridge.testing.Browser;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The other pages of the shell, each checked by axe-core: profile, second factor, administration, errors. */
@SpringBootTest(classes = SgBridgeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class StaffPagesBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "ar" })
	void everyShellPageIsAccessible(String language) {
		String email = TestAccounts.uniqueEmail("admin-pages");
		accounts.createActive(email, TestAccounts.PASSWORD, "Page Checker", Set.of(Actor.ADMIN), language);
		Page page = browser.newPage("http://localhost:" + port);
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
