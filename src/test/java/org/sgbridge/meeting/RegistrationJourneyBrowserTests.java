package org.sgbridge.meeting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sgbridge.account.AccountManagement;
import org.sgbridge.directory.FocalPoints;
import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.pilot.AdmissionManagement;
import org.sgbridge.platform.Actor;
import org.sgbridge.testing.Browser;
import org.sgbridge.testing.BrowserTest;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registration in a real browser: an approved SME registers for two meetings at once, its DFP
 * validates one and rejects the other with a reason, the SME downloads its confirmation letter
 * (opened again here, the name read from it), the secretariat checks it in by code.
 */
class RegistrationJourneyBrowserTests extends BrowserTest {

	@Autowired
	AccountManagement accounts;

	@Autowired
	FocalPoints focalPoints;

	@Autowired
	OrganizationDirectory organizations;

	@Autowired
	AdmissionManagement admissions;

	@Autowired
	Meetings meetings;

	@Autowired
	TransactionTemplate transactions;

	private Actor account(String prefix, Set<String> roles) {
		var view = accounts.createActive(TestAccounts.uniqueEmail(prefix), TestAccounts.PASSWORD, prefix + " Nakamura",
				roles, "en");
		return new Actor(view.id(), view.email(), view.name(), view.roles());
	}

	private Page signIn(Actor who) {
		return signIn(who.email(), "en");
	}

	@Test
	void approvedSmeRegistersForTwoMeetingsDfpDecidesLetterAndCheckIn() throws Exception {
		Actor staff = account("staff", Set.of(Actor.SECRETARIAT));
		Actor dfp = account("dfp", Set.of());
		Actor rep = account("rep", Set.of());
		LocalDate today = LocalDate.now();
		String[] meetingTitles = { "Q12/20 rapporteur group " + rep.email(), "Q4/20 rapporteur group " + rep.email() };
		transactions.executeWithoutResult(t -> {
			focalPoints.designateForState(staff, "KE", List.of(dfp.accountId()));
			String org = organizations.create(rep, new OrganizationDirectory.NewOrganization("Savannah IoT Ltd", "SME", "KE",
					20, null, null, null, null, List.of(), List.of())).id();
			String request = admissions.submit(rep, org, List.of("ITU-T-SG20")).request().id();
			admissions.decide(dfp, request, "APPROVE", null);
			for (String title : meetingTitles) {
				meetings.create(staff, new Meetings.NewMeeting("ITU-T-SG20", "RAPPORTEUR_GROUP", title, today.plusDays(40),
						today.plusDays(41), "Geneva", "CH", true, today.minusDays(1), today.plusDays(30), 100, null));
			}
		});

		// The SME registers for both at once, in person, with a visa letter.
		Page sme = signIn(rep);
		sme.locator("header a[href='/meetings']").click();
		sme.waitForURL(url -> url.endsWith("/meetings"));
		sme.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD); // the whole list, not the part parsed so far
		Browser.assertAccessible(sme);
		// The list is paged: the two meetings are found with the search form (their titles hold the e-mail).
		sme.locator("#q").fill(rep.email());
		sme.locator("#search-submit").click();
		assertThat(sme.locator("#found")).containsText("2");
		for (String title : meetingTitles) {
			sme.locator("tr:has-text('" + title + "') input[name=meetingIds]").check();
		}
		sme.locator("#visaSupport").check();
		sme.locator("form[action='/meetings/registrations'] button[type=submit]").click();
		assertThat(sme.locator("#my-registrations")).containsText("Waiting for validation");
		assertThat(sme.locator("#my-registrations tbody tr:has-text('rapporteur group " + rep.email() + "')")).hasCount(2);
		Browser.assertAccessible(sme);

		// The DFP validates one and rejects the other with a reason.
		Page focal = signIn(dfp);
		followNavigation(focal, "/meetings/validation");
		Browser.assertAccessible(focal);
		focal.locator("tr:has-text('" + meetingTitles[0] + "') input[name=ids]").check();
		focal.locator("#validate").click();
		assertThat(focal.locator("#chosen")).containsText(meetingTitles[0]);
		Browser.assertAccessible(focal);
		focal.locator("#confirm").click();
		assertThat(focal.locator("main [role=status]")).containsText("1");
		focal.locator("tr:has-text('" + meetingTitles[1] + "') input[name=ids]").check();
		focal.locator("#reject").click();
		assertThat(focal.locator("#form-errors")).isVisible();
		Browser.assertAccessible(focal);
		focal.locator("tr:has-text('" + meetingTitles[1] + "') input[name=ids]").check();
		focal.locator("#reason").fill("Only one delegate of the company per rapporteur group this time.");
		focal.locator("#reject").click();
		focal.locator("#confirm").click();
		assertThat(focal.locator("main")).not().containsText(meetingTitles[1]);
		focal.context().close();

		// The SME downloads its confirmation letter: a real PDF with its name in it.
		sme.navigate("/meetings/registrations");
		assertThat(sme.locator("tr:has-text('" + meetingTitles[1] + "')")).containsText("Only one delegate");
		Download download = sme.waitForDownload(() -> sme.locator("tr:has-text('" + meetingTitles[0] + "') a[href$='letter.pdf']").first().click());
		byte[] pdf = Files.readAllBytes(download.path());
		String code;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(rep.name()).contains(meetingTitles[0]).contains("Savannah IoT Ltd");
			code = text.lines().filter(l -> l.matches(".*[A-Z0-9]{10}.*")).map(l -> l.replaceAll(".*?([A-Z2-9]{10}).*", "$1"))
				.filter(c -> c.matches("[A-Z2-9]{10}")).findFirst().orElseThrow();
		}
		Browser.assertAccessible(sme);
		sme.context().close();

		// The secretariat checks the participant in by code; a second scan says it was collected.
		Page desk = signIn(staff);
		followNavigation(desk, "/meetings/check-in");
		desk.locator("#code").fill(code);
		desk.locator("#code").press("Enter");
		assertThat(desk.locator("#h-found")).hasText(rep.name());
		Browser.assertAccessible(desk);
		desk.locator("#collect").click();
		assertThat(desk.locator("#checkin-done")).isVisible();
		desk.navigate("/meetings/check-in");
		desk.locator("#code").fill(code);
		desk.locator("#code").press("Enter");
		assertThat(desk.locator("#collect")).hasCount(0);
		assertThat(desk.locator("#checkin-already")).isVisible();
		Browser.assertAccessible(desk);
		desk.context().close();
	}
}
