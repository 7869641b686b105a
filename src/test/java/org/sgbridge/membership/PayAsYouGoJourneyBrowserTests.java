package org.sgbridge.membership;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sgbridge.account.AccountManagement;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.Browser;
import org.sgbridge.testing.BrowserTest;
import org.sgbridge.testing.PilotFixtures;
import org.sgbridge.testing.PilotFixtures.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * Issue 19's journey in Chromium: the secretariat sets a meeting's fee from its page (Russian); a
 * company that is not a member registers for it from the meeting's page (Spanish, at a phone's
 * width), is told what it costs, sees its registration waiting for payment and downloads the invoice
 * (its PDF read back); the secretariat imports the bank's camt.054 file and the registration moves
 * on to validation; the what-if page shows its chart and table. axe-core and the Nu checker on each page.
 */
class PayAsYouGoJourneyBrowserTests extends BrowserTest {

	@Autowired
	AccountManagement accounts;

	@Autowired
	MessageSource messages;

	@Autowired
	Invoices invoices;

	private static final Locale ES = Locale.forLanguageTag("es");
	private static final Locale RU = Locale.forLanguageTag("ru");

	@Test
	void aCompanyPaysForAMeetingAndTheBankFileMovesItsRegistrationOn() throws Exception {
		Api api = new Api(port);
		PilotFixtures pilot = new PilotFixtures(accounts, api);
		Person staff = pilot.person("payg-journey-staff", Set.of("SECRETARIAT"));
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		String title = "SG16 de pago " + System.nanoTime();
		String meeting = api.bearer(staff.token()).post("/api/v1/meetings", new HashMap<>(Map.of("studyGroup", "ITU-T-SG16",
				"kind", "STUDY_GROUP", "title", title, "startDate", today.plusDays(40).toString(), "endDate",
				today.plusDays(42).toString(), "city", "Geneva", "country", "CH", "remoteParticipation", true,
				"registrationOpens", today.minusDays(1).toString(), "registrationCloses", today.plusDays(30).toString())))
			.json().path("id").asString();
		Person rep = pilot.person("payg-journey-rep", Set.of());
		String company = "Andina Datos " + System.nanoTime();
		assertThat(api.bearer(rep.token()).post("/api/v1/organizations", Map.of("name", company, "kind", "COMPANY",
				"country", "BO", "employees", 25)).status()).isEqualTo(201);

		// The secretariat sets the fee from the meeting's page, a wrong amount first.
		Page secretariat = signIn(staff.email(), "ru");
		secretariat.setViewportSize(390, 900);
		secretariat.navigate("/meetings/" + meeting);
		secretariat.locator("#amount").fill("много");
		secretariat.locator("#fee-form button[type=submit]").click();
		assertThat(secretariat.locator("#amount-error")).isVisible();
		assertThat(secretariat.locator("#amount")).hasValue("много");
		Browser.assertAccessible(secretariat);
		secretariat.locator("#amount").fill("350");
		secretariat.locator("#fee-form button[type=submit]").click();
		assertThat(secretariat.locator("#fee-saved")).isVisible();
		assertThat(secretariat.locator("#fee")).containsText("350");

		// The company registers from the meeting's page and is told what it costs.
		Page page = signIn(rep.email(), "es");
		page.setViewportSize(390, 900);
		page.navigate("/meetings/" + meeting);
		assertThat(page.locator("#pay-as-you-go")).containsText(company);
		assertThat(page.locator("#pay-as-you-go")).containsText("350");
		Browser.assertAccessible(page);
		page.locator("#mode-remote").check();
		page.locator("#register-submit").click();
		page.navigate("/meetings/registrations");
		assertThat(page.locator("#my-registrations tr:has-text('" + title + "')"))
			.containsText(messages.getMessage("meeting.status.PENDING_PAYMENT", null, ES));
		Browser.assertAccessible(page);
		Download download = page.waitForDownload(() -> page.locator("#my-registrations tr:has-text('" + title + "') a[href*='/invoices/']").click());
		byte[] pdf = Files.readAllBytes(download.path());
		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(document);
		}
		String invoiceId = download.url().replaceAll(".*/invoices/([^/]+)/pdf.*", "$1");
		Invoice invoice = invoices.find(invoiceId).orElseThrow();
		assertThat(text).contains(invoice.number()).contains(company).contains("350").doesNotContain("\uFFFD");

		// The bank's notification, imported by the secretariat, pays it: the registration moves on.
		String xml = PaymentImportApiTests.sample("camt054-credit.xml", Map.of("run", PaymentImportApiTests.run(), "ref",
				invoice.reference(), "amount", "350.00", "booked", today.toString(), "debtor", company));
		Path file = Files.createTempFile("camt054-", ".xml");
		Files.writeString(file, xml, StandardCharsets.UTF_8);
		secretariat.navigate("/payments");
		secretariat.locator("#file").setInputFiles(file);
		secretariat.locator("#upload button[type=submit]").click();
		assertThat(secretariat.locator("#notice")).hasText(messages.getMessage("payments.imported", new Object[] { 1, 1, 0, 0 }, RU));
		Browser.assertAccessible(secretariat);
		page.navigate("/meetings/registrations");
		assertThat(page.locator("#my-registrations tr:has-text('" + title + "')"))
			.containsText(messages.getMessage("meeting.status.PENDING_VALIDATION", null, ES));

		// The what-if shows its chart and its table.
		secretariat.navigate("/membership/what-if?maxEmployees=300&annualFee=2650");
		assertThat(secretariat.locator("#curve-chart svg")).isVisible();
		assertThat(secretariat.locator("#curve tbody tr")).hasCount(50);
		Browser.assertAccessible(secretariat);
	}
}
