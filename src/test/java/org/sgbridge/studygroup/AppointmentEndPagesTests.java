package org.sgbridge.studygroup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The secretariat ends a leadership appointment on the study group's page: a first step shows the
 * appointment and the team as it will be and changes nothing; the confirmed step ends it and offers
 * to appoint the person again. Nobody else may.
 */
class AppointmentEndPagesTests extends ApiTest {

	@Autowired
	Leadership leadership;

	private PageClient signedIn(Person person) {
		PageClient client = new PageClient(port);
		assertThat(client.signIn(person.email(), TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
		return client;
	}

	/** A Sector Member's expert, appointed to the role in ITU-T SG12 through the API; the appointment's id. */
	private String appointed(Api staff, Person expert, String role, String question) {
		String company = staff.post("/api/v1/organizations", Map.of("name", "Chisinau Networks " + expert.email(),
				"kind", "SECTOR_MEMBER", "country", "MD")).json().path("id").asString();
		staff.post("/api/v1/organizations/" + company + "/members", Map.of("accountId", expert.id()));
		Api.Response appointed = staff.post("/api/v1/study-groups/ITU-T-SG12/appointments",
				question == null ? Map.of("accountId", expert.id(), "role", role)
						: Map.of("accountId", expert.id(), "role", role, "question", question));
		assertThat(appointed.status()).as("%s", appointed).isEqualTo(201);
		return appointed.json().path("id").asString();
	}

	private boolean current(String appointmentId) {
		return leadership.team("ITU-T-SG12").stream().anyMatch(a -> a.id().equals(appointmentId));
	}

	@Test
	void endingAnAppointmentIsConfirmedFirstShowingTheTeamAfterwardsAndCanBeUndone() {
		Person secretary = pilot.person("sg12-staff", Set.of("SECRETARIAT"));
		Api staff = api.bearer(secretary.token());
		Person leaving = pilot.person("sg12-leaving", Set.of());
		Person staying = pilot.person("sg12-staying", Set.of());
		String ending = appointed(staff, leaving, "VICE_CHAIR", null);
		String kept = appointed(staff, staying, "WORKING_PARTY_CHAIR", null);
		PageClient page = signedIn(secretary);

		String group = page.get("/study-groups/ITU-T-SG12").body();
		assertThat(group).contains("action=\"/appointments/" + ending + "/end\"").contains("id=\"end-" + ending + "\"");

		HttpResponse<String> ask = page.post("/study-groups/ITU-T-SG12", "/appointments/" + ending + "/end", Map.of());
		assertThat(ask.statusCode()).isEqualTo(200);
		assertThat(ask.body()).contains("End the appointment of sg12-leaving as Vice-chair of ITU-T-SG12?")
			.contains("name=\"confirmed\" value=\"true\"").contains("id=\"cancel\"");
		assertThat(section(ask.body(), "appointment")).contains("Vice-chair").contains("sg12-leaving");
		assertThat(section(ask.body(), "team-after")).contains("sg12-staying").doesNotContain("sg12-leaving");
		assertThat(current(ending)).as("nothing changes before confirming").isTrue();

		HttpResponse<String> done = page.post("/study-groups/ITU-T-SG12", "/appointments/" + ending + "/end",
				Map.of("confirmed", "true"));
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/study-groups/ITU-T-SG12");
		assertThat(current(ending)).isFalse();
		assertThat(current(kept)).isTrue();
		assertThat(api.get("/api/v1/study-groups/ITU-T-SG12/appointments").json().path("items")
			.findValuesAsString("id")).doesNotContain(ending).contains(kept);

		String after = page.get("/study-groups/ITU-T-SG12").body();
		assertThat(after).contains("The appointment of sg12-leaving as Vice-chair of ITU-T-SG12 has ended.")
			.contains("id=\"reappoint\"").contains("value=\"" + leaving.email() + "\"");
		// Ended once: a second end is not found, and the appointment stays ended.
		assertThat(page.post("/study-groups/ITU-T-SG12", "/appointments/" + ending + "/end", Map.of("confirmed", "true"))
			.statusCode()).isEqualTo(404);

		// The undo appoints the same person to the same role again, as a new appointment.
		HttpResponse<String> again = page.post("/study-groups/ITU-T-SG12", "/study-groups/ITU-T-SG12/appointments",
				Map.of("email", leaving.email(), "role", "VICE_CHAIR", "question", ""));
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(leadership.team("ITU-T-SG12")).anyMatch(a -> a.accountId().equals(leaving.id()) && a.role().equals("VICE_CHAIR"));
	}

	@Test
	void onlyTheSecretariatEndsAnAppointment() {
		Api staff = api.bearer(pilot.secretariat());
		Person holder = pilot.person("sg12-holder", Set.of());
		String appointment = appointed(staff, holder, "RAPPORTEUR", null);
		Person participant = pilot.person("sg12-participant", Set.of());
		PageClient page = signedIn(participant);
		assertThat(page.get("/study-groups/ITU-T-SG12").body()).doesNotContain("/appointments/" + appointment + "/end");
		assertThat(page.post("/study-groups/ITU-T-SG12", "/appointments/" + appointment + "/end", Map.of()).statusCode())
			.isEqualTo(403);
		assertThat(page.post("/study-groups/ITU-T-SG12", "/appointments/" + appointment + "/end", Map.of("confirmed", "true"))
			.statusCode()).isEqualTo(403);
		assertThat(current(appointment)).isTrue();
	}

	@Test
	void aRefusedAppointmentKeepsTheChosenRoleAndNamesTheRule() {
		Person secretary = pilot.person("sg12-appointer", Set.of("SECRETARIAT"));
		Person professor = pilot.person("sg12-professor", Set.of());
		String university = api.bearer(secretary.token()).post("/api/v1/organizations", Map.of("name",
				"Tirana Polytechnic " + professor.email(), "kind", "ACADEMIA", "country", "AL")).json().path("id").asString();
		api.bearer(secretary.token()).post("/api/v1/organizations/" + university + "/members", Map.of("accountId", professor.id()));
		PageClient page = signedIn(secretary);
		HttpResponse<String> refused = page.post("/study-groups/ITU-T-SG12", "/study-groups/ITU-T-SG12/appointments",
				Map.of("email", professor.email(), "role", "WORKING_PARTY_CHAIR", "question", ""));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("Chairs, vice-chairs and working party chairs come from Administrations and Sector Members")
			.contains("<option value=\"WORKING_PARTY_CHAIR\" selected=\"selected\">")
			.contains("value=\"" + professor.email() + "\"");
	}

	/** The text of the list with that id on a confirmation page. */
	private static String section(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		assertThat(start).as("a list %s on the page", id).isPositive();
		return html.substring(start, html.indexOf("</ul>", start));
	}
}
