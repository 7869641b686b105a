package org.sgbridge.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sgbridge.testing.Api;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.PilotFixtures;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestAccounts;
import org.sgbridge.testing.TestFiles;

/** Meetings, participants and contributions for the pages' tests, set up through the API. */
final class ContributionPagesFixture {

	private final Api api;
	private final PilotFixtures pilot;
	private final int port;

	ContributionPagesFixture(Api api, PilotFixtures pilot, int port) {
		this.api = api;
		this.pilot = pilot;
		this.port = port;
	}

	Api staff() {
		return api.bearer(pilot.secretariat());
	}

	String meeting(String group, LocalDate deadline) {
		LocalDate today = LocalDate.now();
		Map<String, Object> body = new HashMap<>(Map.of("studyGroup", group, "kind", "STUDY_GROUP", "title",
				"Documents of " + group + " " + System.nanoTime(), "startDate", today.plusDays(30).toString(), "endDate",
				today.plusDays(31).toString(), "registrationOpens", today.minusDays(5).toString(), "registrationCloses",
				today.plusDays(20).toString(), "contributionDeadline", deadline.toString()));
		Api.Response created = staff().post("/api/v1/meetings", body);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().path("id").asString();
	}

	/** A new DFP of the country, registered for the meetings for its Administration (validated at once). */
	Person delegate(String country, String... meetings) {
		Person dfp = pilot.dfp(country);
		for (String meeting : meetings) {
			register(dfp, meeting, pilot.administrationOf(country), "VALIDATED");
		}
		return dfp;
	}

	/** Registers for the meeting for the organisation; returns the registration's id. */
	String register(Person who, String meeting, String organization, String expected) {
		Api.Response r = api.bearer(who.token()).post("/api/v1/meetings/" + meeting + "/registrations",
				Map.of("organizationId", organization, "mode", "REMOTE"));
		assertThat(r.status()).as("%s", r).isEqualTo(201);
		assertThat(r.json().path("status").asString()).isEqualTo(expected);
		return r.json().path("id").asString();
	}

	/** An organisation of the kind (created by the secretariat) with this person as a member. */
	String organization(Person member, String kind, String name, String country) {
		Map<String, Object> body = new HashMap<>(Map.of("name", name, "kind", kind, "country", country));
		if (kind.equals("SECTOR_MEMBER") || kind.equals("ACADEMIA")) {
			body.put("sectors", List.of("ITU-T", "ITU-D"));
		}
		Api.Response org = staff().post("/api/v1/organizations", body);
		assertThat(org.status()).as("%s", org).isEqualTo(201);
		String id = org.json().path("id").asString();
		assertThat(staff().post("/api/v1/organizations/" + id + "/members", Map.of("accountId", member.id())).status())
			.isEqualTo(201);
		return id;
	}

	/** Submitted through the API, with co-sources; returns the contribution's JSON. */
	Api.Response submit(Person who, String meeting, String title, String text, List<String> coSources) {
		Api.Response created = api.bearer(who.token()).postMultipart("/api/v1/meetings/" + meeting + "/contributions",
				Map.of("title", title, "sourceOrganizationIds", coSources), "paper.pdf", TestFiles.pdf(text));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created;
	}

	PageClient signedIn(Person person) {
		PageClient client = new PageClient(port);
		assertThat(client.signIn(person.email(), TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
		return client;
	}
}
