package org.sgbridge.pilot;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.sgbridge.account.AccountManagement;
import org.sgbridge.directory.FocalPoints;
import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.platform.Actor;
import org.sgbridge.testing.Browser;
import org.sgbridge.testing.BrowserTest;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pilot in a real browser, for each of its people: the SME asks to join, the Administration's
 * focal point decides (in French), the secretariat follows the pipeline (in Spanish). axe-core on
 * every page.
 */
class PilotJourneyBrowserTests extends BrowserTest {

	@Autowired
	AccountManagement accounts;

	@Autowired
	FocalPoints focalPoints;

	@Autowired
	OrganizationDirectory organizations;

	@Autowired
	AdmissionManagement admissions;

	@Autowired
	TransactionTemplate transactions;

	private Actor account(String prefix, Set<String> roles, String locale) {
		String email = TestAccounts.uniqueEmail(prefix);
		var view = accounts.createActive(email, TestAccounts.PASSWORD, prefix + " person", roles, locale);
		return new Actor(view.id(), view.email(), view.name(), view.roles());
	}

	private Page signIn(Actor who, String language) {
		return signIn(who.email(), language);
	}

	private Actor designateDfp(String country) {
		Actor staff = account("staff", Set.of(Actor.SECRETARIAT), "en");
		Actor dfp = account("dfp-" + country, Set.of(), "fr");
		transactions.executeWithoutResult(t -> focalPoints.designateForState(staff, country, List.of(dfp.accountId())));
		return dfp;
	}

	@Test
	void smeEntersItsCompanyAndAsksToJoinPilotGroups() {
		designateDfp("SN");
		Actor rep = account("sme-rep", Set.of(), "en");
		Page page = signIn(rep, "en");
		page.locator("header a[href='/pilot']").click();
		Browser.assertAccessible(page);

		// A mistake first: no country. The error is beside the field.
		page.locator("#name").fill("Teranga Telecom Lab");
		page.locator("#employees").fill("25");
		page.locator("#revenueAmount").fill("300000000");
		page.locator("#revenueCurrency").fill("XOF");
		page.locator("form[action='/pilot/companies'] button[type=submit]").click();
		assertThat(page.locator("#country-error")).isVisible();
		Browser.assertAccessible(page);
		page.locator("#company-country").selectOption("SN");
		page.locator("form[action='/pilot/companies'] button[type=submit]").click();
		assertThat(page.locator("main .alert-success[role=status]")).isVisible();
		assertThat(page.locator("main h2").first()).hasText("Teranga Telecom Lab");
		Browser.assertAccessible(page);

		page.locator("input[name=studyGroups][value='ITU-T-SG20']").check();
		page.locator("input[name=studyGroups][value='ITU-D-SG2']").check();
		page.locator("form[action='/pilot/requests'] button[type=submit]").click();
		assertThat(page.locator("#request-status")).hasText("In the admission process");
		assertThat(page.locator("#history li")).hasCount(1);
		Browser.assertAccessible(page);

		page.navigate("/pilot");
		assertThat(page.locator("table").first()).containsText("In the admission process");
		Browser.assertAccessible(page);
		page.context().close();
	}

