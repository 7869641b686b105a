package org.sgbridge.pilot;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sgbridge.account.AccountManagement;
import org.sgbridge.directory.FocalPoints;
import org.sgbridge.platform.Actor;
import org.sgbridge.testing.Browser;
import org.sgbridge.testing.BrowserTest;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The secretariat replaces a state's focal points in a browser with JavaScript switched off: an
 * empty field is refused, the confirmation shows the current and the new focal points, "Cancel"
 * changes nothing, "Confirm" designates, and the previous ones can be designated again.
 */
class ConfirmationBrowserTests extends BrowserTest {

	@Autowired
	AccountManagement accounts;

	@Autowired
	FocalPoints focalPoints;

	@Autowired
	TransactionTemplate transactions;

	/** Without JavaScript the page has no animation frames, so Playwright's wait for a still element never ends: click at once. */
	private static final com.microsoft.playwright.Locator.ClickOptions FORCE = new com.microsoft.playwright.Locator.ClickOptions().setForce(true);

	private static void accessible(Page page, boolean javaScript) {
		if (javaScript) {
			Browser.assertAccessible(page);
		}
	}

	private Actor account(String prefix, Set<String> roles) {
		var view = accounts.createActive(TestAccounts.uniqueEmail(prefix), TestAccounts.PASSWORD, prefix + " person", roles, "en");
		return new Actor(view.id(), view.email(), view.name(), view.roles());
	}

	@ParameterizedTest
	@CsvSource({ "en,CL,false", "zh,LA,false", "ar,JO,true", "en,PE,true" })
	void focalPointsAreReplacedOnlyOnceConfirmedWithoutJavaScript(String language, String country, boolean javaScript) {
		Actor staff = account("staff", Set.of(Actor.SECRETARIAT));
		Actor before = account("dfp-before", Set.of());
		Actor after = account("dfp-after", Set.of());
		transactions.executeWithoutResult(t -> focalPoints.designateForState(staff, country, List.of(before.accountId())));

		// Without JavaScript the flow must work; with it, axe-core and the overflow check can run (they need scripts).
		Page page = signIn(javaScript ? newPage() : newPageWithoutJavaScript(), staff.email(), language);
		page.navigate("/pilot/overview");
		page.locator("#dfp-country").selectOption(country);
		page.locator("form[action='/pilot/focal-points'] button[type=submit]").click(FORCE);
		assertThat(page.locator("#dfp-emails-error")).isVisible();
		assertThat(page.locator("#dfp-country")).hasValue(country);
		org.assertj.core.api.Assertions.assertThat(focalPoints.ofState(country)).containsExactly(before.accountId());

		page.locator("#dfp-emails").fill(after.email());
		page.locator("form[action='/pilot/focal-points'] button[type=submit]").click(FORCE);
		assertThat(page.locator("#dfp-now")).containsText(before.email());
		assertThat(page.locator("#dfp-after")).containsText(after.email());
		accessible(page, javaScript);
		for (int width : new int[] { 1280, 390 }) {
			page.setViewportSize(width, 900);
			if (javaScript) {
				org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"))
					.as("no horizontal overflow at %d px in %s", width, language).isTrue();
			}
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Path.of("target", "screenshots", "confirm-focal-points-" + language + "-" + width + ".png")));
		}
		page.setViewportSize(1280, 900);

		page.locator("#cancel").click(FORCE);
		assertThat(page.locator("#dfp-emails")).isVisible();
		org.assertj.core.api.Assertions.assertThat(focalPoints.ofState(country)).containsExactly(before.accountId());

		page.locator("#dfp-country").selectOption(country);
		page.locator("#dfp-emails").fill(after.email());
		page.locator("form[action='/pilot/focal-points'] button[type=submit]").click(FORCE);
		page.locator("#confirm").click(FORCE);
		assertThat(page.locator("#dfp-undo")).containsText(before.email());
		org.assertj.core.api.Assertions.assertThat(focalPoints.ofState(country)).containsExactly(after.accountId());
		accessible(page, javaScript);
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "confirm-focal-points-undo-" + language + ".png")));

		page.locator("#dfp-restore").click(FORCE);
		org.assertj.core.api.Assertions.assertThat(focalPoints.ofState(country)).containsExactly(before.accountId());
		page.context().close();
	}
}
