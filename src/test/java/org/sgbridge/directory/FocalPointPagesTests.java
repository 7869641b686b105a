package org.sgbridge.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The secretariat's list of focal points: one designation ended after a confirmation that shows the
 * focal points now and afterwards, the others kept, the ended one offered back. Only the secretariat.
 */
class FocalPointPagesTests extends ApiTest {

	@Autowired
	FocalPoints focalPoints;

	private PageClient signedIn(Person person) {
		PageClient client = new PageClient(port);
		assertThat(client.signIn(person.email(), TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
		return client;
	}

	/** The id of the designation of that account on the list's page. */
	private static String designationOf(String html, String email) {
		Matcher rows = Pattern.compile("<tr id=\"fp-(\\d+)\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
		while (rows.find()) {
			if (rows.group(2).contains(email)) {
				return rows.group(1);
			}
		}
		throw new AssertionError("no row for " + email);
	}

	@Test
	void endingOneDfpShowsTheFocalPointsBeforeAndAfterKeepsTheOthersAndCanBeUndone() {
		Person first = pilot.dfp("LS");
		Person second = pilot.dfp("LS", first);
		Person secretary = pilot.person("fp-staff", Set.of("SECRETARIAT"));
		PageClient page = signedIn(secretary);

		HttpResponse<String> list = page.get("/focal-points?country=LS");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("Administration of Lesotho").contains(first.email()).contains(second.email())
			.contains("Administration");
		String id = designationOf(list.body(), first.email());

		HttpResponse<String> ask = page.post("/focal-points?country=LS", "/focal-points/" + id + "/end", Map.of("country", "LS"));
		assertThat(ask.statusCode()).isEqualTo(200);
		assertThat(ask.body()).contains("as focal point of Administration of Lesotho?")
			.contains("will no longer decide the admission requests of this country’s SMEs");
		assertThat(section(ask.body(), "fp-ending")).contains(first.email()).doesNotContain(second.email());
		assertThat(section(ask.body(), "fp-now")).contains(first.email()).contains(second.email());
		assertThat(section(ask.body(), "fp-after")).contains(second.email()).doesNotContain(first.email());
		assertThat(ask.body()).contains("name=\"confirmed\" value=\"true\"").contains("href=\"/focal-points?country=LS\"");
		assertThat(focalPoints.ofState("LS")).containsExactlyInAnyOrder(first.id(), second.id());

		HttpResponse<String> done = page.post("/focal-points?country=LS", "/focal-points/" + id + "/end",
				Map.of("country", "LS", "confirmed", "true"));
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/focal-points?country=LS");
		assertThat(focalPoints.ofState("LS")).containsExactly(second.id());

		String after = page.get("/focal-points?country=LS").body();
		assertThat(after).contains("has ended.").contains("id=\"designate-again\"");
		assertThat(page.post("/focal-points?country=LS", "/focal-points/" + id + "/end", Map.of("confirmed", "true"))
			.statusCode()).as("an ended designation is not found").isEqualTo(404);

		String organization = pilot.administrationOf("LS");
		HttpResponse<String> again = page.post("/focal-points?country=LS", "/focal-points/designate-again",
				Map.of("organization", organization, "account", first.id(), "country", "LS"));
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(focalPoints.ofState("LS")).containsExactlyInAnyOrder(first.id(), second.id());
	}

	@Test
	void endingTheLastFocalPointOfAnEntitySaysThatNoneWillRemain() {
		Api staff = api.bearer(pilot.secretariat());
		Person only = pilot.person("fp-only", Set.of());
		String university = staff.post("/api/v1/organizations", Map.of("name", "Kingston Telecom Institute " + only.email(),
				"kind", "ACADEMIA", "country", "JM")).json().path("id").asString();
		assertThat(staff.put("/api/v1/organizations/" + university + "/focal-points", Map.of("accountIds", List.of(only.id())))
			.status()).isEqualTo(200);
		PageClient page = signedIn(pilot.person("fp-staff2", Set.of("SECRETARIAT")));
		String list = page.get("/focal-points?country=JM&q=kingston+telecom").body();
		String id = designationOf(list, only.email());
		HttpResponse<String> ask = page.post("/focal-points?country=JM", "/focal-points/" + id + "/end", Map.of());
		assertThat(section(ask.body(), "fp-after")).contains("None: until the secretariat designates one");
		assertThat(ask.body()).contains("will no longer validate the registrations of this organisation’s staff");
		assertThat(page.post("/focal-points?country=JM", "/focal-points/" + id + "/end", Map.of("confirmed", "true"))
			.statusCode()).isEqualTo(302);
		assertThat(focalPoints.current(university)).isEmpty();
	}

	@Test
	void onlyTheSecretariatSeesAndEndsFocalPoints() {
		Person dfp = pilot.dfp("SZ");
		Person participant = pilot.person("fp-participant", Set.of());
		PageClient page = signedIn(participant);
		assertThat(page.get("/focal-points").statusCode()).isEqualTo(403);
		PageClient staff = signedIn(pilot.person("fp-staff3", Set.of("SECRETARIAT")));
		String id = designationOf(staff.get("/focal-points?country=SZ").body(), dfp.email());
		assertThat(page.post("/", "/focal-points/" + id + "/end", Map.of("confirmed", "true")).statusCode()).isEqualTo(403);
		assertThat(focalPoints.ofState("SZ")).containsExactly(dfp.id());
		assertThat(new PageClient(port).get("/focal-points").statusCode()).as("anonymous: to the sign-in page").isEqualTo(302);
	}

	@Test
	void anUnknownCountryOnTheListIsSaidBesideItsField() {
		PageClient page = signedIn(pilot.person("fp-staff4", Set.of("SECRETARIAT")));
		HttpResponse<String> list = page.get("/focal-points?country=QQ&page=-3");
		assertThat(list.statusCode()).isEqualTo(400);
		assertThat(list.body()).contains("id=\"country-error\"").contains("id=\"form-errors\"");
	}

	/** The text of the list with that id on a confirmation page. */
	private static String section(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		assertThat(start).as("a list %s on the page", id).isPositive();
		return html.substring(start, html.indexOf("</ul>", start));
	}
}
