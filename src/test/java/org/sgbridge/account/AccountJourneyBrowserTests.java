package org.sgbridge.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sgbridge.notification.Mailbox;
import org.sgbridge.testing.Browser;
import org.sgbridge.testing.BrowserTest;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The first journey of a newcomer, in a real browser with the keyboard: sign up, read the
 * verification mail, verify, sign in, switch to Arabic, sign out; axe-core on every page.
 */
class AccountJourneyBrowserTests extends BrowserTest {

	@Autowired
	Mailbox mailbox;

	@ParameterizedTest
	@ValueSource(strings = { "en", "ar" })
	void newcomerSignsUpVerifiesSignsInSwitchesLanguageAndSignsOut(String language) {
		String base = "http://localhost:" + port;
		String email = TestAccounts.uniqueEmail("journey-" + language);
		Page page = browser.newPage(base);

		page.navigate("/?lang=" + language);
		assertThat(page.locator("html")).hasAttribute("lang", language);
		assertThat(page.locator("html")).hasAttribute("dir", "ar".equals(language) ? "rtl" : "ltr");
		Browser.assertAccessible(page);

		// Sign up, a field left wrong first: the error is shown beside it.
		page.locator("main a[href='/signup']").first().click();
		Browser.assertAccessible(page);
		page.locator("#name").fill("Amina Diallo");
		page.locator("#email").fill(email);
		page.locator("#password").fill("password1234");
		page.locator("#password").press("Enter");
		assertThat(page.locator("#password-error")).isVisible();
		assertThat(page.locator("#password")).hasAttribute("aria-invalid", "true");
		Browser.assertAccessible(page);
		page.locator("#password").fill(TestAccounts.PASSWORD);
		page.locator("#password").press("Enter");
		assertThat(page.locator("main [role=status]")).containsText(email);
		Browser.assertAccessible(page);

		// The verification mail, in the language of the sign-up.
		Mailbox.Mail mail = mailbox.to(email, 1).get(0);
		if ("ar".equals(language)) {
			assertThat(mail.subject()).containsPattern("\\p{InArabic}");
		}
		Matcher link = Pattern.compile("(http\\S+/verify\\?token=[A-Za-z0-9_-]{32,})").matcher(mail.body());
		assertThat(link.find()).isTrue();
		page.navigate(link.group(1).replace("http://localhost:8080", base));
		Browser.assertAccessible(page);
		page.locator("main form button[type=submit]").press("Enter");
		assertThat(page.locator("main .alert-success")).isVisible();
		Browser.assertAccessible(page);

		// Sign in.
		page.navigate("/signin");
		page.locator("#email").fill(email);
		page.locator("#password").fill(TestAccounts.PASSWORD);
		page.locator("#password").press("Enter");
		// A new account with no organisation lands on the home page, which shows its next step.
		assertThat(page).hasURL(base + "/");
		assertThat(page.locator("#next-step a[href='/pilot#h-new-company']")).isVisible();
		Browser.assertAccessible(page);
		page.navigate("/account");
		assertThat(page.locator("main")).containsText("Amina Diallo");
		Browser.assertAccessible(page);

		// Switch to Arabic (the Arabic run switches to English), then sign out.
		String other = "ar".equals(language) ? "en" : "ar";
		page.locator("a[hreflang=" + other + "]").click();
		assertThat(page.locator("html")).hasAttribute("lang", other);
		assertThat(page.locator("html")).hasAttribute("dir", "ar".equals(other) ? "rtl" : "ltr");
		Browser.assertAccessible(page);
		page.locator("header form[action='/signout'] button").click();
		assertThat(page.locator("header a[href='/signin']")).isVisible();
		Browser.assertAccessible(page);

		// The account remembers the language: a fresh browser signing in gets it without a cookie.
		Page fresh = browser.newPage(base);
		fresh.navigate("/signin");
		fresh.locator("#email").fill(email);
		fresh.locator("#password").fill(TestAccounts.PASSWORD);
		fresh.locator("#password").press("Enter");
		assertThat(fresh.locator("html")).hasAttribute("lang", other);
		fresh.context().close();
		page.context().close();
	}
}
