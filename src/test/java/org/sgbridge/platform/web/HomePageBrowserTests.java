package org.sgbridge.platform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sgbridge.SgBridgeApplication;
import org.sgbridge.testing.Browser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(classes = SgBridgeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class HomePageBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

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

	@Test
	void homePageIsAccessibleInEnglishAndArabic() {
		Page page = browser.newPage("http://localhost:" + port);
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
