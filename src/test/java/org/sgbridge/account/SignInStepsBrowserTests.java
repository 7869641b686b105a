package org.sgbridge.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.Set;

import com.microsoft.playwright.Page;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import org.junit.jupiter.params.ParameterizedTest;
import org.sgbridge.platform.Actor;
import org.sgbridge.testing.Browser;
import org.sgbridge.testing.BrowserTest;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a browser (without JavaScript, and with it for axe-core): an account with a second factor gives its password, then its
 * code on the next step, and lands on the home page, which shows its next step; screenshots at
 * 1280 and 390 px.
 */
class SignInStepsBrowserTests extends BrowserTest {

	@Autowired
	AccountManagement accounts;

	@ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource({ "en,false", "ar,true", "zh,true" })
	void theCodeIsAskedOnItsOwnStepAndANewAccountSeesItsNextStep(String language, boolean javaScript) throws Exception {
		String email = TestAccounts.uniqueEmail("two-step-" + language);
		accounts.createActive(email, TestAccounts.PASSWORD, "Someone", Set.of(), language);
		Actor actor = accounts.authenticate(email, TestAccounts.PASSWORD, null, "192.0.2.7");
		String secret = accounts.prepareTotp(actor).secret();
		accounts.enableTotp(actor, code(secret));

		// Without JavaScript the steps must work; with it, axe-core can check the pages.
		Page page = javaScript ? newPage() : newPageWithoutJavaScript();
		page.navigate("/signin?lang=" + language);
		page.locator("#email").fill(email);
		page.locator("#password").fill(TestAccounts.PASSWORD);
		page.locator("#password").press("Enter");
		assertThat(page).hasURL(baseUrl() + "/signin/code");
		page.locator("#code").fill("000000");
		page.locator("#code").press("Enter");
		assertThat(page.locator("#code-error")).isVisible();
		if (javaScript) {
			Browser.assertAccessible(page);
		}
		shots(page, "signin-code-" + language);

		page.locator("#code").fill(code(secret));
		page.locator("#code").press("Enter");
		assertThat(page).hasURL(baseUrl() + "/");
		assertThat(page.locator("#next-step a[href='/pilot#h-new-company']")).isVisible();
		if (javaScript) {
			Browser.assertAccessible(page);
		}
		shots(page, "home-next-step-" + language);
		page.context().close();
	}

	private static String code(String secret) throws Exception {
		return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, java.time.Instant.now().getEpochSecond() / 30);
	}

	private static void shots(Page page, String name) {
		for (int width : new int[] { 1280, 390 }) {
			page.setViewportSize(width, 900);
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Path.of("target", "screenshots", name + "-" + width + ".png")));
		}
		page.setViewportSize(1280, 900);
	}
}
