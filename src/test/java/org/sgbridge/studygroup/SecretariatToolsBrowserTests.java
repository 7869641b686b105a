package org.sgbridge.studygroup;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sgbridge.account.AccountManagement;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.Browser;
import org.sgbridge.testing.BrowserTest;
import org.sgbridge.testing.PilotFixtures;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The secretariat's tools on the study group, decisions and focal point pages, in English, Arabic
 * and Chinese on a 390 px phone and a 1280 px desktop, without JavaScript needed: the pages and their
 * confirmation steps fit the screen, keep the strict CSP, pass axe-core and the Nu checker, write
 * digits in Latin in Arabic too, and show the titles in the page's language with the unofficial mark.
 * Screenshots go to target/screenshots/tools-*.
 */
class SecretariatToolsBrowserTests extends BrowserTest {

	@Autowired
	AccountManagement accounts;

	@ParameterizedTest
	@ValueSource(strings = { "en", "ar", "zh" })
	void theSecretariatsToolsFitAPhoneAndADesktopInEachLanguage(String language) {
		Api api = new Api(port);
		PilotFixtures pilot = new PilotFixtures(accounts, api);
		String secretary = TestAccounts.uniqueEmail("tools-staff");
		String secretaryId = accounts.createActive(secretary, TestAccounts.PASSWORD, "Tools Secretary", Set.of("SECRETARIAT"),
				language).id();
		Api staff = api.bearer(pilot.people().token(secretary, TestAccounts.PASSWORD));
		assertThat(secretaryId).isNotBlank();

		// an appointment to end, a decision with a date and a position, an SME to refuse, focal points to end
		PilotFixtures.Person rapporteur = pilot.person("tools-rapporteur-" + language, Set.of());
		String company = staff.post("/api/v1/organizations", Map.of("name", "Sarajevo Codec d.o.o. " + rapporteur.email(),
				"kind", "SECTOR_MEMBER", "country", "BA")).json().path("id").asString();
		staff.post("/api/v1/organizations/" + company + "/members", Map.of("accountId", rapporteur.id()));
		String appointment = staff.post("/api/v1/study-groups/ITU-T-SG16/appointments",
				Map.of("accountId", rapporteur.id(), "role", "RAPPORTEUR", "question", "26/16")).json().path("id").asString();
		String decision = staff.post("/api/v1/decisions", Map.of("studyGroup", "ITU-T-SG16", "subject",
				"Draft Recommendation H.TOOLS (" + language + ")", "procedure", "AAP", "decidedOn", "2026-11-30"))
			.json().path("id").asString();
		staff.post("/api/v1/decisions/" + decision + "/positions", Map.of("organizationId", pilot.administrationOf("BA"),
				"position", "SUPPORT", "comment", "Bosnia and Herzegovina supports the text."));
		PilotFixtures.Person founder = pilot.person("tools-sme-" + language, Set.of());
		String smeName = "Mostar Haptics " + founder.email();
		pilot.sme(founder, smeName, "BA", 7, 200_000, "EUR");
		PilotFixtures.Person dfp = pilot.dfp("ME");

		for (int width : new int[] { 390, 1280 }) {
			Page page = browser.newPage(baseUrl(), width);
			List<String> errors = consoleErrors(page);
			signIn(page, secretary, language);

			check(page, "/study-groups", language, width, errors, "list");
			assertThat(page.locator("main table")).containsText(language.equals("zh") ? "多媒体" : language.equals("ar")
					? "الوسائط المتعددة" : "Multimedia");

			check(page, "/study-groups/ITU-T-SG16", language, width, errors, "group");
			assertThat(page.locator("#end-" + appointment)).isVisible();
			page.locator("#end-" + appointment).click();
			assertThat(page.locator("#team-after")).isVisible();
			checkCurrent(page, language, width, errors, "group-end-confirm");
			page.locator("#cancel").click();

			check(page, "/study-groups/ITU-T-SG16/decisions", language, width, errors, "decisions");
			assertThat(page.locator("#positions-" + decision)).containsText("Bosnia and Herzegovina supports the text.");
			page.locator("#decision").selectOption(decision);
			page.locator("#organization").fill(smeName);
			page.locator("#position").selectOption("SUPPORT");
			page.locator("#record-position").click();
			assertThat(page.locator("#form-errors")).isVisible();
			assertThat(page.locator("#organization")).hasValue(smeName);
			errors.removeIf(e -> e.contains("status of 422"));
			checkCurrent(page, language, width, errors, "decisions-refused");

			check(page, "/focal-points?country=ME", language, width, errors, "focal-points");
			page.locator("#focal-points tr:has-text('" + dfp.email() + "') button").click();
			assertThat(page.locator("#fp-after")).isVisible();
			checkCurrent(page, language, width, errors, "focal-points-end-confirm");
			page.locator("#cancel").click();
			page.context().close();
		}
	}

	private void check(Page page, String path, String language, int width, List<String> errors, String name) {
		page.navigate(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
		checkCurrent(page, language, width, errors, name);
	}

	private void checkCurrent(Page page, String language, int width, List<String> errors, String name) {
		assertThat(page.locator("html")).hasAttribute("lang", language);
		String where = name + " in " + language + " at " + width + " px";
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "tools-" + language + "-" + width + "-" + name + ".png")));
		assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
			.as("nothing overflows sideways on %s", where).isEqualTo(true);
		assertThat(errors).as("console errors on %s", where).isEmpty();
		String text = (String) page.evaluate("() => document.body.innerText");
		assertThat(text).as("Latin digits on %s", where).doesNotContainPattern("[\u0660-\u0669\u06F0-\u06F9]");
		Browser.assertAccessibleAt(page, width);
	}

	private static List<String> consoleErrors(Page page) {
		List<String> errors = new ArrayList<>();
		page.onConsoleMessage(m -> {
			if ("error".equals(m.type())) {
				errors.add(m.text() + " at " + m.location());
			}
		});
		page.onPageError(errors::add);
		return errors;
	}
}
