package org.sgbridge.studygroup;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sgbridge.account.AccountManagement;
import org.sgbridge.decision.Decisions;
import org.sgbridge.platform.Actor;
import org.sgbridge.testing.Browser;
import org.sgbridge.testing.BrowserTest;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/** The study groups' public pages (list, management team, decisions), accessible in English and Arabic. */
class StudyGroupPagesBrowserTests extends BrowserTest {

	@Autowired
	AccountManagement accounts;

	@Autowired
	Decisions decisions;

	@ParameterizedTest
	@ValueSource(strings = { "en", "ar" })
	void studyGroupPagesAreAccessible(String language) {
		var staff = accounts.createActive(TestAccounts.uniqueEmail("staff"), TestAccounts.PASSWORD, "Staff", Set.of(Actor.SECRETARIAT), "en");
		decisions.record(new Actor(staff.id(), staff.email(), staff.name(), staff.roles()), "ITU-T-SG20", null,
				"Draft Recommendation Y.SC-demo (" + language + ")", "AAP", null, null, null, List.of());
		Page page = newPage();
		page.navigate("/study-groups?lang=" + language);
		assertThat(page.locator("main table")).containsText("ITU-T-SG20");
		Browser.assertAccessible(page);
		page.locator("a[href='/study-groups/ITU-T-SG20']").click();
		assertThat(page.locator("h1")).containsText("ITU-T-SG20");
		Browser.assertAccessible(page);
		page.locator("a[href='/study-groups/ITU-T-SG20/decisions']").click();
		assertThat(page.locator("main")).containsText("Y.SC-demo (" + language + ")");
		Browser.assertAccessible(page);
		page.context().close();
	}
}
