package org.sgbridge.directory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.sgbridge.account.AccountManagement;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.Browser;
import org.sgbridge.testing.BrowserTest;
import org.sgbridge.testing.PilotFixtures;
import org.sgbridge.testing.PilotFixtures.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * Issue 19, national delegations: a DFP adds an SME's person to its Administration's delegation from
 * its page (Arabic, at a phone's width); the person then registers for a meeting as a delegate; the
 * DFP's page marks the delegate as SME staff, and the secretariat's (Chinese) lists the SME among
 * those taking part this way. Another state's DFP and a participant are refused.
 */
class NationalDelegationBrowserTests extends BrowserTest {

	@Autowired
	AccountManagement accounts;

	@Autowired
	MessageSource messages;

	@Autowired
	NationalDelegations delegations;

	@Test
	void aDfpAddsAnSmesPersonWhoThenRegistersAsADelegate() {
		Api api = new Api(port);
		PilotFixtures pilot = new PilotFixtures(accounts, api);
		Person dfp = pilot.dfp("JO");
		Person smeRep = pilot.person("delegation-rep-jo", Set.of());
		String smeName = "Petra Sensors " + System.nanoTime();
		pilot.sme(smeRep, smeName, "JO", 14, 90_000, "JOD");
		Person secretariat = pilot.person("delegation-staff", Set.of("SECRETARIAT"));

		Page page = signIn(dfp.email(), "ar");
		page.setViewportSize(390, 900);
		followNavigation(page, "/delegation");
		Browser.assertAccessible(page);
		page.locator("#email").fill("nobody-" + System.nanoTime() + "@example.org");
		page.locator("#add-form button[type=submit]").click();
		assertThat(page.locator("#email-error")).isVisible();
		Browser.assertAccessible(page);
		page.locator("#email").fill(smeRep.email());
		page.locator("#add-form button[type=submit]").click();
		assertThat(page.locator("#notice")).hasText(messages.getMessage("delegation.added", null, Locale.forLanguageTag("ar")));
		assertThat(page.locator("#delegates tr.sme-delegate")).containsText(smeName);
		page.locator("#email").fill(smeRep.email());
		page.locator("#add-form button[type=submit]").click();
		assertThat(page.locator("#email-error")).hasText(messages.getMessage("delegation.already", null, Locale.forLanguageTag("ar")));

		// The SME's person registers for a study group meeting as a delegate of the Administration.
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Api.Response meeting = api.bearer(secretariat.token()).post("/api/v1/meetings", new HashMap<>(Map.of("studyGroup",
				"ITU-T-SG17", "kind", "STUDY_GROUP", "title", "SG17 delegation " + System.nanoTime(), "startDate",
				today.plusDays(30).toString(), "endDate", today.plusDays(32).toString(), "city", "Geneva", "country", "CH",
				"remoteParticipation", true, "registrationOpens", today.minusDays(1).toString(), "registrationCloses",
				today.plusDays(20).toString())));
		Api.Response registered = api.bearer(smeRep.token()).post("/api/v1/meetings/" + meeting.json().path("id").asString()
				+ "/registrations", Map.of("organizationId", pilot.administrationOf("JO"), "mode", "REMOTE", "visaSupport", false));
		assertThat(registered.status()).as("%s", registered).isEqualTo(201);
		assertThat(registered.json().path("status").asString()).isEqualTo("PENDING_VALIDATION");

		Page staff = signIn(secretariat.email(), "zh");
		staff.setViewportSize(390, 900);
		followNavigation(staff, "/delegation");
		assertThat(staff.locator("#sme-delegates")).containsText(smeName);
		staff.locator("#sme-delegates a[href*='country=JO']").first().click();
		assertThat(staff.locator("#delegates")).containsText(smeName);
		Browser.assertAccessible(staff);

		Person otherDfp = pilot.dfp("LB");
		Actor other = new Actor(otherDfp.id(), otherDfp.email(), "DFP LB", Set.of());
		assertThatThrownBy(() -> delegations.of(other, "JO"))
			.isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status().value()).isEqualTo(403));
		Actor participant = new Actor(smeRep.id(), smeRep.email(), "Rep", Set.of());
		assertThatThrownBy(() -> delegations.add(participant, "JO", otherDfp.email()))
			.isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status().value()).isEqualTo(403));
		assertThatThrownBy(() -> delegations.smeDelegates(participant))
			.isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status().value()).isEqualTo(403));
	}
}
