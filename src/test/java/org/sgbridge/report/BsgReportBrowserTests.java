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

/**
 * The secretariat opens the BSG report and "Delegates trained" on the demo data, with the keyboard
 * for the period; each chart has its table; axe-core finds nothing serious; screenshots are kept.
 */
class BsgReportBrowserTests extends BrowserTest {

	static final String DEMO_PASSWORD = "demo password for the tests";

	@Autowired
	DemoData demo;

	@ParameterizedTest
	@ValueSource(strings = { "en", "ar", "zh" })
	void secretariatReadsTheBsgReport(String language) {
		demo.load(DEMO_PASSWORD);
		Page page = newPage();
		page.navigate("/signin?lang=" + language);
		page.locator("#email").fill("secretariat@sgbridge.demo");
		page.locator("#password").fill(DEMO_PASSWORD);
		page.locator("#password").press("Enter");
		followNavigation(page, "/reports/bsg");
		page.navigate("/reports/bsg?from=2019-01-01&to=2020-12-31");
		assertThat(page.locator("#figure-trainings svg")).isVisible();
		assertThat(page.locator("#figure-trainings table tbody tr")).not().hasCount(0);
		assertThat(page.locator("#figure-management table")).containsText("2013-2016 (demo)");
		Browser.assertAccessible(page);
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "bsg-report-" + language + ".png")));
		page.setViewportSize(390, 844);
		Browser.assertAccessible(page);
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "bsg-report-" + language + "-390.png")));
		page.setViewportSize(1280, 900);

		followNavigation(page, "/reports/bsg/trained");
		page.navigate("/reports/bsg/trained?from=2019-01-01&to=2020-12-31");
		assertThat(page.locator("#by-country")).containsText(switch (language) {
			case "ar" -> "كينيا";
			case "zh" -> "肯尼亚";
			default -> "Kenya";
		});
		page.locator("#to").fill("2019-09-30");
		page.locator("#to").press("Enter");
		assertThat(page.locator("#by-region tbody tr")).hasCount(2);
		Browser.assertAccessible(page);
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "bsg-trained-" + language + ".png")));
		page.setViewportSize(390, 844);
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "bsg-trained-" + language + "-390.png")));
		page.context().close();
	}
}
