package org.sgbridge.pilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.directory.FocalPoints;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Destructive actions on the pages ask first, without JavaScript: the form posts to a step that
 * shows what will change and changes nothing; only the confirmed post acts. The API keeps acting
 * at once.
 */
class ConfirmationPagesTests extends ApiTest {

	@Autowired
	FocalPoints focalPoints;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private PageClient signedIn(Person person) {
		PageClient client = new PageClient(port);
		assertThat(client.signIn(person.email(), TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
		return client;
	}

	@Test
	void replacingFocalPointsShowsTheCurrentOnesFirstRefusesAnEmptyFieldAndCanBeUndone() {
		Person before = pilot.dfp("CL");
		Person after = pilot.person("dfp-cl-new", Set.of());
		PageClient staff = signedIn(pilot.person("staff", Set.of("SECRETARIAT")));

		// Left empty: refused, naming the field; Chile keeps its focal point.
		HttpResponse<String> empty = staff.post("/pilot/overview", "/pilot/focal-points", Map.of("country", "CL", "emails", " "));
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("E-mail addresses of their accounts: enter at least one address")
			.doesNotContain("The focal points are designated");
		assertThat(focalPoints.ofState("CL")).containsExactly(before.id());

		// The first step shows who is a focal point now and who will be, and changes nothing.
		HttpResponse<String> ask = staff.post("/pilot/overview", "/pilot/focal-points", Map.of("country", "CL", "emails", after.email()));
		assertThat(ask.statusCode()).isEqualTo(200);
		assertThat(ask.body()).contains("Replace the focal points of Chile?");
		assertThat(section(ask.body(), "dfp-now")).contains(before.email()).doesNotContain(after.email());
		assertThat(section(ask.body(), "dfp-after")).contains(after.email()).doesNotContain(before.email());
		assertThat(section(ask.body(), "dfp-leaving")).contains(before.email());
		assertThat(ask.body()).contains("name=\"confirmed\" value=\"true\"").contains("id=\"cancel\"");
		assertThat(focalPoints.ofState("CL")).containsExactly(before.id());

		HttpResponse<String> done = staff.post("/pilot/overview", "/pilot/focal-points",
				Map.of("country", "CL", "emails", after.email(), "confirmed", "true"));
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(focalPoints.ofState("CL")).containsExactly(after.id());

		// The notice offers the previous focal points back; one click designates them again.
		String overview = staff.get("/pilot/overview").body();
		assertThat(overview).contains("id=\"dfp-undo\"").contains(before.email());
		HttpResponse<String> undone = staff.post("/pilot/overview", "/pilot/focal-points",
				Map.of("country", "CL", "emails", before.email(), "confirmed", "true"));
		assertThat(undone.statusCode()).isEqualTo(302);
		assertThat(focalPoints.ofState("CL")).containsExactly(before.id());
	}

	@Test
	void anAdmissionDecisionIsConfirmedBeforeItIsMade() {
		Person dfp = pilot.dfp("BJ");
		Person rep = pilot.person("rep-bj", Set.of());
		String first = pilot.submit(rep, pilot.sme(rep, "Cotonou Fibre SARL", "BJ", 20, 1000, "XOF"), "ITU-T-SG20")
			.json().path("id").asString();
		String second = pilot.submit(rep, pilot.sme(rep, "Porto-Novo Radio SARL", "BJ", 20, 1000, "XOF"), "ITU-D-SG2")
			.json().path("id").asString();
		PageClient focal = signedIn(dfp);

		HttpResponse<String> ask = focal.post("/pilot/requests/" + first, "/pilot/requests/" + first + "/decision",
				Map.of("decision", "APPROVE"));
		assertThat(ask.statusCode()).isEqualTo(200);
		assertThat(ask.body()).contains("Approve the request of Cotonou Fibre SARL?").contains("ITU-T-SG20").contains("Benin");
		assertThat(status(dfp, first)).isEqualTo("SUBMITTED");
		assertThat(focal.post("/pilot/requests/" + first, "/pilot/requests/" + first + "/decision",
				Map.of("decision", "APPROVE", "confirmed", "true")).statusCode()).isEqualTo(302);
		assertThat(status(dfp, first)).isEqualTo("APPROVED");

		// A rejection without a reason is refused at once; with one, the confirmation repeats it.
		assertThat(focal.post("/pilot/requests/" + second, "/pilot/requests/" + second + "/decision",
				Map.of("decision", "REJECT")).statusCode()).isEqualTo(422);
		HttpResponse<String> reject = focal.post("/pilot/requests/" + second, "/pilot/requests/" + second + "/decision",
				Map.of("decision", "REJECT", "reason", "Not an SME under the national definition."));
		assertThat(reject.statusCode()).isEqualTo(200);
		assertThat(section(reject.body(), "reason")).contains("Not an SME under the national definition.");
		assertThat(status(dfp, second)).isEqualTo("SUBMITTED");
		assertThat(focal.post("/pilot/requests/" + second, "/pilot/requests/" + second + "/decision",
				Map.of("decision", "REJECT", "reason", "Not an SME under the national definition.", "confirmed", "true")).statusCode())
			.isEqualTo(302);
		assertThat(status(dfp, second)).isEqualTo("REJECTED");
	}

	@Test
	void anInvitationNamesWhoWillBeMailedAndIsSentOnlyOnceConfirmed() {
		String email = TestAccounts.uniqueEmail("lusaka");
		Api.Response expressed = api.post("/api/v1/expressions-of-interest", Map.of("organizationName", "Lusaka Mesh Ltd",
				"country", "ZM", "email", email, "studyGroups", List.of("ITU-T-SG20")));
		assertThat(expressed.status()).as("%s", expressed).isEqualTo(201);
		String id = expressed.json().path("id").asString();
		PageClient staff = signedIn(pilot.person("staff", Set.of("SECRETARIAT")));
		int mails = mailbox.to(email, 10).size();

		HttpResponse<String> ask = staff.post("/pilot/overview", "/pilot/interest/" + id + "/invitation", Map.of());
		assertThat(ask.statusCode()).isEqualTo(200);
		assertThat(ask.body()).contains("Invite Lusaka Mesh Ltd to apply?").contains(email);
		assertThat(mailbox.to(email, 10)).hasSize(mails);
		assertThat(staff.post("/pilot/overview", "/pilot/interest/" + id + "/invitation", Map.of("confirmed", "true")).statusCode())
			.isEqualTo(302);
		assertThat(mailbox.to(email, 10)).hasSize(mails + 1);
	}

	@Test
	void cancellingARegistrationAndDecidingInBulkAreConfirmedWithWhatWillChange() {
		Person dfp = pilot.dfp("NA");
		Person delegate = pilot.person("delegate-na", Set.of());
		Person colleague = pilot.person("colleague-na", Set.of());
		String administration = pilot.administrationOf("NA");
		for (Person p : List.of(delegate, colleague)) {
			assertThat(api.bearer(pilot.secretariat()).post("/api/v1/organizations/" + administration + "/members",
					Map.of("accountId", p.id())).status()).isEqualTo(201);
		}
		String meeting = meeting("ITU-T-SG11", "Windhoek rapporteur group");
		String mine = register(delegate, meeting, administration);
		String theirs = register(colleague, meeting, administration);

		// The focal point ticks both: the confirmation lists them, nothing is decided yet.
		PageClient focal = signedIn(dfp);
		HttpResponse<String> ask = focal.postPairs("/meetings/validation", "/meetings/validation", "ids", mine, "ids", theirs,
				"decision", "APPROVE", "reason", "");
		assertThat(ask.statusCode()).isEqualTo(200);
		assertThat(section(ask.body(), "chosen")).contains("delegate-na").contains("colleague-na").contains("Windhoek rapporteur group");
		assertThat(ask.body()).contains("value=\"" + mine + "\"").contains("value=\"" + theirs + "\"");
		assertThat(registration(delegate, mine)).isEqualTo("PENDING_VALIDATION");
		assertThat(focal.postPairs("/meetings/validation", "/meetings/validation", "ids", mine, "ids", theirs,
				"decision", "APPROVE", "reason", "", "confirmed", "true").statusCode()).isEqualTo(302);
		assertThat(registration(delegate, mine)).isEqualTo("VALIDATED");
		assertThat(registration(colleague, theirs)).isEqualTo("VALIDATED");

		// The delegate cancels: asked first, with the meeting named.
		PageClient participant = signedIn(delegate);
		HttpResponse<String> cancel = participant.post("/meetings/registrations", "/meetings/registrations/" + mine + "/cancel", Map.of());
		assertThat(cancel.statusCode()).isEqualTo(200);
		assertThat(section(cancel.body(), "cancelled")).contains("Windhoek rapporteur group");
		assertThat(registration(delegate, mine)).isEqualTo("VALIDATED");
		assertThat(participant.post("/meetings/registrations", "/meetings/registrations/" + mine + "/cancel",
				Map.of("confirmed", "true")).statusCode()).isEqualTo(302);
		assertThat(registration(delegate, mine)).isEqualTo("CANCELLED");

		// The API's contract is unchanged: a DELETE cancels at once.
		Api.Response deleted = api.bearer(colleague.token()).delete("/api/v1/registrations/" + theirs);
		assertThat(deleted.status()).isEqualTo(200);
		assertThat(deleted.json().path("status").asString()).isEqualTo("CANCELLED");
	}

	private String status(Person who, String requestId) {
		return jdbc.sql("SELECT status FROM admission_request WHERE id = :id").param("id", requestId).query(String.class).single();
	}

	private String registration(Person who, String id) {
		return api.bearer(who.token()).get("/api/v1/registrations/" + id).json().path("status").asString();
	}

	private String meeting(String group, String title) {
		LocalDate today = LocalDate.now();
		Map<String, Object> body = new HashMap<>(Map.of("studyGroup", group, "kind", "RAPPORTEUR_GROUP", "title", title,
				"startDate", today.plusDays(30).toString(), "endDate", today.plusDays(34).toString(), "city", "Geneva",
				"country", "CH", "remoteParticipation", true, "registrationOpens", today.minusDays(1).toString(),
				"registrationCloses", today.plusDays(20).toString()));
		Api.Response created = api.bearer(pilot.secretariat()).post("/api/v1/meetings", body);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().path("id").asString();
	}

	private String register(Person who, String meetingId, String organizationId) {
		Api.Response r = api.bearer(who.token()).post("/api/v1/meetings/" + meetingId + "/registrations",
				Map.of("organizationId", organizationId, "mode", "IN_PERSON", "visaSupport", false));
		assertThat(r.status()).as("%s", r).isEqualTo(201);
		return r.json().path("id").asString();
	}

	/** The text of the list with that id on a confirmation page. */
	private static String section(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		assertThat(start).as("a list %s on the page", id).isPositive();
		return html.substring(start, html.indexOf("</ul>", start));
	}
}
