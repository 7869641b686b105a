package org.sgbridge.membership;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Page;
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
 * The secretariat's membership pages at a phone's width: a fee typed wrong comes back beside its
 * field as typed (Spanish), then is set; a Sector Member's class is recorded; the what-if (Russian)
 * shows its figures, its chart with the report's 300 and the proposed threshold in their legend's
 * colours, and the chart's table. axe-core and the Nu checker on each page.
 */
class MembershipPagesBrowserTests extends BrowserTest {

	@Autowired
	AccountManagement accounts;

	@Autowired
	MessageSource messages;

	@Test
	void theSecretariatSetsAFeeRecordsAClassAndWeighsAnSmeCategory() {
		Api api = new Api(port);
		PilotFixtures pilot = new PilotFixtures(accounts, api);
		Person secretariat = pilot.person("membership-pages-staff", Set.of("SECRETARIAT"));
		String name = "Fjell Fibre " + System.nanoTime();
		Api.Response member = api.bearer(secretariat.token()).post("/api/v1/organizations",
				Map.of("name", name, "kind", "SECTOR_MEMBER", "country", "NO", "employees", 140, "sectors", java.util.List.of("ITU-T")));
		assertThat(member.status()).as("%s", member).isEqualTo(201);

		Page page = signIn(secretariat.email(), "es");
		page.setViewportSize(390, 900);
		followNavigation(page, "/membership");
		Browser.assertAccessible(page);
		page.locator("#category").selectOption("SECTOR_MEMBER/ITU-T");
		page.locator("#annualFee").fill("31.800,555");
		page.locator("#fee-form button[type=submit]").click();
		assertThat(page.locator("[id='annualFee.amount-error']")).isVisible();
		assertThat(page.locator("#annualFee")).hasValue("31.800,555");
		Browser.assertAccessible(page);
		page.locator("#annualFee").fill("31800");
		page.locator("#fee-form button[type=submit]").click();
		assertThat(page.locator("#notice")).hasText(messages.getMessage("membership.fee.saved", null, Locale.forLanguageTag("es")));
		assertThat(page.locator("#c-SECTOR_MEMBER-ITU-T")).containsText("31.800");

		page.navigate("/membership?category=SECTOR_MEMBER&size=100");
		com.microsoft.playwright.Locator row = page.locator("#members tr:has-text('" + name + "')");
		row.locator("select[name=class]").selectOption("1/16");
		row.locator("form[action*='/class'] button[type=submit]").click();
		assertThat(page.locator("#problem")).containsText("1/16");
		page.navigate("/membership?category=SECTOR_MEMBER&size=100");
		row = page.locator("#members tr:has-text('" + name + "')");
		row.locator("select[name=class]").selectOption("2");
		row.locator("form[action*='/class'] button[type=submit]").click();
		assertThat(page.locator("#notice")).isVisible();
		page.navigate("/membership?category=SECTOR_MEMBER&size=100");
		assertThat(page.locator("#members tr:has-text('" + name + "') select[name=class]")).hasValue("2");
		assertThat(page.locator("#members tr:has-text('" + name + "')")).containsText("63.600");

		Page russian = signIn(secretariat.email(), "ru");
		russian.setViewportSize(390, 900);
		russian.navigate("/membership");
		russian.locator("#what-if-link").click();
		russian.locator("#maxEmployees").fill("300");
		russian.locator("#annualFee").fill("5000");
		russian.locator("#what-if-form button[type=submit]").click();
		assertThat(russian.locator("#qualifiers")).containsText(name);
		assertThat(russian.locator("#curve-chart svg title")).hasText(
				messages.getMessage("membership.whatif.chart.title", new Object[] { "5000" }, Locale.forLanguageTag("ru")));
		assertThat(russian.locator("#curve tbody tr")).hasCount(50);
		assertThat(russian.locator("#eu-note")).containsText("250");
		Browser.assertAccessible(russian);

		russian.locator("#maxEmployees").fill("много");
		russian.locator("#what-if-form button[type=submit]").click();
		assertThat(russian.locator("#maxEmployees-error")).hasText(
				messages.getMessage("validation.whole-number", null, Locale.forLanguageTag("ru")));
		assertThat(russian.locator("#maxEmployees")).hasValue("много");
		Browser.assertAccessible(russian);
	}
}
