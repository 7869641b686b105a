package org.sgbridge.document;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.sgbridge.account.AccountManagement;
import org.sgbridge.directory.FocalPoints;
import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.meeting.MeetingRegistrations;
import org.sgbridge.meeting.Meetings;
import org.sgbridge.pilot.AdmissionManagement;
import org.sgbridge.platform.Actor;
import org.sgbridge.testing.Browser;
import org.sgbridge.testing.BrowserTest;
import org.sgbridge.testing.TestAccounts;
import org.sgbridge.testing.TestFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An SME participant uploads a contribution, a member of a second organisation co-signs it, the
 * secretariat finds it by a word of its text, and an attempt to appoint the SME's delegate as
 * rapporteur shows the rule (in Arabic).
 */
class ContributionJourneyBrowserTests extends BrowserTest {

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
	MeetingRegistrations registrations;

	@Autowired
	TransactionTemplate transactions;

	private Actor account(String prefix, Set<String> roles, String locale) {
		var view = accounts.createActive(TestAccounts.uniqueEmail(prefix), TestAccounts.PASSWORD, prefix + " Okafor", roles, locale);
		return new Actor(view.id(), view.email(), view.name(), view.roles());
	}

	private Page signIn(Actor who, String language) {
		return signIn(who.email(), language);
	}

	@Test
	void smeContributesAnotherOrganisationCoSignsSecretariatFindsItAndTheRuleStopsAnAppointment() {
		Actor staff = account("staff", Set.of(Actor.SECRETARIAT), "ar");
		Actor dfp = account("dfp", Set.of(), "en");
		Actor smeDelegate = account("sme", Set.of(), "en");
		Actor industry = account("industry", Set.of(), "en");
		LocalDate today = LocalDate.now();
		String meetingId = transactions.execute(t -> {
			focalPoints.designateForState(staff, "NG", List.of(dfp.accountId()));
			String sme = organizations.create(smeDelegate, new OrganizationDirectory.NewOrganization("Lagos Signing Avatars",
					"SME", "NG", 15, null, null, null, null, List.of(), List.of())).id();
			admissions.decide(dfp, admissions.submit(smeDelegate, sme, List.of("ITU-T-SG16")).request().id(), "APPROVE", null);
			var company = organizations.create(staff, new OrganizationDirectory.NewOrganization("Abuja Broadcasting Plc",
					"SECTOR_MEMBER", "NG", null, null, null, null, null, List.of("ITU-T"), List.of()));
			organizations.addMember(staff, company.id(), industry.accountId());
			String meeting = meetings.create(staff, new Meetings.NewMeeting("ITU-T-SG16", "RAPPORTEUR_GROUP",
					"Q26/16 meeting " + smeDelegate.email(), today.plusDays(30), today.plusDays(30), "Geneva", "CH", true,
					today, today.plusDays(20), null, today.plusDays(15))).id();
			var smeRegistration = registrations.register(smeDelegate, meeting, sme, "REMOTE", false);
			registrations.decide(dfp, smeRegistration.id(), "APPROVE", null);
			var industryRegistration = registrations.register(industry, meeting, company.id(), "REMOTE", false);
			registrations.decide(staff, industryRegistration.id(), "APPROVE", null);
			return meeting;
		});

		// The SME's delegate uploads a contribution.
		Page sme = signIn(smeDelegate, "en");
		sme.navigate("/meetings/" + meetingId + "/documents");
		Browser.assertAccessible(sme);
		assertThat(sme.locator("#title")).hasValue("");
		sme.locator("#title").fill("Sign language avatars for captions");
		sme.locator("#file").setInputFiles(new FilePayload("avatars.pdf", "application/pdf",
				TestFiles.pdf("We propose photorealistic signing avatars for live captions")));
		sme.locator("main form[enctype] button[type=submit]").click();
		assertThat(sme.locator("#number")).hasText(java.util.regex.Pattern.compile("T17-SG16-C-\\d{4}"));
		Browser.assertAccessible(sme);
		String contribution = sme.url().substring(sme.url().lastIndexOf('/') + 1);
		sme.context().close();

		// A member of a second organisation co-signs it.
		Page other = signIn(industry, "en");
		other.navigate("/contributions/" + contribution);
		other.locator("#cosign").click();
		assertThat(other.locator("#sources")).containsText("Abuja Broadcasting Plc");
		Browser.assertAccessible(other);
		other.context().close();

		// The secretariat finds it by a word of its text, then tries to appoint the SME's delegate (in Arabic).
		Page desk = signIn(staff, "ar");
		desk.navigate("/meetings/" + meetingId + "/documents?q=photorealistic");
		assertThat(desk.locator("#documents")).containsText("Sign language avatars for captions");
		Browser.assertAccessible(desk);
		desk.navigate("/study-groups/ITU-T-SG16");
		desk.locator("#email").fill(smeDelegate.email());
		desk.locator("#role").selectOption("RAPPORTEUR");
		desk.locator("#appoint").click();
		assertThat(desk.locator("#form-errors")).isVisible();
		assertThat(desk.locator("html")).hasAttribute("dir", "rtl");
		assertThat(desk.locator("section[aria-labelledby=h-team]")).not().containsText(smeDelegate.name());
		Browser.assertAccessible(desk);
		desk.context().close();
	}
}
