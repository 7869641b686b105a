package org.sgbridge.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.PageRows;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The lists of contributions: all those a person may read (search by number, title or source; study
 * group, meeting and status; sort; pages) and a meeting's (also a word of the text), in SQL, in a
 * fixed number of queries; never what the person may not read; an address not understood is said.
 */
@Import(StatementCounter.Config.class)
class DocumentListPagesTests extends ApiTest {

	@Autowired
	StatementCounter statements;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	ContributionPagesFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new ContributionPagesFixture(api, pilot, port);
	}

	private static String word() {
		return "d" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
	}

	private static List<String> titles(String html) {
		return PageRows.rows(html, "documents").stream().map(r -> r.get(1)).toList();
	}

	@Test
	void aParticipantSearchesFiltersSortsAndPagesTheDocumentsItMayRead() {
		String w = word();
		String sg16 = fixture.meeting("ITU-T-SG16", LocalDate.now().plusDays(10));
		String sg20 = fixture.meeting("ITU-T-SG20", LocalDate.now().plusDays(10));
		Person author = fixture.delegate("TV", sg16, sg20);
		fixture.submit(author, sg16, "Charlie " + w, "lighthouse", List.of());
		String bravo = fixture.submit(author, sg16, "Bravo " + w, "keel", List.of()).json().path("id").asString();
		fixture.submit(author, sg16, "Alpha " + w, "mast", List.of());
		var delta = fixture.submit(author, sg20, "Delta " + w, "rudder", List.of()).json();
		assertThat(api.bearer(author.token()).post("/api/v1/contributions/" + bravo + "/withdrawal", Map.of()).status()).isEqualTo(200);
		PageClient page = fixture.signedIn(author);

		assertThat(titles(page.get("/documents?q=" + w).body())).hasSize(4);
		assertThat(titles(page.get("/documents?q=" + w + "&sort=title").body()))
			.containsExactly("Alpha " + w, "Bravo " + w, "Charlie " + w, "Delta " + w);
		assertThat(titles(page.get("/documents?q=" + w + "&status=WITHDRAWN").body())).containsExactly("Bravo " + w);
		assertThat(titles(page.get("/documents?q=" + w + "&studyGroup=ITU-T-SG20").body())).containsExactly("Delta " + w);
		assertThat(titles(page.get("/documents?q=" + w + "&meeting=" + sg16 + "&sort=title").body()))
			.containsExactly("Alpha " + w, "Bravo " + w, "Charlie " + w);
		// By number; by its source's name; in any case.
		assertThat(titles(page.get("/documents?q=" + delta.path("number").asString()).body())).containsExactly("Delta " + w);
		assertThat(titles(page.get("/documents?q=ALPHA+" + w.toUpperCase()).body())).containsExactly("Alpha " + w);

		// Pages keep the search, the filters and the order.
		HttpResponse<String> second = page.get("/documents?q=" + w + "&sort=title&size=2&page=2");
		assertThat(titles(second.body())).containsExactly("Charlie " + w, "Delta " + w);
		assertThat(PageRows.links(second.body(), "nav", "pager")).contains("/documents?q=" + w + "&sort=title&size=2");

		// The meeting's page: newest first, a status, a word of the file's text.
		String meetingPage = "/meetings/" + sg16 + "/documents";
		assertThat(titles(page.get(meetingPage + "?q=" + w + "&sort=newest").body()))
			.containsExactly("Alpha " + w, "Bravo " + w, "Charlie " + w);
		assertThat(titles(page.get(meetingPage + "?q=" + w + "&status=SUBMITTED&sort=title").body()))
			.containsExactly("Alpha " + w, "Charlie " + w);
		assertThat(titles(page.get(meetingPage + "?q=lighthouse").body())).containsExactly("Charlie " + w);
		assertThat(page.get("/documents?q=lighthouse").body()).doesNotContain("Charlie " + w);
	}

	@Test
	void nobodySeesADocumentItMayNotRead() {
		String w = word();
		String sg16 = fixture.meeting("ITU-T-SG16", LocalDate.now().plusDays(10));
		String sg20 = fixture.meeting("ITU-T-SG20", LocalDate.now().plusDays(10));
		Person author = fixture.delegate("WS", sg16, sg20);
		String kept = fixture.submit(author, sg16, "Kept " + w, "kept", List.of()).json().path("id").asString();
		fixture.submit(author, sg20, "Other meeting " + w, "other", List.of());
		Person sg20Only = fixture.delegate("TO", sg20);
		Person outsider = pilot.person("outsider", java.util.Set.of());

		assertThat(titles(fixture.signedIn(sg20Only).get("/documents?q=" + w).body())).containsExactly("Other meeting " + w);
		assertThat(titles(fixture.signedIn(sg20Only).get("/meetings/" + sg16 + "/documents?q=" + w).body())).isEmpty();
		PageClient stranger = fixture.signedIn(outsider);
		assertThat(titles(stranger.get("/documents?q=" + w).body())).isEmpty();
		assertThat(fixture.staff().post("/api/v1/contributions/" + kept + "/publication", Map.of()).status()).isEqualTo(200);
		assertThat(titles(stranger.get("/documents?q=" + w).body())).containsExactly("Kept " + w);
		// The secretariat reads them all.
		assertThat(titles(fixture.signedIn(pilot.person("staff", java.util.Set.of("SECRETARIAT"))).get("/documents?q=" + w).body()))
			.hasSize(2);
		assertThat(new PageClient(port).get("/documents").statusCode()).isIn(302, 401);
	}

	@Test
	void badParametersAreSaidNeverA500() {
		Person someone = pilot.person("someone", java.util.Set.of());
		PageClient page = fixture.signedIn(someone);
		HttpResponse<String> bad = page.get("/documents?studyGroup=ITU-X-SG99&meeting=nope&status=LOST&sort=sideways&page=-1&size=x");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("Study group: this value is not one of the choices")
			.contains("Meeting: this value is not one of the choices")
			.contains("Status: this value is not one of the choices")
			.contains("Sort: this value is not one of the choices");
		String meeting = fixture.meeting("ITU-T-SG5", LocalDate.now().plusDays(10));
		assertThat(page.get("/meetings/" + meeting + "/documents?status=zzz&page=0").statusCode()).isEqualTo(400);
		for (String query : List.of("q=%25", "q=_", "q=" + "z".repeat(4000), "page=99999", "size=100", "meeting=", "sort=TITLE")) {
			assertThat(page.get("/documents?" + query).statusCode()).as(query).isIn(200, 400);
			assertThat(page.get("/meetings/" + meeting + "/documents?" + query).statusCode()).as(query).isIn(200, 400);
		}
		assertThat(page.get("/meetings/no-such-meeting/documents").statusCode()).isEqualTo(404);
	}

	@Test
	void theListsTakeAFixedNumberOfQueriesWhateverTheirLength() {
		String w = word();
		String meeting = fixture.meeting("ITU-T-SG11", LocalDate.now().plusDays(10));
		Person author = fixture.delegate("VU", meeting);
		Person coAuthor = pilot.person("co", java.util.Set.of());
		String company = fixture.organization(coAuthor, "SECTOR_MEMBER", "Port Vila Cable " + coAuthor.id(), "VU");
		fixture.submit(author, meeting, "First " + w, "one", List.of(company));
		PageClient page = fixture.signedIn(author);
		String all = "/documents?q=" + w;
		String ofMeeting = "/meetings/" + meeting + "/documents?q=" + w;
		page.get(all);
		page.get(ofMeeting);
		int allOne = statements.during(() -> page.get(all));
		int meetingOne = statements.during(() -> page.get(ofMeeting));
		for (int i = 0; i < 4; i++) {
			fixture.submit(author, meeting, "More " + i + " " + w, "more", List.of(company));
		}
		assertThat(titles(page.get(all).body())).hasSize(5);
		assertThat(statements.during(() -> page.get(all))).as("statements of /documents for 5 rows against 1").isEqualTo(allOne);
		assertThat(statements.during(() -> page.get(ofMeeting))).as("statements of the meeting's list for 5 rows against 1")
			.isEqualTo(meetingOne);
	}

	@Test
	void aWordInMoreThanAThousandDocumentsIsListedInOrderAndCountedUpToTheLimit() {
		String w = word();
		String meeting = fixture.meeting("ITU-T-SG5", LocalDate.now().plusDays(10));
		Person author = fixture.delegate("FJ", meeting);
		// Bulk rows (as years of contributions would be), numbered to sort after any real number.
		List<Object[]> rows = new java.util.ArrayList<>();
		for (int i = 0; i <= ContributionLists.COUNT_LIMIT; i++) {
			rows.add(new Object[] { UUID.randomUUID().toString(), meeting, "zz-" + w + "-" + String.format("%04d", i),
					"Bulk " + w + " " + i, author.id(), java.sql.Timestamp.from(java.time.Instant.now()) });
		}
		jdbc.batchUpdate("""
				INSERT INTO contribution (id, meeting_id, study_group, number, title, abstract, status, revision, public, submitted_by,
				  submitted_at) VALUES (?, ?, 'ITU-T-SG5', ?, ?, NULL, 'SUBMITTED', 1, FALSE, ?, ?)""", rows);
		// One whose title lacks the word, found by its source's name.
		Person coAuthor = pilot.person("co", java.util.Set.of());
		String company = fixture.organization(coAuthor, "SECTOR_MEMBER", "Suva Fibre " + w, "FJ");
		String bySource = fixture.submit(author, meeting, "Untitled reef survey", "reef", List.of(company)).json().path("number")
			.asString();
		PageClient staff = fixture.signedIn(pilot.person("staff", java.util.Set.of("SECRETARIAT")));

		String body = staff.get("/documents?q=" + w + "&size=5").body();
		assertThat(titles(body)).containsExactly("Untitled reef survey", "Bulk " + w + " 0", "Bulk " + w + " 1", "Bulk " + w + " 2",
				"Bulk " + w + " 3");
		assertThat(body).contains("Results 1–5 of more than 1,000");
		assertThat(PageRows.rows(body, "documents").get(0).get(0)).contains(bySource);
		assertThat(titles(staff.get("/documents?q=" + w + "&size=5&page=3").body())).containsExactly("Bulk " + w + " 9",
				"Bulk " + w + " 10", "Bulk " + w + " 11", "Bulk " + w + " 12", "Bulk " + w + " 13");
		// Narrowed below the limit, the count is exact again.
		assertThat(staff.get("/documents?q=" + w + "+1&size=5").body()).doesNotContain("more than").contains("Results 1–5 of ");
	}
}
