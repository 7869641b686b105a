package org.sgbridge.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The check every browser test relies on can fail: axe-core, asked for violations only, still finds
 * a serious one (a field without a label, grey text too pale to read), and passes a page without one.
 */
class AccessibilityCheckTests {

	static Browser browser;

	@BeforeAll
	static void start() {
		browser = Browser.start();
	}

	@AfterAll
	static void stop() {
		browser.close();
	}

	private static final String PAGE = """
			<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Check</title></head>
			<body><main><h1>Check</h1>%s</main></body></html>""";

	@Test
	void aFieldWithoutALabelAndTextTooPaleToReadAreRefused() {
		Page page = browser.newPage("http://localhost", 1280);
		page.setContent(PAGE.formatted("<p style=\"color:#d0d0d0;background:#ffffff\">Pale</p><input type=\"text\">"));
		assertThatThrownBy(() -> Browser.assertAccessible(page)).hasMessageContaining("label").hasMessageContaining("color-contrast");
		page.context().close();
	}

	@Test
	void aPageWithoutViolationsPasses() {
		Page page = browser.newPage("http://localhost", 1280);
		page.setContent(PAGE.formatted("<p>Nothing wrong here.</p><label for=\"f\">Name</label><input id=\"f\" type=\"text\">"));
		Browser.assertAccessible(page);
		assertThat(page.title()).isEqualTo("Check");
		page.context().close();
	}
}