	@Test
	void focalPointDecidesInFrenchWithAReasonForARejection() {
		Actor dfp = designateDfp("CM");
		Actor repA = account("rep-a", Set.of(), "en");
		Actor repB = account("rep-b", Set.of(), "en");
		String first = transactions.execute(t -> {
			String org = organizations.create(repA, new OrganizationDirectory.NewOrganization("Douala Réseaux", "SME", "CM",
					30, null, null, null, null, List.of(), List.of())).id();
			return admissions.submit(repA, org, List.of("ITU-T-SG5")).request().id();
		});
		String second = transactions.execute(t -> {
			String org = organizations.create(repB, new OrganizationDirectory.NewOrganization("Yaoundé Capteurs", "SME", "CM",
					900, null, null, null, null, List.of(), List.of())).id();
			return admissions.submit(repB, org, List.of("ITU-T-SG20")).request().id();
		});

		Page page = signIn(dfp, "fr");
		followNavigation(page, "/pilot/inbox");
		assertThat(page.locator("main table")).containsText("Douala Réseaux");
		assertThat(page.locator("main table")).containsText("Yaoundé Capteurs");
		Browser.assertAccessible(page);

		page.locator("a[href='/pilot/requests/" + second + "']").click();
		Browser.assertAccessible(page);
		page.locator("#reject").click();
		assertThat(page.locator("#form-errors")).isVisible();
		Browser.assertAccessible(page);
		page.locator("#reason").fill("900 salariés : au-delà des critères nationaux.");
		page.locator("#reject").click();
		assertThat(page.locator("#reason")).containsText("900 salariés");
		Browser.assertAccessible(page);
		page.locator("#confirm").click();
		assertThat(page.locator("#request-status")).hasText("Non approuvée");
		assertThat(page.locator("#history")).containsText("900 salariés");
		assertThat(page.locator("#history")).containsText("point focal désigné");
		Browser.assertAccessible(page);

		page.navigate("/pilot/requests/" + first);
		page.locator("#approve").click();
		page.locator("#confirm").click();
		assertThat(page.locator("#request-status")).hasText("Approuvée");
		Browser.assertAccessible(page);
		page.navigate("/pilot/inbox");
		assertThat(page.locator("main")).not().containsText("Douala Réseaux");
		page.context().close();
	}

	@Test
	void secretariatFollowsThePipelineInvitesAndDesignatesInSpanish() {
		Actor staff = account("secretariat-es", Set.of(Actor.SECRETARIAT), "es");
		Actor future = account("future-dfp", Set.of(), "es");

		Page visitor = newPage();
		// Right to left, nothing hidden pushes the page sideways (the anti-spam field once did, leaving it blank).
		visitor.navigate("/pilot/interest?lang=ar");
		org.assertj.core.api.Assertions.assertThat((Boolean) visitor.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"))
			.as("no horizontal overflow in Arabic").isTrue();
		visitor.navigate("/pilot/interest?lang=es");
		Browser.assertAccessible(visitor);
		visitor.locator("#organizationName").fill("Andes Conectividad");
		visitor.locator("#country").selectOption("BO");
		String andes = TestAccounts.uniqueEmail("andes");
		visitor.locator("#email").fill(andes);
		visitor.locator("#g-ITU-T-SG20").check();
		visitor.locator("main form button[type=submit]").click();
		assertThat(visitor.locator("main [role=status]")).isVisible();
		Browser.assertAccessible(visitor);
		visitor.context().close();

		Page page = signIn(staff, "es");
		followNavigation(page, "/pilot/overview");
		assertThat(page.locator("#totals")).isVisible();
		Browser.assertAccessible(page);
		page.locator("#asOf").fill("2018-10-29");
		page.locator("#asOf").press("Enter");
		assertThat(page.locator("#totals")).containsText("29 de octubre de 2018");
		Browser.assertAccessible(page);

		// The expressions of interest, on their own page: found by the e-mail given, invited once confirmed.
		page.locator("#interest-link a").last().click();
		page.locator("#q").fill(andes);
		page.locator("#q").press("Enter");
		assertThat(page.locator("#interests tbody tr")).hasCount(1);
		Browser.assertAccessible(page);
		page.locator("tr:has-text('Andes Conectividad') button").click();
		assertThat(page.locator("#interest")).containsText("Andes Conectividad");
		Browser.assertAccessible(page);
		page.locator("#confirm").click();
		assertThat(page.locator("main .alert-success[role=status]")).isVisible();
		assertThat(page.locator("#interests")).containsText(andes);
		Browser.assertAccessible(page);

		page.navigate("/pilot/overview");

		page.locator("#dfp-country").selectOption("BO");
		page.locator("#dfp-emails").fill(future.email());
		page.locator("form[action='/pilot/focal-points'] button").click();
		assertThat(page.locator("#dfp-after")).containsText(future.email());
		Browser.assertAccessible(page);
		page.locator("#confirm").click();
		assertThat(page.locator("main .alert-success[role=status]")).isVisible();
		org.assertj.core.api.Assertions.assertThat(focalPoints.ofState("BO")).containsExactly(future.accountId());
		page.context().close();
	}
}
