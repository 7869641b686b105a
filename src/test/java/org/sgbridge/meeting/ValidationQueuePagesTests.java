package org.sgbridge.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sgbridge.meeting.MeetingFixtures.element;
import static org.sgbridge.meeting.MeetingFixtures.row;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.PilotFixtures.Person;

/**
 * The validation queue: narrowed to a meeting and to a name, a page at a time; a box that ticks all
 * the rows (a script's comfort) and a button that validates all shown (without one); a refusal that
 * keeps the ticks and names the registrations refused and why. Only focal points and the
 * secretariat open it, and each sees only its own registrations.
 */
class ValidationQueuePagesTests extends ApiTest {

	MeetingFixtures fixtures;
	Person dfp;
	String administration;
	String meetingA;
	String meetingB;
	List<String> registrations;
	String token;

	@BeforeEach
	void twelveDelegatesOfCambodiaWaitOverTwoMeetings() {
		fixtures = new MeetingFixtures(api, pilot, port);
		dfp = pilot.dfp("KH");
		administration = pilot.administrationOf("KH");
		token = "Queue" + java.util.UUID.randomUUID().toString().substring(0, 6);
		meetingA = fixtures.meeting("ITU-T-SG16", token + " Phnom Penh workshop", 30, 2, null);
		meetingB = fixtures.meeting("ITU-T-SG20", token + " Siem Reap forum", 35, 2, null);
		registrations = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			Person delegate = fixtures.delegate(String.format("kh%02d-%s", i, token.toLowerCase()), "KH");
			registrations.add(fixtures.registered(delegate, i < 8 ? meetingA : meetingB, administration, "REMOTE"));
		}
	}

	private static List<String> ids(String html) {
		List<String> ids = new ArrayList<>();
		Matcher m = Pattern.compile("name=\"ids\" value=\"([^\"]+)\"").matcher(html);
		while (m.find()) {
			ids.add(m.group(1));
		}
		return ids;
	}

	@Test
	void theQueueIsFilteredByMeetingAndNameAndPagedWithLinksThatKeepTheFilter() {
		PageClient focal = fixtures.signedIn(dfp);
		// Earlier tests left Cambodia's other delegates waiting: these are found by their names.
		String ours = "q=" + token.toLowerCase();
		String all = focal.get("/meetings/validation?size=10&" + ours).body();
		assertThat(element(all, "meeting")).contains(token + " Phnom Penh workshop").contains("8 waiting")
			.contains(token + " Siem Reap forum").contains("4 waiting");
		assertThat(ids(all)).hasSize(10).containsExactlyElementsOf(registrations.subList(0, 10));
		assertThat(all).contains("href=\"/meetings/validation?" + ours + "&amp;size=10&amp;page=2\"");
		assertThat(ids(focal.get("/meetings/validation?size=10&page=2&" + ours).body()))
			.containsExactlyElementsOf(registrations.subList(10, 12));

		String onlyB = focal.get("/meetings/validation?meeting=" + meetingB).body();
		assertThat(ids(onlyB)).containsExactlyElementsOf(registrations.subList(8, 12));
		assertThat(onlyB).containsPattern("<option value=\"" + meetingB + "\" selected");
		String byName = focal.get("/meetings/validation?q=kh03-" + token.toLowerCase()).body();
		assertThat(ids(byName)).containsExactly(registrations.get(3));
		assertThat(ids(focal.get("/meetings/validation?q=Cambodia&meeting=" + meetingA).body())).hasSize(8);

		// The box that ticks all is hidden until its script shows it; the script is a file, not inline.
		assertThat(all).containsPattern("id=\"select-all\"[^>]*hidden").contains("<script defer src=\"/js/select-all.js\"></script>")
			.contains("id=\"validate-shown\"");
		assertThat(new PageClient(port).get("/js/select-all.js").body()).contains("data-sg-select-all").contains("hidden = false");
	}

	@Test
	void validatingAllShownWorksWithoutJavaScriptAfterAConfirmation() {
		PageClient focal = fixtures.signedIn(dfp);
		String page = "/meetings/validation?meeting=" + meetingB;
		List<String> shown = registrations.subList(8, 12);
		List<String> pairs = new ArrayList<>(List.of("decision", "APPROVE_SHOWN", "meeting", meetingB, "reason", ""));
		shown.forEach(id -> pairs.addAll(List.of("shown", id)));
		HttpResponse<String> ask = focal.postPairs(page, "/meetings/validation", pairs.toArray(String[]::new));
		assertThat(ask.statusCode()).isEqualTo(200);
		assertThat(element(ask.body(), "chosen")).contains(token + " Siem Reap forum").doesNotContain(token + " Phnom Penh");
		pairs.addAll(List.of("confirmed", "true"));
		HttpResponse<String> done = focal.postPairs(page, "/meetings/validation", pairs.toArray(String[]::new));
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(done.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(page));
		for (String id : shown) {
			assertThat(status(id)).isEqualTo("VALIDATED");
		}
		assertThat(status(registrations.get(0))).isEqualTo("PENDING_VALIDATION");
	}

	@Test
	void aRejectionWithoutAReasonKeepsTheTicksAndCancellingTheConfirmationDoesToo() {
		PageClient focal = fixtures.signedIn(dfp);
		String page = "/meetings/validation?meeting=" + meetingA;
		HttpResponse<String> refused = focal.postPairs(page, "/meetings/validation", "ids", registrations.get(1), "ids",
				registrations.get(2), "decision", "REJECT", "reason", " ", "meeting", meetingA);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(element(refused.body(), "reason-error")).contains("Give the reason for the rejection");
		assertThat(refused.body()).containsPattern("value=\"" + registrations.get(1) + "\"[^>]*checked")
			.containsPattern("value=\"" + registrations.get(2) + "\"[^>]*checked")
			.doesNotContainPattern("value=\"" + registrations.get(3) + "\"[^>]*checked")
			.containsPattern("<option value=\"" + meetingA + "\" selected");

		HttpResponse<String> ask = focal.postPairs(page, "/meetings/validation", "ids", registrations.get(1), "decision", "APPROVE",
				"reason", "", "meeting", meetingA);
		Matcher cancel = Pattern.compile("id=\"cancel\"[^>]*href=\"([^\"]+)\"|href=\"([^\"]+)\"[^>]*id=\"cancel\"").matcher(ask.body());
		assertThat(cancel.find()).isTrue();
		String back = (cancel.group(1) != null ? cancel.group(1) : cancel.group(2)).replace("&amp;", "&");
		assertThat(back).contains("ticked=" + registrations.get(1)).contains("meeting=" + meetingA);
		assertThat(focal.get(back).body()).containsPattern("value=\"" + registrations.get(1) + "\"[^>]*checked");
	}

	@Test
	void aBulkDecisionThatIsPartlyRefusedNamesWhichAndWhyAndKeepsThem() {
		// Another state's registration, ticked by this focal point (a forged form), and one already decided.
		Person otherDfp = pilot.dfp("CR");
		Person costaRican = fixtures.delegate("delegate-cr", "CR");
		String theirs = fixtures.registered(costaRican, meetingA, pilot.administrationOf("CR"), "REMOTE");
		assertThat(otherDfp.id()).isNotEqualTo(dfp.id());
		PageClient focal = fixtures.signedIn(dfp);
		assertThat(focal.get("/meetings/validation?meeting=" + meetingA).body()).doesNotContain(theirs);
		assertThat(api.bearer(dfp.token()).post("/api/v1/registrations/" + registrations.get(5) + "/validation",
				java.util.Map.of("decision", "APPROVE")).status()).isEqualTo(200);

		HttpResponse<String> done = focal.postPairs("/meetings/validation", "/meetings/validation", "ids", registrations.get(4), "ids",
				registrations.get(5), "ids", theirs, "decision", "APPROVE", "reason", "", "confirmed", "true");
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(status(registrations.get(4))).isEqualTo("VALIDATED");
		String after = focal.get(done.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")).body();
		assertThat(element(after, "validation-done")).contains("Decided: 1. Refused: 2.");
		String refusals = element(after, "validation-refusals");
		assertThat(refusals).contains("kh05-" + token.toLowerCase()).contains(token + " Phnom Penh workshop")
			.contains("This has already been decided")
			.contains("You are not the focal point responsible for this registration").doesNotContain("delegate-cr");
		assertThat(status(theirs)).isEqualTo("PENDING_VALIDATION");
	}

	@Test
	void onlyFocalPointsAndTheSecretariatOpenTheQueueAndEachSeesItsOwn() {
		Person participant = fixtures.delegate("participant-kh", "KH");
		PageClient someone = fixtures.signedIn(participant);
		assertThat(someone.get("/meetings/validation").statusCode()).isEqualTo(403);
		assertThat(someone.postPairs("/meetings", "/meetings/validation", "ids", registrations.get(0), "decision", "APPROVE",
				"confirmed", "true").statusCode()).isEqualTo(403);
		assertThat(status(registrations.get(0))).isEqualTo("PENDING_VALIDATION");

		Person otherDfp = pilot.dfp("HN");
		String theirs = fixtures.signedIn(otherDfp).get("/meetings/validation?size=100").body();
		assertThat(theirs).doesNotContain(token);
		assertThat(row(fixtures.signedIn(dfp).get("/meetings/validation?meeting=" + meetingA).body(), "kh00-" + token.toLowerCase()))
			.contains(token + " Phnom Penh workshop");
	}

	private String status(String id) {
		return api.bearer(pilot.secretariat()).get("/api/v1/registrations/" + id).json().path("status").asString();
	}
}
