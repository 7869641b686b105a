package org.sgbridge.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sgbridge.platform.Dates;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.PageRows;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestFiles;

/**
 * The contribution form of a meeting's documents page: shown only to whom may submit, by the rule the
 * service applies; to anyone else, the page says which rule keeps them out. A refusal keeps what was
 * typed, lists every field at fault at the top and says each beside its field.
 */
class ContributionFormPagesTests extends ApiTest {

	ContributionPagesFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new ContributionPagesFixture(api, pilot, port);
	}

	private static String reasons(String html) {
		String box = PageRows.element(html, "div", "why-not");
		return box == null ? "" : PageRows.text(box);
	}

	@Test
	void aRefusedFormKeepsEverythingTypedAndSaysEveryFieldAtFaultAtOnce() {
		String meeting = fixture.meeting("ITU-T-SG16", LocalDate.now().plusDays(10));
		Person author = fixture.delegate("LS", meeting);
		PageClient page = fixture.signedIn(author);
		String form = "/meetings/" + meeting + "/documents";
		assertThat(page.get(form).body()).contains("id=\"submit-form\"").doesNotContain("id=\"why-not\"");
		String abstractText = "Haptic feedback for accessible terminals, with <measurements> & results.";

		HttpResponse<String> empty = page.postMultipart(form, form, Map.of("title", " ", "abstract", abstractText), null, null);
		assertThat(empty.statusCode()).isEqualTo(400);
		String summary = PageRows.text(PageRows.element(empty.body(), "div", "form-errors"));
		assertThat(summary).contains("Title: enter the title of the contribution.").contains("File: choose the file of the contribution.");
		assertThat(empty.body()).contains("id=\"title-error\"").contains("id=\"file-error\"")
			.contains(">Haptic feedback for accessible terminals, with &lt;measurements&gt; &amp; results.</textarea>");

		HttpResponse<String> wrongType = page.postMultipart(form, form,
				Map.of("title", "Haptic widgets", "abstract", abstractText), "paper.pdf", TestFiles.executable());
		assertThat(wrongType.statusCode()).isEqualTo(415);
		assertThat(wrongType.body()).contains("value=\"Haptic widgets\"")
			.contains(">Haptic feedback for accessible terminals, with &lt;measurements&gt; &amp; results.</textarea>")
			.contains("id=\"form-errors\"")
			.contains("id=\"file-again\"");

		HttpResponse<String> tooLong = page.postMultipart(form, form, Map.of("title", "T".repeat(501), "abstract", "A".repeat(4001)),
				"paper.pdf", TestFiles.pdf("long"));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("Title: at most 500 characters.").contains("Abstract: at most 4,000 characters.")
			.contains("id=\"abstract-error\"");

		HttpResponse<String> done = page.postMultipart(form, form, Map.of("title", "Haptic widgets", "abstract", abstractText),
				"paper.pdf", TestFiles.pdf("haptic"));
		assertThat(done.statusCode()).isEqualTo(302);
		String contribution = page.get(done.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")).body();
		assertThat(contribution).contains("Haptic widgets").contains("with &lt;measurements&gt; &amp; results.");
	}

	@Test
	void pastTheDeadlineThePageSaysSoAndTheFormIsNotOffered() {
		LocalDate deadline = LocalDate.now().minusDays(2);
		String meeting = fixture.meeting("ITU-T-SG16", deadline);
		Person author = fixture.delegate("SZ", meeting);
		PageClient page = fixture.signedIn(author);
		String form = "/meetings/" + meeting + "/documents";
		String html = page.get(form).body();
		assertThat(html).doesNotContain("id=\"submit-form\"").contains("id=\"reason-deadline-passed\"");
		assertThat(reasons(html)).contains("The contribution deadline of this meeting passed on "
				+ Dates.format(deadline, java.util.Locale.ENGLISH) + ".");
		// The service applies the same rule to a form posted anyway.
		HttpResponse<String> late = page.postMultipart(form, form, Map.of("title", "Late"), "late.pdf", TestFiles.pdf("late"));
		assertThat(late.statusCode()).isEqualTo(422);
		assertThat(late.body()).contains("id=\"reason-deadline-passed\"");
	}

	@Test
	void eachReasonWhyOneMayNotSubmitIsNamed() {
		String meeting = fixture.meeting("ITU-T-SG16", LocalDate.now().plusDays(10));
		String form = "/meetings/" + meeting + "/documents";

		// Entitled (a DFP is a delegate of its Administration) but not registered.
		Person unregistered = pilot.dfp("GM");
		String html = fixture.signedIn(unregistered).get(form).body();
		assertThat(html).contains("id=\"reason-not-registered\"").doesNotContain("id=\"submit-form\"");
		assertThat(PageRows.links(html, "div", "why-not")).contains("/meetings/" + meeting);
		HttpResponse<String> posted = fixture.signedIn(unregistered).postMultipart(form, form, Map.of("title", "No"), "no.pdf",
				TestFiles.pdf("no"));
		assertThat(posted.statusCode()).isEqualTo(403);
		assertThat(posted.body()).contains("id=\"reason-not-registered\"");

		// Registered, waiting for validation (an academic institution without focal point of its own).
		Person researcher = pilot.person("researcher", Set.of());
		String university = fixture.organization(researcher, "ACADEMIA", "University of Banjul " + researcher.id(), "GM");
		fixture.register(researcher, meeting, university, "PENDING_VALIDATION");
		assertThat(fixture.signedIn(researcher).get(form).body()).contains("id=\"reason-registration-pending\"");

		// Cancelled.
		Person delegate = pilot.dfp("BT");
		String registration = fixture.register(delegate, meeting, pilot.administrationOf("BT"), "VALIDATED");
		assertThat(fixture.signedIn(delegate).get(form).body()).contains("id=\"submit-form\"");
		assertThat(api.bearer(delegate.token()).delete("/api/v1/registrations/" + registration).status()).isEqualTo(200);
		assertThat(fixture.signedIn(delegate).get(form).body()).contains("id=\"reason-registration-cancelled\"")
			.doesNotContain("id=\"submit-form\"");

		// No organisation at all.
		Person nobody = pilot.person("nobody", Set.of());
		assertThat(reasons(fixture.signedIn(nobody).get(form).body())).contains("You take part for no organisation yet");

		// An SME not approved for the pilot.
		Person smeRep = pilot.person("sme-rep", Set.of());
		pilot.sme(smeRep, "Thimphu Signals " + smeRep.id(), "BT", 8, 50_000, "USD");
		assertThat(reasons(fixture.signedIn(smeRep).get(form).body()))
			.contains("Thimphu Signals " + smeRep.id() + " is not approved for the pilot");

		// An SME approved for another pilot group; and the same SME before a group that is not in the pilot.
		Person approvedRep = pilot.person("approved-rep", Set.of());
		Person dfp = pilot.dfp("KG");
		String sme = pilot.sme(approvedRep, "Bishkek Links " + approvedRep.id(), "KG", 8, 50_000, "USD");
		String request = pilot.submit(approvedRep, sme, "ITU-D-SG1").json().path("id").asString();
		assertThat(pilot.decide(dfp, request, "APPROVE", null).status()).isEqualTo(200);
		assertThat(reasons(fixture.signedIn(approvedRep).get(form).body()))
			.contains("Bishkek Links " + approvedRep.id() + " is approved for ITU-D-SG1; ITU-T-SG16 is not one of its pilot study groups.");
		String security = fixture.meeting("ITU-T-SG17", LocalDate.now().plusDays(10));
		assertThat(reasons(fixture.signedIn(approvedRep).get("/meetings/" + security + "/documents").body()))
			.contains("ITU-T-SG17 is not one of the pilot’s study groups");
	}

	@Test
	void theSecretariatIsToldItDoesNotSubmitWithoutARegistration() {
		String meeting = fixture.meeting("ITU-T-SG20", LocalDate.now().plusDays(10));
		String html = fixture.signedIn(pilot.person("staff", Set.of("SECRETARIAT"))).get("/meetings/" + meeting + "/documents").body();
		assertThat(html).contains("id=\"why-not\"").doesNotContain("id=\"submit-form\"");
		assertThat(List.of("reason-no-organization", "reason-not-registered")).anyMatch(html::contains);
	}
}
