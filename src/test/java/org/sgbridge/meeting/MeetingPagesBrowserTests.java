package org.sgbridge.meeting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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

/** The secretariat creates and edits a meeting through the pages; the calendar and the meeting page, in English and Arabic. */
class MeetingPagesBrowserTests extends BrowserTest {

	@Autowired
	AccountManagement accounts;

	@ParameterizedTest
	@ValueSource(strings = { "en", "ar" })
	void secretariatCreatesAndEditsAMeeting(String language) {
		String email = TestAccounts.uniqueEmail("staff-" + language);
		accounts.createActive(email, TestAccounts.PASSWORD, "Staff " + language, Set.of(Actor.SECRETARIAT), language);
		Page page = newPage();
		page.navigate("/signin?lang=" + language);
		page.locator("#email").fill(email);
		page.locator("#password").fill(TestAccounts.PASSWORD);
		page.locator("#password").press("Enter");

		page.navigate("/meetings/new");
		Browser.assertAccessible(page);
		String title = "Workshop on accessible ICT " + email;
		page.locator("#title").fill(title);
		page.locator("#kind").selectOption("WORKSHOP");
		page.locator("#studyGroup").selectOption("ITU-T-SG16");
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("#startDate-error")).isVisible();
		Browser.assertAccessible(page);

		LocalDate today = LocalDate.now();
		page.locator("#startDate").fill(today.plusDays(60).toString());
		page.locator("#endDate").fill(today.plusDays(61).toString());
		page.locator("#registrationOpens").fill(today.toString());
		page.locator("#registrationCloses").fill(today.plusDays(50).toString());
		page.locator("#capacity").fill("80");
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("h1")).hasText(title);
		Browser.assertAccessible(page);

		page.locator("a[href$='/edit']").click();
		page.locator("#capacity").fill("120");
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("main [role=status]")).isVisible();

		// The list is paged: the meeting is found with the search form, by its title.
		page.navigate("/meetings");
		page.locator("#q").fill(title);
		page.locator("#search-submit").click();
		assertThat(page.locator("main table")).containsText(title);
		Browser.assertAccessible(page);
		page.context().close();
	}
}
