package org.sgbridge.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.web.ListResponse;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The annex read from its kept lines is, on every day, the annex recomputed from the whole history:
 * whole, and a page at a time at any size, through approvals in one group and in two, a second
 * request that brings an SME's first group forward, a refusal, SMEs approved at the same moment
 * (ordered by name), and again after the lines are rebuilt from the history.
 */
class PilotAnnexTests extends ApiTest {

	private static final LocalDate DAY_1 = LocalDate.of(2020, 6, 1);

	private static final Actor SECRETARIAT = new Actor("secretariat-of-the-annex-test", "secretariat@example.org", "Secretariat",
			Set.of(Actor.SECRETARIAT));

	@Autowired
	PilotAnnex annex;

	@Autowired
	PilotCounts counts;

	@Autowired
	JdbcClient jdbc;

	private void on(int day) {
		clock.setInstant(DAY_1.plusDays(day - 1).atTime(11, 0).toInstant(ZoneOffset.UTC));
	}

	@Test
	void theAnnexKeptEqualsTheHistoryRecountedOnEveryDayWholeAndByPages() {
		Person dfpMalawi = pilot.dfp("MW");
		Person dfpGuyana = pilot.dfp("GY");
		Person lilongwe = pilot.person("rep-lilongwe", Set.of());
		Person blantyre = pilot.person("rep-blantyre", Set.of());
		Person georgetown = pilot.person("rep-georgetown", Set.of());
		String lilongweOrg = pilot.sme(lilongwe, "Lilongwe Labs", "MW", 20, 1, "MWK");
		String blantyreOrg = pilot.sme(blantyre, "Blantyre Broadband", "MW", 40, 1, "MWK");
		String georgetownOrg = pilot.sme(georgetown, "Georgetown Geodata", "GY", 15, 1, "GYD");
		List<Person> tiedReps = new ArrayList<>();
		List<String> tiedOrgs = new ArrayList<>();
		for (String name : List.of("Mahaica Mesh", "Berbice Bandwidth", "Essequibo Edge", "Demerara Data")) {
			Person rep = pilot.person("rep-" + name.toLowerCase().replace(' ', '-'), Set.of());
			tiedReps.add(rep);
			tiedOrgs.add(pilot.sme(rep, name, "GY", 10, 1, "GYD"));
		}

		on(1); // requests: one group, two groups, and four SMEs for the same group
		String lilongweFirst = id(pilot.submit(lilongwe, lilongweOrg, "ITU-T-SG20"));
		String blantyreBoth = id(pilot.submit(blantyre, blantyreOrg, "ITU-T-SG16", "ITU-D-SG2"));
		String georgetownRequest = id(pilot.submit(georgetown, georgetownOrg, "ITU-T-SG5"));
		List<String> tiedRequests = new ArrayList<>();
		for (int i = 0; i < tiedReps.size(); i++) {
			tiedRequests.add(id(pilot.submit(tiedReps.get(i), tiedOrgs.get(i), "ITU-T-SG11")));
		}
		on(2);
		approve(dfpMalawi, lilongweFirst);
		approve(dfpGuyana, georgetownRequest);
		on(3);
		approve(dfpMalawi, blantyreBoth);
		on(4); // four approvals at the very same moment: the annex orders them by name
		for (String request : tiedRequests) {
			approve(dfpGuyana, request);
		}
		on(5); // Lilongwe Labs asks for a group that comes first in the annex; refused, then asked again and approved
		String refused = id(pilot.submit(lilongwe, lilongweOrg, "ITU-D-SG1"));
		assertThat(pilot.decide(dfpMalawi, refused, "REJECT", "Not yet").status()).isEqualTo(200);
		on(6);
		approve(dfpMalawi, id(pilot.submit(lilongwe, lilongweOrg, "ITU-D-SG1")));
		clock.setInstant(null);

		List<PilotAnnex.Row> day6 = annex.rows(SECRETARIAT, DAY_1.plusDays(5).toString());
		PilotAnnex.Row lilongweRow = day6.stream().filter(r -> r.name().equals("Lilongwe Labs")).findFirst().orElseThrow();
		assertThat(lilongweRow.studyGroups()).containsExactly("ITU-D-SG1", "ITU-T-SG20");
		assertThat(lilongweRow.sectors()).containsExactly("ITU-D", "ITU-T");
		assertThat(lilongweRow.memberState()).isEqualTo("Malawi");
		List<String> tied = day6.stream().map(PilotAnnex.Row::name).filter(n -> List.of("Mahaica Mesh", "Berbice Bandwidth",
				"Essequibo Edge", "Demerara Data").contains(n)).toList();
		assertThat(tied).containsExactly("Berbice Bandwidth", "Demerara Data", "Essequibo Edge", "Mahaica Mesh");

		assertSameAsTheHistory();
		counts.rebuild();
		assertSameAsTheHistory();
	}

	private void assertSameAsTheHistory() {
		AnnexRecount history = new AnnexRecount(jdbc);
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day = DAY_1.minusDays(1); !day.isAfter(DAY_1.plusDays(7)); day = day.plusDays(1)) {
			days.add(day);
		}
		days.add(LocalDate.of(2018, 10, 29));
		days.add(LocalDate.now(ZoneOffset.UTC));
		for (LocalDate day : days) {
			List<PilotAnnex.Row> expected = history.rows(day);
			assertThat(annex.rows(SECRETARIAT, day.toString())).as("the annex on %s", day).isEqualTo(expected);
			// every page of 50, and the first pages (where this test's SMEs are, unless others came first) of smaller sizes
			for (int size : List.of(1, 2, 3, 50)) {
				int pages = size == 50 ? expected.size() / size + 1 : Math.min(expected.size() / size + 1, 40);
				for (int page = 0; page < pages; page++) {
					int p = page;
					PilotAnnex.Page read = annex.page(SECRETARIAT, day.toString(), () -> new ListResponse.Paging(p, size));
					assertThat(read.total()).as("the annex's size on %s", day).isEqualTo(expected.size());
					assertThat(read.paging()).isEqualTo(new ListResponse.Paging(p, size));
					assertThat(read.items()).as("the annex on %s, page %d of %d", day, page, size)
						.isEqualTo(expected.subList(Math.min(expected.size(), page * size), Math.min(expected.size(), (page + 1) * size)));
				}
			}
		}
	}

	private void approve(Person dfp, String request) {
		Api.Response decided = pilot.decide(dfp, request, "APPROVE", null);
		assertThat(decided.status()).as("%s", decided).isEqualTo(200);
	}

	private static String id(Api.Response response) {
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		return response.json().path("id").asString();
	}
}
