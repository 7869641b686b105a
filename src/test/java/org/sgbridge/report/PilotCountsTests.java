package org.sgbridge.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.pilot.InterestRegister;
import org.sgbridge.platform.Actor;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures.Person;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The counts kept by day give, for every day, the figures that recounting the whole history gives:
 * through interest, requests, refusals, approvals, links made later, in both sectors; and again
 * after a rebuild from the history.
 */
class PilotCountsTests extends ApiTest {

	private static final LocalDate DAY_1 = LocalDate.of(2019, 3, 4);

	@Autowired
	InterestRegister interests;

	@Autowired
	PilotReports reports;

	@Autowired
	PilotCounts counts;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private HistoryRecount history() {
		return new HistoryRecount(jdbc, reports);
	}

	private void on(int day) {
		clock.setInstant(DAY_1.plusDays(day - 1).atTime(11, 0).toInstant(ZoneOffset.UTC));
	}

	@Test
	void theCountsKeptByDayEqualTheHistoryRecountedOnEveryDay() {
		Person dfpNiger = pilot.dfp("NE");
		Person dfpNepal = pilot.dfp("NP");
		Person sahel = pilot.person("rep-sahel", Set.of());
		Person niamey = pilot.person("rep-niamey", Set.of());
		Person kathmandu = pilot.person("rep-kathmandu", Set.of());
		String sahelOrg = pilot.sme(sahel, "Sahel Sensors", "NE", 12, 1, "XOF");
		String niameyOrg = pilot.sme(niamey, "Niamey Networks", "NE", 30, 1, "XOF");
		String kathmanduOrg = pilot.sme(kathmandu, "Kathmandu Labs", "NP", 8, 1, "NPR");
		Actor secretariat = new Actor("secretariat-of-the-test", "secretariat@example.org", "Secretariat", Set.of(Actor.SECRETARIAT));

		on(1); // Sahel Sensors says it is interested in a group of each sector; so does a company never heard of again.
		interests.express("Sahel Sensors", "NE", sahel.email(), List.of("ITU-T-SG5", "ITU-D-SG1"), "10.0.0.1", Locale.ENGLISH);
		interests.express("Zinder Telecom", "NE", "contact@zinder.example", List.of("ITU-T-SG20"), "10.0.0.2", Locale.ENGLISH);
		String later = interests.express("Pokhara Data", "NP", "hello@pokhara.example", List.of("ITU-T-SG11"), "10.0.0.3",
				Locale.ENGLISH).id();
		on(2); // Niamey Networks asks; Kathmandu Labs asks.
		String refused = id(pilot.submit(niamey, niameyOrg, "ITU-T-SG16"));
		String nepal = id(pilot.submit(kathmandu, kathmanduOrg, "ITU-T-SG11"));
		on(3); // Sahel Sensors asks for both groups: its interest is now its request.
		String both = id(pilot.submit(sahel, sahelOrg, "ITU-T-SG5", "ITU-D-SG1"));
		on(4); // Niamey Networks is refused; Kathmandu Labs approved.
		assertThat(pilot.decide(dfpNiger, refused, "REJECT", "Not an SME under the national criteria").status()).isEqualTo(200);
		assertThat(pilot.decide(dfpNepal, nepal, "APPROVE", null).status()).isEqualTo(200);
		on(5); // Sahel Sensors approved in both sectors; Niamey Networks asks again.
		assertThat(pilot.decide(dfpNiger, both, "APPROVE", null).status()).isEqualTo(200);
		id(pilot.submit(niamey, niameyOrg, "ITU-T-SG16"));
		on(7); // The secretariat finds that Pokhara Data's interest came from Kathmandu Labs.
		interests.link(secretariat, later, kathmanduOrg);
		clock.setInstant(null);

		PilotFigures day1 = reports.figures(DAY_1, List.of("NE"));
		assertThat(day1.totals().interested()).isEqualTo(2);
		assertThat(day1.bySector().get("ITU-T").interested()).isEqualTo(2);
		assertThat(day1.bySector().get("ITU-D").interested()).isEqualTo(1);
		PilotFigures day5 = reports.figures(DAY_1.plusDays(4), List.of("NE"));
		assertThat(day5.totals()).isEqualTo(new PilotFigures.Totals(1, 1, 1, 3));
		assertThat(day5.bySector().get("ITU-T").approved()).isEqualTo(1);
		assertThat(day5.bySector().get("ITU-D").approved()).isEqualTo(1);
		assertThat(day5.byStudyGroup().get("ITU-T-SG16").inAdmission()).isEqualTo(1);
		assertThat(reports.figures(DAY_1.plusDays(3), List.of("NE")).totals())
			.as("refused, Niamey Networks no longer counts; Sahel Sensors is in admission")
			.isEqualTo(new PilotFigures.Totals(0, 1, 1, 2));
		assertThat(reports.figures(DAY_1.plusDays(7), List.of("NP")).totals())
			.as("once linked, Pokhara Data's interest is Kathmandu Labs', which has asked")
			.isEqualTo(new PilotFigures.Totals(1, 0, 0, 1));

		assertSameAsTheHistory();
		counts.rebuild();
		assertSameAsTheHistory();
		assertThat(reports.figures(DAY_1.plusDays(4), List.of("NE"))).isEqualTo(day5);
	}

