package org.sgbridge.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sgbridge.meeting.MeetingFixtures.element;
import static org.sgbridge.meeting.MeetingFixtures.row;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
 * The list of meetings: searched by title, study group or place, filtered by sector, group and
 * upcoming or past, sorted, a page at a time with links that keep the query (every past meeting
 * within reach, the newest first), without JavaScript; the in-person places left on each row and on
 * a meeting's page.
 */
class MeetingListPagesTests extends ApiTest {

	MeetingFixtures fixtures;
	String token;

	@BeforeEach
	void setUp() {
		fixtures = new MeetingFixtures(api, pilot, port);
		token = "List" + java.util.UUID.randomUUID().toString().substring(0, 8);
	}

	private String get(String path) {
		var response = new PageClient(port).get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private static List<String> titles(String html) {
		List<String> titles = new ArrayList<>();
		Matcher m = Pattern.compile("<th scope=\"row\"[^>]*><a href=\"/meetings/[^\"]+\">([^<]+)</a>").matcher(html);
		while (m.find()) {
			titles.add(m.group(1));
		}
		return titles;
	}

	@Test
	void everyPastMeetingIsReachableNewestFirstThroughPageLinksThatKeepTheQuery() {
		for (int i = 1; i <= 23; i++) {
			fixtures.meeting(i % 2 == 0 ? "ITU-T-SG11" : "ITU-D-SG1", String.format("%s past %02d", token, i), -10 * i, 2, null);
		}
		fixtures.meeting("ITU-T-SG11", token + " upcoming", 20, 2, null);

		String first = get("/meetings?when=past&size=10&q=" + token);
		assertThat(element(first, "found")).contains("Meetings found: 23 (page 1 of 3)");
		assertThat(titles(first)).startsWith(token + " past 01", token + " past 02").hasSize(10).doesNotContain(token + " upcoming");
		String next = "/meetings?q=" + token + "&amp;when=past&amp;size=10&amp;page=2";
		assertThat(first).contains("href=\"" + next + "\"");

		Set<String> seen = new LinkedHashSet<>();
		for (int page = 1; page <= 3; page++) {
			seen.addAll(titles(get("/meetings?when=past&size=10&q=" + token + "&page=" + page)));
		}
		assertThat(seen).hasSize(23).endsWith(token + " past 23");
		// A page past the last shows the last; malformed values are the defaults, never an error.
		assertThat(titles(get("/meetings?when=past&size=10&q=" + token + "&page=99"))).containsExactly(token + " past 21",
				token + " past 22", token + " past 23");
		assertThat(titles(get("/meetings?when=nonsense&size=7&page=abc&sort=zz&sector=XX&q=" + token)))
			.containsExactly(token + " upcoming");
		// The old address of past meetings still works.
		assertThat(titles(get("/meetings?past=true&size=10&q=" + token))).hasSize(10).startsWith(token + " past 01");
	}

	@Test
	void searchFindsATitleAStudyGroupOrAPlaceAndFiltersNarrowIt() {
		fixtures.meeting("ITU-T-SG16", "STUDY_GROUP", token + " codecs", LocalDate.now().plusDays(30), LocalDate.now().plusDays(33),
				LocalDate.now().minusDays(1), LocalDate.now().plusDays(20), "Ljubljana", 80);
		fixtures.meeting("ITU-D-SG2", "STUDY_GROUP", token + " e-health", LocalDate.now().plusDays(40), LocalDate.now().plusDays(43),
				LocalDate.now().minusDays(1), LocalDate.now().plusDays(20), null, null);
		fixtures.meeting("ITU-T-SG20", "WORKSHOP", "Zebra " + token, LocalDate.now().plusDays(50), LocalDate.now().plusDays(50),
				LocalDate.now().minusDays(1), LocalDate.now().plusDays(20), "Geneva", null);

		assertThat(titles(get("/meetings?q=" + token))).containsExactly(token + " codecs", token + " e-health", "Zebra " + token);
		assertThat(titles(get("/meetings?sort=title&q=" + token))).containsExactly(token + " codecs", token + " e-health",
				"Zebra " + token);
		assertThat(titles(get("/meetings?sort=place&q=" + token))).containsExactly("Zebra " + token, token + " codecs",
				token + " e-health");
		assertThat(titles(get("/meetings?sort=group&q=" + token))).containsExactly(token + " codecs", "Zebra " + token,
				token + " e-health");
		assertThat(titles(get("/meetings?sector=ITU-D&q=" + token))).containsExactly(token + " e-health");
		assertThat(titles(get("/meetings?studyGroup=ITU-T-SG20&q=" + token))).containsExactly("Zebra " + token);
		// The place and the group, as people write them.
		assertThat(titles(get("/meetings?q=ljubljana&size=100"))).contains(token + " codecs").doesNotContain(token + " e-health");
		List<String> sg16 = titles(get("/meetings?q=" + URLEncoder.encode("ITU-T SG16", StandardCharsets.UTF_8) + "&size=100"));
		assertThat(sg16).contains(token + " codecs").doesNotContain("Zebra " + token);
		// The search form says what it holds, with labels, and works as a plain GET.
		String page = get("/meetings?sector=ITU-D&q=" + token + "&sort=title");
		assertThat(element(page, "meeting-search")).contains("method=\"get\"").contains("<label for=\"q\"")
			.contains("<label for=\"sector\"").contains("<label for=\"studyGroup\"").contains("<label for=\"when\"")
			.contains("<label for=\"sort\"").contains("<label for=\"size\"");
		assertThat(page).containsPattern("<option value=\"ITU-D\" selected").containsPattern("<option value=\"title\" selected");
		assertThat(titles(get("/meetings?q=" + token + "nothing"))).isEmpty();
		assertThat(get("/meetings?q=" + token + "nothing")).contains("No meeting matches this search.");
	}

	@Test
	void theRowAndTheMeetingsPageShowTheInPersonPlacesLeft() {
		String room = fixtures.meeting("ITU-T-SG5", token + " small room", 30, 2, 3);
		String full = fixtures.meeting("ITU-T-SG5", token + " full room", 31, 2, 1);
		fixtures.meeting("ITU-T-SG5", token + " open room", 32, 2, null);
		fixtures.meeting("ITU-T-SG5", "STUDY_GROUP", token + " online", LocalDate.now().plusDays(33), LocalDate.now().plusDays(33),
				LocalDate.now().minusDays(1), LocalDate.now().plusDays(20), null, null);
		Person inPerson = fixtures.delegate("delegate-jm", "JM");
		Person remote = fixtures.delegate("remote-jm", "JM");
		String administration = pilot.administrationOf("JM");
		fixtures.registered(inPerson, room, administration, "IN_PERSON");
		fixtures.registered(remote, room, administration, "REMOTE");
		fixtures.registered(inPerson, full, administration, "IN_PERSON");

		String list = get("/meetings?q=" + token);
		assertThat(row(list, token + " small room")).contains("2 of 3 left");
		assertThat(row(list, token + " full room")).contains("Full (1 places)");
		assertThat(row(list, token + " open room")).contains("No limit");
		assertThat(row(list, token + " online")).contains("Online only");
		assertThat(element(get("/meetings/" + room), "places")).contains("2 of 3 left");

		// A cancelled registration frees its place.
		var mine = api.bearer(inPerson.token()).get("/api/v1/registrations").json().path("items");
		for (var r : mine) {
			if (r.path("meetingId").asString().equals(room)) {
				assertThat(api.bearer(inPerson.token()).delete("/api/v1/registrations/" + r.path("id").asString()).status()).isEqualTo(200);
			}
		}
		assertThat(element(get("/meetings/" + room), "places")).contains("3 of 3 left");
	}
}
