package org.sgbridge.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sgbridge.meeting.MeetingFixtures.element;
import static org.sgbridge.meeting.MeetingFixtures.row;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.PilotFixtures.Person;

/**
 * Eligibility up front: the list of meetings and a meeting's page tell a signed-in person, before it
 * submits, which meetings it may not register for and the rule that says so (the registration's own
 * policy); a refusal after submitting names the same rule, and the form comes back as it was typed.
 */
class EligibilityPagesTests extends ApiTest {

	private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	MeetingFixtures fixtures;
	Person rep;
	String sme;
	String token;

	@BeforeEach
	void anSmeApprovedForTwoGroupsAndWaitingForAThird() {
		fixtures = new MeetingFixtures(api, pilot, port);
		Person dfp = pilot.dfp("MG");
		rep = pilot.person("rep-mg", Set.of());
		token = "Eligibility " + rep.email();
		sme = fixtures.sme(rep, "Antananarivo Codecs " + rep.email(), "MG", dfp, new String[] { "ITU-T-SG16", "ITU-D-SG2" },
				"ITU-T-SG20");
	}

	@Test
	void theListMarksEachMeetingTheSmeMayNotRegisterForWithItsRule() {
		String sg17 = fixtures.meeting("ITU-T-SG17", token + " security", 30, 3, null);
		String sg20 = fixtures.meeting("ITU-T-SG20", token + " smart cities", 31, 3, null);
		String sg5 = fixtures.meeting("ITU-T-SG5", token + " circular economy", 32, 3, null);
		String sg16 = fixtures.meeting("ITU-T-SG16", token + " multimedia", 33, 3, null);
		LocalDate closedOn = LocalDate.now().minusDays(2);
		fixtures.meeting("ITU-D-SG2", "STUDY_GROUP", token + " closed", LocalDate.now().plusDays(10), LocalDate.now().plusDays(12),
				LocalDate.now().minusDays(20), closedOn, "Geneva", null);

		String page = fixtures.signedIn(rep).get("/meetings?size=50&q=" + token.replace(" ", "+")).body();
		String name = "Antananarivo Codecs " + rep.email();
		assertThat(row(page, token + " security"))
			.contains(name + " is approved for ITU-D SG2 and ITU-T SG16; ITU-T SG17 is not in the pilot.")
			.doesNotContain("name=\"meetingIds\"");
		assertThat(row(page, token + " smart cities"))
			.contains("The request of " + name + " to join ITU-T SG20 is awaiting its Administration’s decision.")
			.contains("href=\"/pilot\"");
		assertThat(row(page, token + " circular economy")).contains("it has not asked to join ITU-T SG5.");
		assertThat(row(page, token + " multimedia")).contains("name=\"meetingIds\"").contains("value=\"" + sg16 + "\"")
			.doesNotContain("sg-refusal");
		assertThat(row(page, token + " closed")).contains("Registration closed on " + closedOn.format(ENGLISH_DAY) + ".")
			.doesNotContain("name=\"meetingIds\"");
		assertThat(row(page, token + " security")).contains("href=\"/meetings/" + sg17 + "\"");

		// A meeting's own page says the same, and offers no form.
		String meetingPage = fixtures.signedIn(rep).get("/meetings/" + sg17).body();
		assertThat(element(meetingPage, "refusals")).contains("ITU-T SG17 is not in the pilot.");
		assertThat(meetingPage).doesNotContain("id=\"register\"");
		String eligible = fixtures.signedIn(rep).get("/meetings/" + sg16).body();
		assertThat(element(eligible, "register")).contains("value=\"" + sme + "\"").contains("name=\"meetingIds\"");
		assertThat(sg20).isNotEqualTo(sg5);
	}

