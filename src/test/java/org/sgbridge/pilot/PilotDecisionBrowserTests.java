package org.sgbridge.pilot;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sgbridge.account.AccountManagement;
import org.sgbridge.platform.AdjustableClock;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.Browser;
import org.sgbridge.testing.BrowserTest;
import org.sgbridge.testing.PilotFixtures;
import org.sgbridge.testing.PilotFixtures.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The secretariat records the Conference's end of the pilot from its overview, in French, on a
 * phone (390 px): a day in the past is refused beside its field with what was typed kept, the
 * confirmation says what the end does, and once confirmed the period's history shows it; the
 * approved SME's page then offers the SME category or pay-as-you-go. axe-core and the Nu checker
 * pass on each page. At a year of its own far ahead, as the clock reads the period's history.
 */
class PilotDecisionBrowserTests extends BrowserTest {

	@Autowired
	AccountManagement accounts;

	@Autowired
	AdjustableClock clock;

	@Autowired
	MessageSource messages;

	@AfterEach
	void backToNow() {
		clock.setInstant(null);
	}

	@Test
	void theSecretariatEndsThePilotAfterTheConfirmationAndTheApprovedSmeIsOfferedWhatComesNext() {
		clock.setInstant(Instant.parse("2095-03-01T09:00:00Z"));
		Api api = new Api(port);
		PilotFixtures pilot = new PilotFixtures(accounts, api);
		Person staff = pilot.person("end-page-staff", Set.of("SECRETARIAT"));
		assertThat(api.bearer(staff.token()).post("/api/v1/pilot/terms/period",
				Map.of("startsOn", "2017-05-25", "decision", "The browser test's period.")).status()).isEqualTo(200);
		Person dfp = pilot.dfp("BJ");
		Person rep = pilot.person("end-page-rep", Set.of());
		String org = pilot.sme(rep, "Cotonou Fibre", "BJ", 11, 90_000, "EUR");
		String request = pilot.submit(rep, org, "ITU-T-SG16").json().path("id").asString();
		assertThat(pilot.decide(dfp, request, "APPROVE", null).status()).isEqualTo(200);
		pilot.submit(rep, pilot.sme(rep, "Porto-Novo Paquets", "BJ", 4, 10_000, "EUR"), "ITU-D-SG2");
		Locale fr = Locale.FRENCH;

		Page page = signIn(browser.newPage(baseUrl(), 390), staff.email(), "fr");
		page.navigate("/pilot/overview");
		assertThat(page.locator("#period-now")).hasText(messages.getMessage("pilot.period.now.open", null, fr));
		Browser.assertAccessible(page);

		page.locator("#pilot-decision-END").check();
		page.locator("#pilot-endsOn").fill("2095-02-28");
		page.locator("#pilot-text").fill("La PP-94 a mis fin au projet pilote.");
		page.locator("#pilot-decision-submit").click();
		assertThat(page.locator("#pilot-endsOn-error")).containsText("ne peut pas être passée");
		assertThat(page.locator("#pilot-endsOn")).hasValue("2095-02-28");
		assertThat(page.locator("#pilot-text")).hasValue("La PP-94 a mis fin au projet pilote.");
		assertThat(page.locator("#pilot-decision-END")).isChecked();
		Browser.assertAccessible(page);

		page.locator("#pilot-endsOn").fill("");
		page.locator("#pilot-decision-submit").click();
		assertThat(page.locator("h1")).hasText(messages.getMessage("pilot.decision.confirm.title",
				new Object[] { "1 mars 2095" }, fr));
		assertThat(page.locator("#decision-impact")).containsText(Pattern.compile("caduques maintenant : [1-9]"));
		assertThat(page.locator("#decision-impact")).containsText(Pattern.compile("Points focaux désignés informés par courriel : [1-9]"));
		Browser.assertAccessible(page);
		page.locator("#confirm").click();

		assertThat(page.locator(".alert-success")).hasText(messages.getMessage("pilot.decision.ended", null, fr));
		assertThat(page.locator("#period-now")).containsText("a pris fin");
		assertThat(page.locator("#period-history tbody tr").first()).containsText("La PP-94 a mis fin au projet pilote.");
		assertThat(page.locator("#period-history tbody tr").first()).containsText("Fin");
		Browser.assertAccessible(page);

		Page sme = signIn(browser.newPage(baseUrl(), 390), rep.email(), "fr");
		sme.navigate("/pilot");
		assertThat(sme.locator("#after-" + org)).containsText("Le projet pilote pour les PME a pris fin");
		assertThat(sme.locator("#after-" + org)).containsText("Catégorie PME, ITU-T");
		assertThat(sme.locator("#after-" + org)).containsText("Paiement à l’utilisation");
		Browser.assertAccessible(sme);
		assertThat(api.bearer(rep.token()).get("/api/v1/admission-requests?status=LAPSED").json().path("items").size())
			.isPositive();
	}
}
