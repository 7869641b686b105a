package org.sgbridge.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.PageRows;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestFiles;

/**
 * What the API lets a contribution's people do is on its page too, for the same people and by the
 * same rules: a source's member uploads a new version and withdraws it (after confirming); a
 * co-source's member confirms; a participant of another organisation is offered neither and is
 * refused when it posts anyway.
 */
class ContributionActionPagesTests extends ApiTest {

	ContributionPagesFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new ContributionPagesFixture(api, pilot, port);
	}

	private String status(Person who, String id) {
		return api.bearer(who.token()).get("/api/v1/contributions/" + id).json().path("status").asString();
	}

	@Test
	void aSourceRevisesAndWithdrawsAfterConfirmingAndAnotherOrganisationCannot() {
		LocalDate deadline = LocalDate.now().plusDays(10);
		String meeting = fixture.meeting("ITU-T-SG16", deadline);
		Person author = fixture.delegate("TJ", meeting);
		Person other = fixture.delegate("MV", meeting);
		String id = fixture.submit(author, meeting, "Tactile captions", "tactile", List.of()).json().path("id").asString();
		String page = "/contributions/" + id;

		// A participant of another organisation reads it, is offered no change, and is refused one.
		PageClient outsider = fixture.signedIn(other);
		String seen = outsider.get(page).body();
		assertThat(seen).contains("Tactile captions").doesNotContain("id=\"revise\"").doesNotContain("id=\"withdraw\"");
		HttpResponse<String> forced = outsider.post(page, page + "/withdraw", Map.of("confirmed", "true"));
		assertThat(forced.statusCode()).isEqualTo(403);
		assertThat(PageRows.text(PageRows.element(forced.body(), "div", "form-errors")))
			.contains("Only a member of one of its source organisations, or the secretariat, may change a contribution.");
		assertThat(outsider.postMultipart(page, page + "/revisions", Map.of(), "v2.pdf", TestFiles.pdf("v2")).statusCode())
			.isEqualTo(403);
		assertThat(status(author, id)).isEqualTo("SUBMITTED");

		// The author uploads a new version; a missing file is said beside the field.
		PageClient source = fixture.signedIn(author);
		assertThat(source.get(page).body()).contains("id=\"revise\"").contains("id=\"withdraw\"");
		HttpResponse<String> noFile = source.postMultipart(page, page + "/revisions", Map.of(), null, null);
		assertThat(noFile.statusCode()).isEqualTo(400);
		assertThat(noFile.body()).contains("id=\"file-error\"").contains("File: choose the file of the contribution.");
		HttpResponse<String> revised = source.postMultipart(page, page + "/revisions", Map.of(), "v2.docx",
				TestFiles.docx("Tactile captions, second version"));
		assertThat(revised.statusCode()).isEqualTo(302);
		assertThat(api.bearer(author.token()).get("/api/v1/contributions/" + id).json().path("revision").asInt()).isEqualTo(1);
		assertThat(PageRows.text(PageRows.element(source.get(page).body(), "span", "number"))).endsWith(" Rev.1");

		// Past the deadline the author is told why the upload is closed.
		clock.setInstant(deadline.plusDays(1).atTime(9, 0).toInstant(ZoneOffset.UTC));
		String late = source.get(page).body();
		assertThat(late).contains("id=\"revise-closed\"").doesNotContain("id=\"revise-submit\"");
		assertThat(PageRows.text(PageRows.element(late, "ul", "revise-closed"))).contains("The contribution deadline of this meeting passed on");
		clock.setInstant(null);

		// Withdrawing asks first, and changes nothing until confirmed.
		HttpResponse<String> ask = source.post(page, page + "/withdraw", Map.of());
		assertThat(ask.statusCode()).isEqualTo(200);
		assertThat(ask.body()).contains("Withdraw ").contains("name=\"confirmed\" value=\"true\"").contains("id=\"cancel\"");
		assertThat(PageRows.text(PageRows.element(ask.body(), "ul", "contribution"))).contains("Tactile captions");
		assertThat(status(author, id)).isEqualTo("SUBMITTED");
		HttpResponse<String> withdrawn = source.post(page, page + "/withdraw", Map.of("confirmed", "true"));
		assertThat(withdrawn.statusCode()).isEqualTo(302);
		assertThat(status(author, id)).isEqualTo("WITHDRAWN");
		String after = source.get(page).body();
		assertThat(PageRows.text(PageRows.element(after, "dd", "status"))).isEqualTo("Withdrawn");
		assertThat(after).doesNotContain("id=\"withdraw\"").contains("The contribution is withdrawn.");
		// its history from the audit trail: what was done, by whom, for which organisation
		assertThat(PageRows.text(PageRows.element(after, "ol", "history")))
			.containsSubsequence("Contribution submitted", "New version uploaded", "Contribution withdrawn")
			.contains("(for the organization)");
		assertThat(source.postMultipart(page, page + "/revisions", Map.of(), "v3.pdf", TestFiles.pdf("v3")).statusCode())
			.isEqualTo(409);
	}

	@Test
	void aCoSourcesMemberConfirmsOnThePageAndNobodyElseCan() {
		String meeting = fixture.meeting("ITU-T-SG16", LocalDate.now().plusDays(10));
		Person author = fixture.delegate("BB", meeting);
		Person industry = pilot.person("industry", java.util.Set.of());
		String company = fixture.organization(industry, "SECTOR_MEMBER", "Bridgetown Telecom " + industry.id(), "BB");
		Person stranger = fixture.delegate("KI", meeting);
		String id = fixture.submit(author, meeting, "Joint proposal", "joint", List.of(company)).json().path("id").asString();
		String page = "/contributions/" + id;

		// The co-source's member, not registered for the meeting, reads it and is offered to confirm.
		PageClient member = fixture.signedIn(industry);
		String html = member.get(page).body();
		assertThat(html).contains("id=\"confirm-sources\"").contains("id=\"confirm-" + company + "\"");
		assertThat(PageRows.text(PageRows.element(html, "ul", "sources"))).contains("Bridgetown Telecom " + industry.id() + " (waiting for confirmation)");

		// Someone else cannot confirm for it.
		PageClient other = fixture.signedIn(stranger);
		assertThat(other.get(page).body()).doesNotContain("id=\"confirm-sources\"");
		HttpResponse<String> refused = other.post(page, page + "/confirmation", Map.of("organizationId", company));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Only a member of an organisation may speak for it.");

		HttpResponse<String> confirmed = member.post(page, page + "/confirmation", Map.of("organizationId", company));
		assertThat(confirmed.statusCode()).isEqualTo(302);
		String after = member.get(page).body();
		assertThat(PageRows.text(PageRows.element(after, "ul", "sources"))).contains("Bridgetown Telecom " + industry.id() + " (confirmed)");
		assertThat(after).doesNotContain("id=\"confirm-sources\"");
		// every reader sees it in the contribution's history
		assertThat(PageRows.text(PageRows.element(other.get(page).body(), "ol", "history")))
			.containsSubsequence("Contribution submitted", "Co-source confirmed");
		// Confirmed once: a second time is a conflict, said on the page.
		assertThat(member.post(page, page + "/confirmation", Map.of("organizationId", company)).statusCode()).isEqualTo(409);
	}

	@Test
	void someoneWhoMayNotReadTheContributionIsToldItIsNotFound() {
		String meeting = fixture.meeting("ITU-T-SG20", LocalDate.now().plusDays(10));
		Person author = fixture.delegate("NR", meeting);
		String id = fixture.submit(author, meeting, "Private", "private", List.of()).json().path("id").asString();
		PageClient nobody = fixture.signedIn(pilot.person("nobody", java.util.Set.of()));
		assertThat(nobody.get("/contributions/" + id).statusCode()).isEqualTo(404);
		assertThat(nobody.post("/documents", "/contributions/" + id + "/withdraw", Map.of("confirmed", "true")).statusCode())
			.isEqualTo(404);
		assertThat(status(author, id)).isEqualTo("SUBMITTED");
	}
}
