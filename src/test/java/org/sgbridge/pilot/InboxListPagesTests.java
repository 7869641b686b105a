package org.sgbridge.pilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.PageRows;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.StatementCounter;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A focal point's inbox on the page: only its own state's requests, filtered by status, searched by
 * the company's name, sorted by date or name, a page at a time with links that keep the query; an
 * address it does not understand is said, never a 500. Each test names its companies with a word of
 * its own and searches by it, since other tests leave requests in the same states.
 */
@Import(StatementCounter.Config.class)
class InboxListPagesTests extends ApiTest {

	@Autowired
	StatementCounter statements;

	private PageClient signedIn(Person person) {
		PageClient client = new PageClient(port);
		assertThat(client.signIn(person.email(), TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
		return client;
	}

	private static String word() {
		return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
	}

	private String request(Person rep, String name, String country, String group) {
		String org = pilot.sme(rep, name, country, 12, 500_000, "USD");
		var submitted = pilot.submit(rep, org, group);
		assertThat(submitted.status()).as("%s", submitted).isEqualTo(201);
		return submitted.json().path("id").asString();
	}

	@Test
	void aFocalPointSeesOnlyItsStatesRequestsFilteredSearchedSortedAndPaged() {
		String w = word();
		Person dfp = pilot.dfp("MG");
		Person rep = pilot.person("rep-mg", Set.of());
		request(rep, "Toamasina Cloud " + w, "MG", "ITU-T-SG20");
		request(rep, "Antananarivo Fibre " + w, "MG", "ITU-D-SG1");
		String approved = request(rep, "Mahajanga Data " + w, "MG", "ITU-T-SG5");
		assertThat(pilot.decide(dfp, approved, "APPROVE", null).status()).isEqualTo(200);
		// Another state's request, and one of an SME the focal point itself belongs to in another state.
		Person repCv = pilot.person("rep-cv", Set.of());
		request(repCv, "Praia Mobile " + w, "CV", "ITU-T-SG20");
		request(dfp, "Mindelo Own Company " + w, "CV", "ITU-T-SG20");
		PageClient focal = signedIn(dfp);

		// By default: the requests waiting, oldest first.
		HttpResponse<String> waiting = focal.get("/pilot/inbox?q=" + w);
		assertThat(waiting.statusCode()).isEqualTo(200);
		assertThat(PageRows.rowHeads(waiting.body(), "inbox"))
			.containsExactly("Toamasina Cloud " + w, "Antananarivo Fibre " + w);

		assertThat(PageRows.rowHeads(focal.get("/pilot/inbox?status=APPROVED&q=" + w).body(), "inbox"))
			.containsExactly("Mahajanga Data " + w);
		assertThat(PageRows.rowHeads(focal.get("/pilot/inbox?status=ALL&q=" + w + "&sort=name").body(), "inbox"))
			.containsExactly("Antananarivo Fibre " + w, "Mahajanga Data " + w, "Toamasina Cloud " + w);
		assertThat(PageRows.rowHeads(focal.get("/pilot/inbox?status=ALL&q=" + w + "&sort=name-desc").body(), "inbox"))
			.containsExactly("Toamasina Cloud " + w, "Mahajanga Data " + w, "Antananarivo Fibre " + w);
		assertThat(PageRows.rowHeads(focal.get("/pilot/inbox?status=ALL&q=" + w + "&sort=newest").body(), "inbox"))
			.containsExactly("Mahajanga Data " + w, "Antananarivo Fibre " + w, "Toamasina Cloud " + w);
		assertThat(PageRows.rowHeads(focal.get("/pilot/inbox?status=ALL&studyGroup=ITU-D-SG1&q=" + w).body(), "inbox"))
			.containsExactly("Antananarivo Fibre " + w);
		// The search is on a part of the name, in any case.
		assertThat(PageRows.rowHeads(focal.get("/pilot/inbox?status=ALL&q=TOAMASINA+cloud+" + w.toUpperCase()).body(), "inbox"))
			.containsExactly("Toamasina Cloud " + w);

		// A page at a time; the links keep the search, the filter and the order.
		HttpResponse<String> second = focal.get("/pilot/inbox?status=ALL&q=" + w + "&sort=name&size=1&page=2");
		assertThat(PageRows.rowHeads(second.body(), "inbox")).containsExactly("Mahajanga Data " + w);
		assertThat(PageRows.text(PageRows.element(second.body(), "p", "list-position"))).isEqualTo("Results 2–2 of 3");
		List<String> links = PageRows.links(second.body(), "nav", "pager");
		assertThat(links).contains("/pilot/inbox?status=ALL&q=" + w + "&sort=name&size=1",
				"/pilot/inbox?status=ALL&q=" + w + "&sort=name&size=1&page=3");
		assertThat(PageRows.rowHeads(focal.get(links.get(links.size() - 1)).body(), "inbox")).containsExactly("Toamasina Cloud " + w);
		// A page past the end shows the last one.
		assertThat(PageRows.rowHeads(focal.get("/pilot/inbox?status=ALL&q=" + w + "&sort=name&size=1&page=99").body(), "inbox"))
			.containsExactly("Toamasina Cloud " + w);

		// Never another state's request, nor one of its own company elsewhere.
		String all = focal.get("/pilot/inbox?status=ALL&q=" + w).body();
		assertThat(all).doesNotContain("Praia Mobile").doesNotContain("Mindelo Own Company");
	}

	@Test
	void anotherStatesFocalPointAndAParticipantDoNotSeeTheRequests() {
		String w = word();
		pilot.dfp("MG");
		Person rep = pilot.person("rep-mg", Set.of());
		request(rep, "Fianarantsoa Labs " + w, "MG", "ITU-T-SG20");
		Person other = pilot.dfp("CV");

		HttpResponse<String> theirs = signedIn(other).get("/pilot/inbox?status=ALL&q=" + w);
		assertThat(theirs.statusCode()).isEqualTo(200);
		assertThat(theirs.body()).doesNotContain("Fianarantsoa Labs");
		assertThat(signedIn(rep).get("/pilot/inbox").statusCode()).isEqualTo(403);

		// The secretariat sees every state's.
		HttpResponse<String> staff = signedIn(pilot.person("staff", Set.of("SECRETARIAT"))).get("/pilot/inbox?q=" + w);
		assertThat(PageRows.rowHeads(staff.body(), "inbox")).containsExactly("Fianarantsoa Labs " + w);
	}

	@Test
	void whatTheAddressAsksThatIsNotUnderstoodIsSaidAndLeftOut() {
		String w = word();
		Person dfp = pilot.dfp("MG");
		Person rep = pilot.person("rep-mg", Set.of());
		request(rep, "Morondava Solar " + w, "MG", "ITU-T-SG20");
		PageClient focal = signedIn(dfp);

		HttpResponse<String> bad = focal.get("/pilot/inbox?status=BOGUS&studyGroup=ITU-T-SG99&sort=sideways&page=-3&size=100000&q=" + w);
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("id=\"form-errors\"")
			.contains("Status: this value is not one of the choices")
			.contains("Study group: this value is not one of the choices")
			.contains("Sort: this value is not one of the choices")
			.contains("Page: a page is a whole number from 1")
			.contains("Rows per page: a whole number from 1 to 100")
			.contains("id=\"status-error\"");
		assertThat(PageRows.rowHeads(bad.body(), "inbox")).containsExactly("Morondava Solar " + w);

		for (String query : List.of("page=abc", "size=0", "page=2147483648", "q=" + "x".repeat(5000), "q=%25_%5C",
				"sort=", "status=submitted")) {
			HttpResponse<String> response = focal.get("/pilot/inbox?" + query);
			assertThat(response.statusCode()).as(query).isIn(200, 400);
		}
		// A search is read as typed: its % and _ are letters, not wildcards.
		assertThat(focal.get("/pilot/inbox?status=ALL&q=%25").body()).doesNotContain("Morondava Solar");
	}

	@Test
	void theInboxTakesAFixedNumberOfQueriesWhateverItsLength() {
		String w = word();
		Person dfp = pilot.dfp("MG");
		Person rep = pilot.person("rep-mg", Set.of());
		request(rep, "Ambositra Wood " + w, "MG", "ITU-T-SG20");
		PageClient focal = signedIn(dfp);
		String page = "/pilot/inbox?status=ALL&size=50&q=" + w;
		focal.get(page);
		int one = statements.during(() -> focal.get(page));
		for (int i = 0; i < 4; i++) {
			request(rep, "Ambositra Wood " + i + " " + w, "MG", "ITU-D-SG" + (1 + i % 2));
		}
		assertThat(PageRows.rowHeads(focal.get(page).body(), "inbox")).hasSize(5);
		assertThat(statements.during(() -> focal.get(page))).as("statements for 5 rows against 1").isEqualTo(one);
	}
}
