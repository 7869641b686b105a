package org.sgbridge.pilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.PageRows;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The secretariat's expressions of interest on their own page: newest first, searched by name or
 * e-mail, filtered by country, sector and follow-up, a page at a time; an invitation leads back to
 * it. For the secretariat only.
 */
class InterestListPagesTests extends ApiTest {

	@Autowired
	InterestRegister interest;

	private PageClient signedIn(Person person) {
		PageClient client = new PageClient(port);
		assertThat(client.signIn(person.email(), TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
		return client;
	}

	/** Expressed a minute apart, from an address of its own (the form's limit is per address). */
	private String express(Instant at, String name, String country, String email, String group) {
		return clock.runAt(at, () -> interest.express(name, country, email, List.of(group), "192.0.2." + (int) (Math.random() * 250),
				Locale.ENGLISH).id());
	}

	@Test
	void theSecretariatSearchesFiltersAndPagesTheExpressionsOfInterest() {
		String w = "i" + UUID.randomUUID().toString().substring(0, 8);
		Instant start = Instant.now().minusSeconds(3600);
		express(start, "Tegucigalpa Net " + w, "HN", "tegus-" + w + "@example.org", "ITU-T-SG20");
		express(start.plusSeconds(60), "San Pedro Sula Data " + w, "HN", "sps-" + w + "@example.org", "ITU-D-SG1");
		String belize = express(start.plusSeconds(120), "Belmopan Radio " + w, "BZ", "belmopan-" + w + "@example.org", "ITU-T-SG16");
		PageClient staff = signedIn(pilot.person("staff", Set.of("SECRETARIAT")));

		HttpResponse<String> all = staff.get("/pilot/interests?q=" + w);
		assertThat(all.statusCode()).isEqualTo(200);
		assertThat(names(all.body())).containsExactly("Belmopan Radio " + w, "San Pedro Sula Data " + w, "Tegucigalpa Net " + w);
		assertThat(PageRows.rows(all.body(), "interests").get(0).get(1)).isEqualTo("Belize");

		assertThat(names(staff.get("/pilot/interests?country=HN&q=" + w).body()))
			.containsExactly("San Pedro Sula Data " + w, "Tegucigalpa Net " + w);
		assertThat(names(staff.get("/pilot/interests?sector=ITU-D&q=" + w).body())).containsExactly("San Pedro Sula Data " + w);
		assertThat(names(staff.get("/pilot/interests?q=TEGUS-" + w).body())).containsExactly("Tegucigalpa Net " + w);

		// Invited from the list, on confirmation, and back to the list.
		HttpResponse<String> invited = staff.post("/pilot/interests", "/pilot/interest/" + belize + "/invitation",
				Map.of("confirmed", "true"));
		assertThat(invited.statusCode()).isEqualTo(302);
		assertThat(invited.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/pilot/interests"));
		assertThat(names(staff.get("/pilot/interests?followUp=INVITED&q=" + w).body())).containsExactly("Belmopan Radio " + w);
		assertThat(names(staff.get("/pilot/interests?followUp=WAITING&q=" + w).body()))
			.containsExactly("San Pedro Sula Data " + w, "Tegucigalpa Net " + w);

		HttpResponse<String> second = staff.get("/pilot/interests?q=" + w + "&size=2&page=2");
		assertThat(names(second.body())).containsExactly("Tegucigalpa Net " + w);
		assertThat(PageRows.links(second.body(), "nav", "pager")).contains("/pilot/interests?q=" + w + "&size=2");

		// The overview links to it.
		assertThat(PageRows.links(staff.get("/pilot/overview").body(), "p", "interest-link"))
			.contains("/pilot/interests?followUp=WAITING", "/pilot/interests");
	}

	@Test
	void badParametersAreSaidAndOnlyTheSecretariatReadsTheList() {
		PageClient staff = signedIn(pilot.person("staff", Set.of("SECRETARIAT")));
		HttpResponse<String> bad = staff.get("/pilot/interests?country=ZZZ&sector=ITU-R&followUp=maybe&page=0");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("Country: this value is not one of the choices")
			.contains("Sector: this value is not one of the choices")
			.contains("Follow-up: this value is not one of the choices")
			.contains("id=\"country-error\"");
		assertThat(staff.get("/pilot/interests?country=hn").statusCode()).isEqualTo(200);

		assertThat(signedIn(pilot.dfp("HN")).get("/pilot/interests").statusCode()).isEqualTo(403);
		assertThat(signedIn(pilot.person("someone", Set.of())).get("/pilot/interests").statusCode()).isEqualTo(403);
	}

	private static List<String> names(String html) {
		return PageRows.rowHeads(html, "interests").stream().map(s -> s.replaceAll(" \\S+@example\\.org$", "")).toList();
	}
}
