package org.sgbridge.bsg;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
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
import org.sgbridge.testing.PilotFixtures.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * Issue 18's journey in Chromium, in French and in Arabic: a delegate of Ethiopia, registered for a
 * meeting, applies from the call's page; its DFP endorses with one click from the applications that
 * wait for it; the secretariat awards from the call's award screen, after a confirmation, and sees
 * the award in the region's balance. axe-core and the Nu checker pass on every page.
 */
class FellowshipJourneyBrowserTests extends BrowserTest {

	@Autowired
	AccountManagement accounts;

	@Autowired
	MessageSource messages;

	@ParameterizedTest
	@ValueSource(strings = { "fr", "ar" })
	void aDelegateAppliesItsDfpEndorsesAndTheSecretariatAwards(String language) {
		Api api = new Api(port);
		PilotFixtures pilot = new PilotFixtures(accounts, api);
		Person secretariat = pilot.person("staff-" + language, Set.of("SECRETARIAT"));
		Api staff = api.bearer(secretariat.token());
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		LocalDate start = today.plusDays(40);
		String title = "SG20 fellowship journey " + language + " " + System.nanoTime();
		Api.Response meeting = staff.post("/api/v1/meetings", new HashMap<>(Map.of("studyGroup", "ITU-T-SG20",
				"kind", "STUDY_GROUP", "title", title, "startDate", start.toString(), "endDate", start.plusDays(2).toString(),
				"city", "Geneva", "country", "CH", "remoteParticipation", true,
				"registrationOpens", today.minusDays(1).toString(), "registrationCloses", start.minusDays(1).toString())));
		assertThat(meeting.status()).as("%s", meeting).isEqualTo(201);
		String meetingId = meeting.json().path("id").asString();
		Person dfp = pilot.dfp("ET");
		Person delegate = pilot.person("fellow-" + language, Set.of());
		String administration = pilot.administrationOf("ET");
		assertThat(staff.post("/api/v1/organizations/" + administration + "/members", Map.of("accountId", delegate.id()))
			.status()).isEqualTo(201);
		assertThat(api.bearer(delegate.token()).post("/api/v1/meetings/" + meetingId + "/registrations",
				Map.of("organizationId", administration, "mode", "IN_PERSON", "visaSupport", false)).status()).isEqualTo(201);
		Api.Response call = staff.post("/api/v1/fellowship-calls", Map.of("meetingId", meetingId,
				"budget", Map.of("amount", "10000", "currency", "CHF"), "closes", today.plusDays(10).toString()));
		assertThat(call.status()).as("%s", call).isEqualTo(201);
		String callId = call.json().path("id").asString();
		java.util.Locale locale = java.util.Locale.forLanguageTag(language);

		// The delegate: the meeting's page says a call is open; the call's page says it may apply.
		Page page = signIn(delegate.email(), language);
		page.navigate("/meetings/" + meetingId);
		assertThat(page.locator("#fellowship-note")).isVisible();
		page.locator("#fellowship-note a").click();
		assertThat(page.locator("#apply-eligible")).isVisible();
		Browser.assertAccessible(page);
		page.locator("#kind").check();
		page.locator("#intendedContribution").fill("Une proposition sur la qualité de service de l'argent mobile");
		page.locator("#gender").selectOption("FEMALE");
		page.locator("#apply button[type=submit]").click();
		assertThat(page.locator("#notice")).hasText(messages.getMessage("fellowship.applied", null, locale));
		assertThat(page.locator("#my-application")).containsText(
				messages.getMessage("fellowship.status.SUBMITTED", null, locale));
		Browser.assertAccessible(page);

		// The DFP: its applications to endorse, among the tools of its role; one click endorses.
		Page dfpPage = signIn(dfp.email(), language);
		followNavigation(dfpPage, "/fellowships/endorsements");
		assertThat(dfpPage.locator("#to-endorse")).containsText(title);
		Browser.assertAccessible(dfpPage);
		dfpPage.locator("#to-endorse tr:has-text('" + title + "') button[name=one]").click();
		assertThat(dfpPage.locator("#endorsed-done")).hasText(
				messages.getMessage("fellowship.endorsements.done.APPROVE", new Object[] { 1 }, locale));
		assertThat(dfpPage.locator("main tr:has-text('" + title + "')")).hasCount(0);

		// The secretariat: the award screen, a confirmation, the award in the balance of regions.
		Page staffPage = signIn(secretariat.email(), language);
		staffPage.navigate("/fellowships/calls/" + callId);
		assertThat(staffPage.locator("#award-screen article")).hasCount(1);
		Browser.assertAccessible(staffPage);
		staffPage.locator("#award-screen article input[name=amount]").fill("2400");
		staffPage.locator("#award-screen article button.btn-success").click();
		assertThat(staffPage.locator("#decision")).containsText("2400");
		Browser.assertAccessible(staffPage);
		staffPage.locator("#confirm").click();
		assertThat(staffPage.locator("#notice")).hasText(messages.getMessage("fellowship.awarded", null, locale));
		assertThat(staffPage.locator("#award-screen article")).containsText(
				messages.getMessage("fellowship.status.AWARDED", null, locale));
		assertThat(staffPage.locator("#balance-region tbody tr").first()).containsText("1");
		assertThat(staffPage.locator("#balance-gender tbody tr").first()).containsText("1");
		Browser.assertAccessible(staffPage);

		Api.Response read = staff.get("/api/v1/fellowship-calls/" + callId);
		assertThat(read.json().path("committed").path("amount").decimalValue()).isEqualByComparingTo("2400");
	}
}
