package org.sgbridge.testing;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.sgbridge.SgBridgeApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The application on a random port and one Chromium for the test class (skipped where Chromium is absent). */
@SpringBootTest(classes = SgBridgeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

	protected static Browser browser;

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void startBrowser() {
		// Two cores that run the server, the browser and the checkers at once answer a click in more than
		// Playwright's default 5 s at times; an assertion that is wrong still fails, only later.
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}

	protected String baseUrl() {
		return "http://localhost:" + port;
	}

	/** Signs in through the form, in a fresh browser, in the given language; returns the page. */
	protected Page signIn(String email, String language) {
		return signIn(newPage(), email, language);
	}

	/**
	 * Signs in through the form on the given page; returns it on the page the account lands on
	 * (which depends on its role), never the sign-in form.
	 */
	protected Page signIn(Page page, String email, String language) {
		page.navigate("/signin?lang=" + language);
		page.locator("#email").fill(email);
		page.locator("#password").fill(TestAccounts.PASSWORD);
		page.locator("#password").press("Enter");
		page.waitForURL(url -> !url.contains("/signin"));
		return page;
	}

	/**
	 * Follows a link of the header's navigation, opening first the menus that hold it (the phone's
	 * menu, the drop-down of one's role's tools), as a person would.
	 */
	protected static void followNavigation(Page page, String href) {
		com.microsoft.playwright.Locator link = page.locator("header a[href='" + href + "']");
		link.waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
			.setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
		// the style sheets decide which summary is visible: a summary seen before they apply may then hide
		page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
		// on a desktop the menu's own summary is hidden and its content shown: only visible buttons are pressed
		com.microsoft.playwright.Locator closed = page.locator("header details:not([open]):has(a[href='" + href + "']) > summary:visible");
		for (int i = 0; i < 3 && !link.isVisible() && closed.count() > 0; i++) {
			closed.first().click();
		}
		link.click();
	}

	/** A new page in a fresh browser context with JavaScript switched off. */
	protected Page newPageWithoutJavaScript() {
		return browser.newPage(baseUrl(), false);
	}

	/** A new page in a fresh browser context (no cookies), at the application's address. */
	protected Page newPage() {
		return browser.newPage(baseUrl());
	}
}