	@Test
	void theRefusalAfterSubmittingNamesTheRuleAndTheFormKeepsWhatWasTyped() {
		String sg17 = fixtures.meeting("ITU-T-SG17", token + " security", 30, 3, null);
		LocalDate first = LocalDate.now().plusDays(40);
		String inPersonOnly = fixtures.meeting("ITU-T-SG16", "RAPPORTEUR_GROUP", token + " in person only", first, first.plusDays(1),
				LocalDate.now().minusDays(1), first.minusDays(1), "Ljubljana", null);
		Api.Response changed = fixtures.staff().put("/api/v1/meetings/" + inPersonOnly, Map.of("studyGroup", "ITU-T-SG16", "kind", "RAPPORTEUR_GROUP",
				"title", token + " in person only", "startDate", first.toString(), "endDate", first.plusDays(1).toString(), "city",
				"Ljubljana", "country", "SI", "remoteParticipation", false, "registrationOpens", LocalDate.now().minusDays(1).toString(),
				"registrationCloses", first.minusDays(1).toString()));
		assertThat(changed.status()).as("%s", changed).isEqualTo(200);
		PageClient page = fixtures.signedIn(rep);
		String list = "/meetings?size=50&q=" + token.replace(" ", "+");

		HttpResponse<String> refused = page.postPairs(list, "/meetings/registrations", "meetingIds", inPersonOnly, "meetingIds", sg17,
				"organizationId", sme, "mode", "REMOTE", "visaSupport", "true", "q", token, "size", "50");
		assertThat(refused.statusCode()).isEqualTo(422);
		String body = refused.body();
		assertThat(element(body, "form-errors")).contains("None of the meetings ticked could be registered");
		assertThat(element(body, "m-" + inPersonOnly + "-error")).contains("This meeting takes no remote participants");
		assertThat(element(body, "m-" + sg17)).contains("ITU-T SG17 is not in the pilot.");
		assertThat(element(body, "m-" + inPersonOnly + "-error")).contains(token + " in person only");
		// What was typed is still there: the tick, the mode, the visa letter, the organisation, the search.
		assertThat(row(body, token + " in person only")).containsPattern("value=\"" + inPersonOnly + "\"[^>]*checked");
		assertThat(body).containsPattern("id=\"mode-remote\"[^>]*checked").containsPattern("id=\"visaSupport\"[^>]*checked")
			.containsPattern("<option value=\"" + sme + "\" selected")
			.containsPattern("id=\"q\"[^>]*value=\"" + java.util.regex.Pattern.quote(token) + "\"");

		// The API names the same rule in its problem detail.
		Api.Response api = fixtures.register(rep, sg17, sme, "REMOTE");
		assertThat(api.status()).isEqualTo(422);
		assertThat(api.problem()).isEqualTo("not-entitled");
		assertThat(api.json().path("detail").asString()).contains("ITU-T SG17 is not in the pilot.");

		// Ticked from the meeting's page, the refusal comes back on that page.
		HttpResponse<String> fromMeeting = page.postPairs("/meetings/" + inPersonOnly, "/meetings/registrations", "meetingIds",
				inPersonOnly, "organizationId", sme, "mode", "REMOTE", "from", "meeting");
		assertThat(fromMeeting.statusCode()).isEqualTo(422);
		assertThat(element(fromMeeting.body(), "m-" + inPersonOnly)).contains("This meeting takes no remote participants");
		assertThat(fromMeeting.body()).contains("<h1>" + token + " in person only</h1>");
	}

	@Test
	void nothingTickedIsRefusedBesideTheListWithTheChoicesKept() {
		fixtures.meeting("ITU-T-SG16", token + " multimedia", 30, 3, null);
		PageClient page = fixtures.signedIn(rep);
		HttpResponse<String> none = page.postPairs("/meetings", "/meetings/registrations", "organizationId", sme, "mode", "REMOTE",
				"q", token);
		assertThat(none.statusCode()).isEqualTo(400);
		assertThat(element(none.body(), "meetingIds-error")).isNotEmpty();
		assertThat(none.body()).containsPattern("id=\"mode-remote\"[^>]*checked");
		assertThat(none.body()).contains(token + " multimedia");
	}

	@Test
	void aRegistrationThatSucceedsIsShownOnTheRowAndOneWithoutAnOrganisationIsToldItsNextStep() {
		String sg16 = fixtures.meeting("ITU-T-SG16", token + " multimedia", 30, 3, null);
		PageClient page = fixtures.signedIn(rep);
		HttpResponse<String> done = page.postPairs("/meetings", "/meetings/registrations", "meetingIds", sg16, "organizationId", sme,
				"mode", "REMOTE");
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(row(page.get("/meetings?size=50&q=" + token.replace(" ", "+")).body(), token + " multimedia"))
			.contains("You are registered: Waiting for validation").doesNotContain("name=\"meetingIds\"");

		Person newcomer = pilot.person("newcomer-mg", Set.of());
		String list = fixtures.signedIn(newcomer).get("/meetings?q=" + token.replace(" ", "+")).body();
		assertThat(element(list, "no-organization")).contains("You take part for no organisation yet")
			.contains("href=\"/pilot#h-new-company\"");
		assertThat(list).doesNotContain("name=\"meetingIds\"");
		assertThat(element(fixtures.signedIn(newcomer).get("/meetings/" + sg16).body(), "no-organization"))
			.contains("href=\"/pilot#h-new-company\"");
	}
}
