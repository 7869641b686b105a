package org.sgbridge.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright, never a downloaded browser. Where Chromium is absent the
 * browser tests are skipped and say so, unless {@code SGBRIDGE_E2E=required} makes them fail.
 */
public final class Browser implements AutoCloseable {

	public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("SGBRIDGE_CHROMIUM", "/usr/bin/chromium"));

	private final Playwright playwright;
	private final com.microsoft.playwright.Browser browser;

	private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	/** Starts Chromium, or skips the test (fails it when browser tests are required). */
	public static Browser start() {
		boolean required = "required".equalsIgnoreCase(System.getenv("SGBRIDGE_E2E"));
		if (!Files.isExecutable(CHROMIUM)) {
			String message = "Chromium not found at " + CHROMIUM + ": browser tests skipped";
			if (required) {
				throw new IllegalStateException(message + ", but SGBRIDGE_E2E=required");
			}
			System.err.println("[SG Bridge] " + message + " (install it with: apt-get install -y chromium)");
			Assumptions.abort(message);
		}
		Playwright playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		com.microsoft.playwright.Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
			.setExecutablePath(CHROMIUM)
			.setEnv(withProjectFonts())
			.setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--no-first-run", "--disable-quic", "--disable-gpu")));
		return new Browser(playwright, browser);
	}

	public Page newPage(String baseUrl) {
		return newPage(baseUrl, true);
	}

	/** A page in a fresh context; without JavaScript when {@code javaScript} is false (the pages must work so). */
	public Page newPage(String baseUrl, boolean javaScript) {
		BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
			.setBaseURL(baseUrl)
			.setLocale("en-GB")
			.setJavaScriptEnabled(javaScript)
			.setBypassCSP(true));
		return context.newPage();
	}

	/**
	 * A page that keeps the pages' Content-Security-Policy (so that what it refuses shows as a console
	 * error), at a given width: 390 for a phone, 1280 for a desktop.
	 */
	public Page newPage(String baseUrl, int width) {
		BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
			.setBaseURL(baseUrl)
			.setLocale("en-GB")
			.setViewportSize(width, 844)
			.setBypassCSP(false));
		return context.newPage();
	}

	/**
	 * The browser's environment with the project's fonts (Noto, Droid Sans Fallback) added through
	 * fontconfig, so that screenshots of Arabic and Chinese pages show their letters on a machine
	 * that has no such fonts installed.
	 */
	private static java.util.Map<String, String> withProjectFonts() {
		java.util.Map<String, String> env = new java.util.HashMap<>(System.getenv());
		env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
		Path fonts = Path.of("src", "main", "resources", "fonts").toAbsolutePath();
		if (Files.isDirectory(fonts)) {
			try {
				Path dir = Files.createDirectories(Path.of("target", "fontconfig").toAbsolutePath());
				Path conf = dir.resolve("fonts.conf");
				Files.writeString(conf, "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>"
						+ "<include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include><dir>" + fonts + "</dir>"
						+ "<cachedir>" + dir.resolve("cache") + "</cachedir></fontconfig>\n");
				env.put("FONTCONFIG_FILE", conf.toString());
			}
			catch (java.io.IOException e) {
				System.err.println("[SG Bridge] project fonts not added to the browser: " + e);
			}
		}
		return env;
	}

	/**
	 * axe-core's rules of WCAG 2.0 and 2.1, A and AA; its report is asked for the violations only (the
	 * nodes that pass are neither gathered nor sent back, which is most of its time on a long page).
	 */
	private static final com.deque.html.axecore.args.AxeRunOptions AXE_OPTIONS = axeOptions();

	private static final java.util.concurrent.atomic.AtomicLong NU_NANOS = new java.util.concurrent.atomic.AtomicLong();
	private static final java.util.concurrent.atomic.AtomicLong AXE_NANOS = new java.util.concurrent.atomic.AtomicLong();

	/** The time the checkers have taken in this JVM so far: the Nu checker's and axe-core's, in seconds. */
	public static String checkerSeconds() {
		return String.format(java.util.Locale.ROOT, "Nu %.1f s, axe-core %.1f s", NU_NANOS.get() / 1e9, AXE_NANOS.get() / 1e9);
	}

	private static com.deque.html.axecore.args.AxeRunOptions axeOptions() {
		var runOnly = new com.deque.html.axecore.args.AxeRunOnlyOptions();
		runOnly.setType("tag");
		runOnly.setValues(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
		var options = new com.deque.html.axecore.args.AxeRunOptions();
		options.setRunOnly(runOnly);
		options.setResultTypes(List.of("violations"));
		return options;
	}

	/** The widest a phone is taken to be: walks that show a page at 390 and 1280 px run the checkers at 390. */
	public static final int PHONE = 480;

	/**
	 * {@link #assertAccessible} at a phone's width, nothing at a desktop's: a walk that shows a page
	 * at both gets the same HTML from the server twice (the Nu checker would only repeat itself), and
	 * the phone is where the layout differs (the collapsed menu, reflowed tables). The desktop's frame
	 * and menu are checked at 1280 px by {@code PageFrameBrowserTests}.
	 */
	public static void assertAccessibleAt(Page page, int width) {
		if (width <= PHONE) {
			assertAccessible(page);
		}
	}

	/**
	 * Fails when axe-core finds a serious or critical violation on the page as it stands, or when the
	 * W3C Nu HTML checker finds an error in it. The page is checked once it has loaded: a document
	 * read while it still arrives ends at a half-parsed element (an empty label without its input).
	 */
	public static void assertAccessible(Page page) {
		page.waitForLoadState(LoadState.LOAD);
		long t0 = System.nanoTime();
		HtmlChecker.assertValid(page.content(), page.url());
		long t1 = System.nanoTime();
		NU_NANOS.addAndGet(t1 - t0);
		@SuppressWarnings("unchecked")
		List<String> deadLinks = (List<String>) page.evaluate("""
				() => [...document.querySelectorAll('#form-errors a[href^="#"]')]
				  .map(a => a.getAttribute('href').substring(1))
				  .filter(id => !document.getElementById(id))""");
		assertThat(deadLinks).as("error summary links without a field to go to on %s", page.url()).isEmpty();
		long t2 = System.nanoTime();
		// Legacy mode runs axe.run in the page itself; the default (runPartial, then finishRun in a blank page
		// opened for it) opens a second page per check, for frames the pages do not have.
		AxeResults results = new AxeBuilder(page).options(AXE_OPTIONS).setLegacyMode(true).analyze();
		AXE_NANOS.addAndGet(System.nanoTime() - t2);
		List<String> bad = results.getViolations().stream()
			.filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
			.map(Browser::describe)
			.toList();
		assertThat(bad).as("axe-core serious or critical violations on %s", page.url()).isEmpty();
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList();
	}

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}
}
