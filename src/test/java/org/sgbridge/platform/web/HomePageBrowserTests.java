package org.sgbridge.platform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.sgbridge.testing.Browser;
import org.sgbridge.testing.BrowserTest;

class HomePageBrowserTests extends BrowserTest {

	@Test
	void homePageIsAccessibleInEnglishAndArabic() {
		Page page = newPage();
		page.navigate("/");
		assertThat(page.locator("h1")).containsText("Small and medium enterprises");
		Browser.assertAccessible(page);

		page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new Page.GetByRoleOptions().setName("العربية")).click();
		assertThat(page.locator("html")).hasAttribute("dir", "rtl");
		assertThat(page.locator("html")).hasAttribute("lang", "ar");
		Browser.assertAccessible(page);
	}
}
