package org.sgbridge.bsg;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The secretariat's fellowship page (its ledger and the form to open a call, a refusal beside the
 * field with what was typed kept) in Chinese, and mentoring in Arabic and Chinese: a new delegate
 * asks for a mentor, the secretariat pairs it, the pairing shows on the delegate's home page. axe-core
 * and the Nu checker pass on each page, at a phone's width.
 */
class BsgPagesBrowserTests extends BrowserTest {

	@Autowired
	AccountManagement accounts;

	@Autowired
	MessageSource messages;

	@Autowired
	AdjustableClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void backToNow() {
		clock.setInstant(null);
	}

	@Test
	void theSecretariatOpensACallFromItsPageAndARefusalKeepsWhatWasTyped() {
		Api api = new Api(port);
		PilotFixtures pilot = new PilotFixtures(accounts, api);
		Person secretariat = pilot.person("bsg-pages-staff", Set.of("SECRETARIAT"));
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		String title = "SG20 call from the page " + System.nanoTime();
		LocalDate start = today.plusDays(60);
		Api.Response created = api.bearer(secretariat.token()).post("/api/v1/meetings", new HashMap<>(Map.of("studyGroup",
				"ITU-T-SG20", "kind", "STUDY_GROUP", "title", title, "startDate", start.toString(), "endDate",
				start.plusDays(2).toString(), "city", "Geneva", "country", "CH", "remoteParticipation", true, "registrationOpens",
				today.minusDays(1).toString(), "registrationCloses", start.minusDays(1).toString())));
		assertThat(created.status()).as("%s", created).isEqualTo(201);

		Page page = signIn(secretariat.email(), "zh");
		page.setViewportSize(390, 900);
		followNavigation(page, "/fellowships");
		Browser.assertAccessible(page);
		page.locator("#meetingId").selectOption(created.json().path("id").asString());
		page.locator("#budget").fill("-5");
		page.locator("#closes").fill(start.minusDays(10).toString());
		page.locator("#open-call button[type=submit]").click();
		assertThat(page.locator("#budget-error")).isVisible();
		assertThat(page.locator("#budget")).hasValue("-5");
		Browser.assertAccessible(page);
		page.locator("#budget").fill("12000");
		page.locator("#open-call button[type=submit]").click();
		assertThat(page.locator("#notice")).hasText(messages.getMessage("fellowship.call.opened", null, Locale.CHINESE));
		assertThat(page.locator("#call-facts")).containsText("12,000");
	}

	@Test
	void aNewDelegateAsksForAMentorTheSecretariatPairsAndTheHomePageShowsIt() {
		Api api = new Api(port);
		PilotFixtures pilot = new PilotFixtures(accounts, api);
		Person secretariat = pilot.person("bsg-mentoring-staff", Set.of("SECRETARIAT"));
		Api staff = api.bearer(secretariat.token());
		Person dfpKe = pilot.dfp("KE");
		Person mentor = pilot.person("mentor-ke", Set.of());
		Person newcomer = pilot.person("newcomer-et", Set.of());
		assertThat(staff.post("/api/v1/organizations/" + pilot.administrationOf("KE") + "/members",
				Map.of("accountId", mentor.id())).status()).isEqualTo(201);
		assertThat(staff.post("/api/v1/organizations/" + pilot.administrationOf("ET") + "/members",
				Map.of("accountId", newcomer.id())).status()).isEqualTo(201);
		// The mentor was checked in at an SG11 meeting three weeks ago.
		LocalDate realToday = LocalDate.now(ZoneOffset.UTC);
		LocalDate then = realToday.minusDays(20);
		clock.setInstant(then.atTime(9, 0).toInstant(ZoneOffset.UTC));
		Api.Response meeting = staff.post("/api/v1/meetings", new HashMap<>(Map.of("studyGroup", "ITU-T-SG11", "kind",
				"STUDY_GROUP", "title", "SG11 mentoring pages " + System.nanoTime(), "startDate", then.plusDays(2).toString(),
				"endDate", then.plusDays(3).toString(), "city", "Geneva", "country", "CH", "remoteParticipation", true,
				"registrationOpens", then.minusDays(1).toString(), "registrationCloses", then.plusDays(1).toString())));
		String registration = api.bearer(mentor.token()).post("/api/v1/meetings/" + meeting.json().path("id").asString()
				+ "/registrations", Map.of("organizationId", pilot.administrationOf("KE"), "mode", "IN_PERSON", "visaSupport", false))
			.json().path("id").asString();
		assertThat(api.bearer(dfpKe.token()).post("/api/v1/registrations/" + registration + "/validation",
				Map.of("decision", "APPROVE")).status()).isEqualTo(200);
		clock.setInstant(then.plusDays(2).atTime(9, 0).toInstant(ZoneOffset.UTC));
		String code = jdbc.sql("SELECT verification_code FROM registration WHERE id = :id").param("id", registration)
			.query(String.class).single();
		assertThat(staff.post("/api/v1/check-ins", Map.of("code", code)).status()).isEqualTo(200);
		clock.setInstant(null);

		Page page = signIn(newcomer.email(), "ar");
		page.setViewportSize(390, 900);
		page.navigate("/fellowships");
		page.locator("#mentoring-link").click();
		Browser.assertAccessible(page);
		page.locator("#studyGroup").selectOption("ITU-T-SG11");
		page.locator("#note").fill("كيف أكتب مساهمة؟");
		page.locator("#ask button[type=submit]").click();
		assertThat(page.locator("#notice")).hasText(messages.getMessage("mentoring.asked", null, Locale.forLanguageTag("ar")));
		Browser.assertAccessible(page);

		Page staffPage = signIn(secretariat.email(), "zh");
		staffPage.setViewportSize(390, 900);
		followNavigation(staffPage, "/mentoring");
		com.microsoft.playwright.Locator request = staffPage.locator("article:has-text('newcomer-et')");
		assertThat(request).containsText("ITU-T-SG11");
		Browser.assertAccessible(staffPage);
		request.locator("select[name=mentorId]").selectOption(mentor.id());
		request.locator("button[type=submit]").click();
		assertThat(staffPage.locator("#notice")).hasText(messages.getMessage("mentoring.paired", null, Locale.CHINESE));
		assertThat(staffPage.locator("#pairings")).containsText("newcomer-et");
		Browser.assertAccessible(staffPage);

		page.navigate("/");
		assertThat(page.locator("#home-notes")).containsText("mentor-ke");
		assertThat(page.locator("#home-notes")).containsText("ITU-T-SG11");
		Browser.assertAccessible(page);
	}
}
