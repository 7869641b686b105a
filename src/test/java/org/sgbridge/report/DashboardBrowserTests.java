package org.sgbridge.report;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sgbridge.demo.DemoData;
import org.sgbridge.testing.Browser;
import org.sgbridge.testing.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The secretariat opens the dashboard on the demo data and changes the date; a screenshot is kept. */
class DashboardBrowserTests extends BrowserTest {

	static final String DEMO_PASSWORD = "demo password for the tests";

	@Autowired
	DemoData demo;

	@ParameterizedTest
	@ValueSource(strings = { "en", "ar" })
	void secretariatReadsThePilotAsOfPp18(String language) {
		demo.load(DEMO_PASSWORD);
		Page page = newPage();
		page.navigate("/signin?lang=" + language);
		page.locator("#email").fill("secretariat@sgbridge.demo");
		page.locator("#password").fill(DEMO_PASSWORD);
		page.locator("#password").press("Enter");
		followNavigation(page, "/reports/pilot");
		assertThat(page.locator("#map svg")).isVisible();
		Browser.assertAccessible(page);

		page.locator("#asOf").fill("2018-10-29");
		page.locator("#asOf").press("Enter");
		// Numbers in Latin digits in every language, as ITU's Arabic documents write them, the same in
		// sentences as in the tables and charts of the page.
		assertThat(page.locator("#totals")).containsText("22");
		assertThat(page.locator("#totals")).containsText("29");
		assertThat(page.locator("#totals")).not().containsText("\u0662");
		assertThat(page.locator("#by-state")).containsText("4");
		assertThat(page.locator("#benefits li")).hasCount(3);
		Browser.assertAccessible(page);
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "dashboard-" + language + ".png")));

		// The secretariat writes the analysis, saves it, and downloads the report with it.
		String analysis = "Analysis written in the browser (" + language + "): SMEs contributed to two technical papers.";
		page.locator("#analysis").fill(analysis);
		page.locator("#save-texts").click();
		assertThat(page.locator("main [role=status]")).isVisible();
		assertThat(page.locator("#analysis")).hasValue(analysis);
		com.microsoft.playwright.Download download = page.waitForDownload(() -> page.locator("#download-docx").click());
		try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(java.nio.file.Files.newInputStream(download.path()));
				var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
			org.assertj.core.api.Assertions.assertThat(text.getText()).contains(analysis).contains("Archimède Solutions SARL");
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		Browser.assertAccessible(page);
		page.context().close();
	}
}