	@Test
	void decisionsTakenAtOnceAreEachCountedOnce() throws Exception {
		Person dfp = pilot.dfp("LA");
		List<String> requests = new java.util.ArrayList<>();
		for (int i = 0; i < 3; i++) {
			Person rep = pilot.person("rep-la" + i, Set.of());
			String org = pilot.sme(rep, "Vientiane Systems " + i, "LA", 10, 1, "LAK");
			// Two requests of the same SME, for a group of each sector, decided at the same time.
			requests.add(id(pilot.submit(rep, org, "ITU-T-SG20")));
			requests.add(id(pilot.submit(rep, org, "ITU-D-SG2")));
		}
		var pool = java.util.concurrent.Executors.newFixedThreadPool(requests.size());
		try {
			var start = new java.util.concurrent.CountDownLatch(1);
			List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
			for (String request : requests) {
				results.add(pool.submit(() -> {
					start.await();
					return pilot.decide(dfp, request, "APPROVE", null).status();
				}));
			}
			start.countDown();
			for (var result : results) {
				assertThat(result.get()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdown();
		}
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		PilotFigures laos = reports.figures(today, List.of("LA"));
		assertThat(laos.totals()).isEqualTo(new PilotFigures.Totals(3, 0, 0, 3));
		assertThat(laos.bySector().get("ITU-T").approved()).isEqualTo(3);
		assertThat(laos.bySector().get("ITU-D").approved()).isEqualTo(3);
		assertThat(laos).isEqualTo(history().figures(today, List.of("LA")));
		assertThat(reports.figures(today, null)).isEqualTo(history().figures(today, null));
	}

	private void assertSameAsTheHistory() {
		for (LocalDate day = DAY_1.minusDays(1); !day.isAfter(DAY_1.plusDays(8)); day = day.plusDays(1)) {
			assertThat(reports.figures(day, null)).as("the world on %s", day).isEqualTo(history().figures(day, null));
			assertThat(reports.figures(day, List.of("NE", "NP"))).as("a DFP of both on %s", day)
				.isEqualTo(history().figures(day, List.of("NE", "NP")));
			for (String state : List.of("NE", "NP")) {
				assertThat(reports.figures(day, List.of(state))).as("%s on %s", state, day)
					.isEqualTo(history().figures(day, List.of(state)));
			}
		}
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		for (LocalDate day : List.of(LocalDate.of(2018, 3, 16), LocalDate.of(2018, 10, 29), today)) {
			assertThat(reports.figures(day, null)).as("the world on %s", day).isEqualTo(history().figures(day, null));
		}
	}

	private static String id(Api.Response response) {
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		return response.json().path("id").asString();
	}
}
