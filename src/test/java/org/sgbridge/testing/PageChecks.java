package org.sgbridge.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;

/**
 * What every page a browser test reaches must be, at the width it is shown: in the language asked,
 * nothing wider than the screen, no console error (the CSP kept), no serious or critical axe-core
 * violation, valid HTML; its screenshot kept under target/screenshots to be looked at.
 */
public final class PageChecks {

	private PageChecks() {
	}

	/** Collects the console's errors and the page's uncaught errors from now on. */
	public static List<String> consoleErrors(Page page) {
		List<String> errors = new ArrayList<>();
		page.onConsoleMessage(m -> {
			if ("error".equals(m.type())) {
				errors.add(m.text() + " at " + m.location());
			}
		});
		page.onPageError(errors::add);
		return errors;
	}

	/** Checks the page as it stands and keeps its screenshot as {@code <prefix>-<language>-<width>-<name>.png}. */
	public static void check(Page page, String prefix, String name, String language, int width, List<String> errors) {
		String where = name + " in " + language + " at " + width + " px (" + page.url() + ")";
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", prefix + "-" + language + "-" + width + "-" + name + ".png")));
		assertThat(page.locator("html").getAttribute("lang")).as("language of %s", where).isEqualTo(language);
		assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
			.as("nothing overflows sideways on %s (scroll width %s)", where, page.evaluate("() => document.documentElement.scrollWidth"))
			.isEqualTo(true);
		// A refusal shown as a page (400, 403, 422) is logged by the browser as a resource that failed: that is the page itself.
		String self = "Failed to load resource: the server responded with a status of 4";
		assertThat(errors.stream().filter(e -> !(e.startsWith(self) && e.contains(" at " + page.url().replaceAll("#.*$", "")))))
			.as("console errors on %s", where).isEmpty();
		errors.clear();
		Browser.assertAccessibleAt(page, width);
	}
}
