package org.sgbridge.meeting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sgbridge.account.AccountManagement;
import org.sgbridge.platform.Actor;
import org.sgbridge.testing.Browser;
import org.sgbridge.testing.BrowserTest;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A person with no organisation opens a regional standardization forum held alongside a study group
 * meeting and registers for it, for itself (Enter on the button): validated at once. Both pages name the
 * other meeting; axe-core finds nothing serious, in English and in Arabic; screenshots at 1280 and 390 px.
 */
class TrainingBrowserTests extends BrowserTest {

	@Autowired
	AccountManagement accounts;

	@Autowired
	Meetings meetings;

	@ParameterizedTest
	@ValueSource(strings = { "en", "ar" })
	void anyoneRegistersForAForumForItself(String language) {
		var staffView = accounts.createActive(TestAccounts.uniqueEmail("forum-staff"), TestAccounts.PASSWORD, "Forum Staff",
				Set.of(Actor.SECRETARIAT), "en");
		Actor staff = new Actor(staffView.id(), staffView.email(), staffView.name(), staffView.roles());
		var person = accounts.createActive(TestAccounts.uniqueEmail("forum-guest"), TestAccounts.PASSWORD, "Amani Guest",
				Set.of(), language);
		LocalDate today = LocalDate.now();
		Meeting plenary = meetings.create(staff, new Meetings.NewMeeting("ITU-T-SG20", "STUDY_GROUP", "SG20 plenary " + language,
				today.plusDays(40), today.plusDays(45), "Kigali", "RW", true, today.minusDays(1), today.plusDays(30), 200, null));
		Meeting forum = meetings.create(staff, new Meetings.NewMeeting(null, "FORUM", "Regional standardization forum " + language,
				today.plusDays(39), today.plusDays(39), "Kigali", "RW", true, today.minusDays(1), today.plusDays(30), 80, null,
				null, plenary.id(), false));

		Page page = signIn(person.email(), language);
		page.navigate("/meetings/" + forum.id());
		assertThat(page.locator("#collocated-with")).containsText(plenary.title());
		assertThat(page.locator("#open-event")).isVisible();
		Browser.assertAccessible(page);
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "forum-" + language + ".png")));
		page.setViewportSize(390, 844);
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "forum-" + language + "-390.png")));
		page.setViewportSize(1280, 900);

		// The organisation chooser offers "for myself" first; the form is sent with Enter on its button.
		assertThat(page.locator("#organizationId option").first()).hasAttribute("value", "");
		page.locator("#register-submit").focus();
		page.keyboard().press("Enter");
		assertThat(page.locator("#my-registrations")).containsText(forum.title());
		Browser.assertAccessible(page);

		page.navigate("/meetings/" + plenary.id());
		assertThat(page.locator("#collocated")).containsText(forum.title());
		Browser.assertAccessible(page);
		page.context().close();
	}
}
