package org.sgbridge.membership;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.sgbridge.account.AccountManagement;
import org.sgbridge.platform.Act;
import org.sgbridge.platform.AdjustableClock;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.Browser;
import org.sgbridge.testing.BrowserTest;
import org.sgbridge.testing.PilotFixtures;
import org.sgbridge.testing.PilotFixtures.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The secretariat's pages for money in a browser at a phone's width, in Spanish and in Arabic: the
 * payments page reached from the navigation, a camt.054 file uploaded with its counts shown, a
 * parked payment marked for refund after the confirmation page; the invoices page's views.
 * axe-core passes on each page.
 */
class BillingPagesBrowserTests extends BrowserTest {

	@Autowired
	AccountManagement accounts;

	@Autowired
	Invoices invoices;

	@Autowired
	MessageSource messages;

	@Autowired
	AdjustableClock clock;

	@Test
	void theSecretariatImportsAPaymentFileAndMarksAParkedPaymentForRefundInSpanishAndArabic() throws Exception {
		PilotFixtures pilot = new PilotFixtures(accounts, new Api(port));
		Person rep = pilot.person("browser-payer", Set.of());
		String org = pilot.sme(rep, "شركة الدفع " + UUID.randomUUID().toString().substring(0, 6), "JO", 11, 50000, "USD");
		for (String language : new String[] { "es", "ar" }) {
			Locale locale = Locale.forLanguageTag(language);
			LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(30);
			Invoice paid = invoices.issue(org, Invoice.Purpose.MEETING, "p-" + language, "Cuota", new BigDecimal("1234.50"),
					due, Act.system(clock));
			Invoice shortPaid = invoices.issue(org, Invoice.Purpose.MEETING, "s-" + language, "Cuota", new BigDecimal("150"),
					due, Act.system(clock));
			Invoice euro = invoices.issue(org, Invoice.Purpose.MEETING, "e-" + language, "Cuota", new BigDecimal("80"), due,
					Act.system(clock));
			String xml = PaymentImportApiTests.sample("camt054-001-04.xml", Map.of("run", PaymentImportApiTests.run(), "paid",
					paid.reference(), "short", shortPaid.reference(), "euro", euro.reference()));
			Path file = Files.createTempFile("camt054-", ".xml");
			Files.writeString(file, xml, StandardCharsets.UTF_8);

			Person staff = pilot.person("browser-payments-" + language, Set.of("SECRETARIAT"));
			Page page = signIn(staff.email(), language);
			page.setViewportSize(390, 900);
			followNavigation(page, "/payments");
			Browser.assertAccessible(page);
			page.locator("#file").setInputFiles(file);
			page.locator("#upload button[type=submit]").click();
			assertThat(page.locator("#notice")).hasText(messages.getMessage("payments.imported", new Object[] { 5, 1, 0, 4 },
					locale));
			Browser.assertAccessible(page);

			// its own parked credit, by the unique reference it paid (other tests park credits of the same payer)
			Locator card = page.locator("article:has-text('" + euro.reference() + "')");
			assertThat(card).containsText(messages.getMessage("payments.reason.CURRENCY", null, locale));
			card.locator("form[action$='/refund'] button").click();
			assertThat(page.locator("main h1")).hasText(messages.getMessage("payments.refund.confirm.title", null, locale));
			Browser.assertAccessible(page);
			page.locator("main form button[type=submit]").first().click();
			assertThat(page.locator("#notice")).hasText(messages.getMessage("payments.refund.marked", null, locale));
			assertThat(page.locator("article:has-text('" + euro.reference() + "')")).hasCount(0);
			assertThat(invoices.find(paid.id()).orElseThrow().status()).isEqualTo(Invoice.Status.PAID);

			// The list comes a page at a time (other tests' invoices are newer): each is found by its number.
			followNavigation(page, "/invoices");
			page.locator("#q").fill(shortPaid.number());
			page.locator("form[role=search] button[type=submit]").click();
			assertThat(page.locator("#invoice-" + shortPaid.number())).isVisible();
			Browser.assertAccessible(page);
			page.locator("#views a[href*='view=paid']").click();
			page.locator("#q").fill(paid.number());
			page.locator("form[role=search] button[type=submit]").click();
			assertThat(page.locator("#invoice-" + paid.number())).containsText(
					messages.getMessage("invoice.status.PAID", null, locale));
			Browser.assertAccessible(page);
			Files.deleteIfExists(file);
		}
	}
}
