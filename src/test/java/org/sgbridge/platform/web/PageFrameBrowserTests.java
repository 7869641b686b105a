package org.sgbridge.platform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sgbridge.account.AccountManagement;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.Browser;
import org.sgbridge.testing.BrowserTest;
import org.sgbridge.testing.PilotFixtures;
import org.sgbridge.testing.TestAccounts;
import com.microsoft.playwright.options.Media;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The frame of every page on a 390 px phone and a 1280 px desktop, in English, Arabic and Chinese:
 * nothing wider than the screen, no console error (the pages' CSP kept, not bypassed), no serious
 * or critical axe-core violation, a short header whose menu opens with the keyboard on a phone, and
 * the secretariat's menu in one row on a desktop. Screenshots go to target/screenshots/.
 */
class PageFrameBrowserTests extends BrowserTest {

	static final List<String> PUBLIC_PAGES = List.of("/", "/meetings", "/study-groups", "/pilot/interest", "/signin",
			"/privacy", "/accessibility", "/contact");

	@Autowired
	AccountManagement accounts;

	@ParameterizedTest
	@ValueSource(strings = { "en", "ar", "zh" })
	void mainPagesFitAPhoneAndADesktopWithoutErrors(String language) {
		String secretariat = TestAccounts.uniqueEmail("frame-secretariat");
		accounts.createActive(secretariat, TestAccounts.PASSWORD, "Frame Secretariat", Set.of("SECRETARIAT"), language);
		String meeting = meeting();
		for (int width : new int[] { 390, 1280 }) {
			Page page = browser.newPage(baseUrl(), width);
			List<String> errors = consoleErrors(page);
			for (String path : PUBLIC_PAGES) {
				check(page, path, language, width, errors);
			}
			check(page, "/meetings/" + meeting, language, width, errors);
			printsWithoutNavigationFooterAndForms(page, language, width);
			phoneMenuOpensWithTheKeyboard(page, language, width);

			signIn(page, secretariat, language);
			check(page, "/reports/pilot", language, width, errors);
			printsWithoutNavigationFooterAndForms(page, language, width);
			check(page, "/", language, width, errors);
			if (width == 1280) {
				secretariatMenuIsOneRow(page);
			}
			page.context().close();
		}
	}

	private void check(Page page, String path, String language, int width, List<String> errors) {
		page.navigate(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
		assertThat(page.locator("html")).hasAttribute("lang", language);
		String where = path + " in " + language + " at " + width + " px";
		Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "frame-" + language + "-" + width + "-" + slug(path) + ".png")));
		assertThat(fits).as("nothing overflows sideways on %s (scroll width %s)", where,
				page.evaluate("() => document.documentElement.scrollWidth")).isEqualTo(true);
		assertThat(errors).as("console errors on %s", where).isEmpty();
		assertThat(page.locator("footer a[href='/privacy']")).isVisible();
		assertThat(page.locator("footer a[href='/accessibility']")).isVisible();
		assertThat(page.locator("footer a[href='/contact']")).isVisible();
		if (width == 390) {
			double header = page.locator("header").boundingBox().height;
			assertThat(header).as("header height with the menu closed on %s", where).isLessThanOrEqualTo(80);
			assertThat(page.locator("header a[href='/meetings']")).not().isVisible();
		}
		else {
			assertThat(page.locator("header a[href='/meetings']")).isVisible();
		}
		if (width > Browser.PHONE) {
			// At 390 px the six-language walk (MainPagesInSixLanguagesBrowserTests) runs the same checkers on these pages.
			Browser.assertAccessible(page);
		}
	}

	/** On a phone the menu is a button reached with Tab that Enter opens and closes; on a desktop it is open. */
	private void phoneMenuOpensWithTheKeyboard(Page page, String language, int width) {
		page.navigate("/?lang=" + language);
		Locator summary = page.locator("header details.sg-menu > summary");
		Locator meetings = page.locator("header a[href='/meetings']");
		if (width != 390) {
			assertThat(summary).not().isVisible();
			assertThat(meetings).isVisible();
			return;
		}
		page.keyboard().press("Tab"); // the skip link
		page.keyboard().press("Tab"); // the brand
		page.keyboard().press("Tab"); // the menu button
		assertThat(summary).isFocused();
		assertThat(meetings).not().isVisible();
		page.keyboard().press("Enter");
		assertThat(page.locator("header details.sg-menu")).hasAttribute("open", "");
		assertThat(meetings).isVisible();
		page.screenshot(new Page.ScreenshotOptions()
			.setPath(Path.of("target", "screenshots", "frame-" + language + "-390-menu-open.png")));
		Browser.assertAccessible(page);
		page.keyboard().press("Tab"); // the first link of the menu
		assertThat(page.locator("header .sg-menu-body a[href='/']")).isFocused();
		page.keyboard().press("Shift+Tab");
		page.keyboard().press("Enter");
		assertThat(meetings).not().isVisible();
	}

	/** The secretariat's tools are grouped under one menu, so that the whole navigation is one row. */
	private void secretariatMenuIsOneRow(Page page) {
		Locator items = page.locator("header .sg-menu-body .nav-item");
		assertThat(items.count()).isGreaterThan(5);
		List<Double> tops = new ArrayList<>();
		for (int i = 0; i < items.count(); i++) {
			var box = items.nth(i).boundingBox();
			tops.add(box.y + box.height / 2);
		}
		double first = tops.get(0);
		assertThat(tops).as("middles of the navigation's items").allSatisfy(t -> assertThat(t).isBetween(first - 4, first + 4));
		assertThat(page.locator("header .sg-navbar").boundingBox().height).isLessThan(70);

		Locator dashboard = page.locator("header a[href='/reports/pilot']");
		assertThat(dashboard).not().isVisible();
		page.locator("header #tools > summary").focus();
		page.keyboard().press("Enter");
		assertThat(dashboard).isVisible();
		Browser.assertAccessible(page);
		page.keyboard().press("Escape");
		assertThat(dashboard).not().isVisible();
	}

	/** The page as printed: its content, without the navigation, the footer and the forms. */
	private void printsWithoutNavigationFooterAndForms(Page page, String language, int width) {
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		try {
			assertThat(page.locator("main h1")).isVisible();
			assertThat(page.locator("header")).not().isVisible();
			assertThat(page.locator("footer")).not().isVisible();
			Locator forms = page.locator("main form");
			for (int i = 0; i < forms.count(); i++) {
				assertThat(forms.nth(i)).not().isVisible();
			}
			if (width == 1280) {
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target", "screenshots",
						"frame-" + language + "-print-" + slug(page.url().replaceAll("^https?://[^/]+|\\?.*$", "")) + ".png")));
			}
		}
		finally {
			page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
		}
	}

	/** A meeting open for registration, created by the secretariat through the API. */
	private String meeting() {
		Api api = new Api(port);
		String token = new PilotFixtures(accounts, api).secretariat();
		java.time.LocalDate today = java.time.LocalDate.now();
		Api.Response created = api.bearer(token).post("/api/v1/meetings", java.util.Map.of("studyGroup", "ITU-T-SG16",
				"kind", "STUDY_GROUP", "title", "ITU-T SG16 plenary on multimedia (frame test)",
				"startDate", today.plusDays(30).toString(), "endDate", today.plusDays(39).toString(),
				"registrationOpens", today.toString(), "registrationCloses", today.plusDays(20).toString()));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().path("id").asString();
	}

	private static List<String> consoleErrors(Page page) {
		List<String> errors = new ArrayList<>();
		page.onConsoleMessage(m -> {
			if ("error".equals(m.type())) {
				errors.add(m.text() + " at " + m.location());
			}
		});
		page.onPageError(e -> errors.add(e));
		return errors;
	}

	private static String slug(String path) {
		String s = path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
		return s.isEmpty() ? "home" : s;
	}
}
