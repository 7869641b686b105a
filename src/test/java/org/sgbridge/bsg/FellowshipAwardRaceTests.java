package org.sgbridge.bsg;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures.Person;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18's acceptance: 200 awards racing against a budget that holds 50 leave exactly 50 awarded
 * and the ledger equal to the budget, and no Member State over its cap (2 units per meeting) though
 * three of its delegates race for it. CI runs it on PostgreSQL, where the awards take the call's row
 * lock for real.
 */
class FellowshipAwardRaceTests extends ApiTest {

	private static final int APPLICATIONS = 200;
	private static final int STATES_OF_THREE = 60;
	private static final int STATES_OF_TWO = 10;
	private static final BigDecimal AWARD = new BigDecimal("100");
	private static final BigDecimal BUDGET = AWARD.multiply(BigDecimal.valueOf(50));

	@Test
	void twoHundredAwardsRacingForFiftyLeaveTheLedgerEqualToTheBudgetAndNoStateOverItsCap() throws Exception {
		Api staff = api.bearer(pilot.secretariat());
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		LocalDate start = today.plusDays(60);
		Api.Response created = staff.post("/api/v1/meetings", new HashMap<>(Map.of("studyGroup", "ITU-T-SG20",
				"kind", "STUDY_GROUP", "title", "SG20 fellowship race " + start, "startDate", start.toString(),
				"endDate", start.plusDays(4).toString(), "city", "Geneva", "country", "CH", "remoteParticipation", true,
				"registrationOpens", today.minusDays(1).toString(), "registrationCloses", start.minusDays(1).toString())));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		String meeting = created.json().path("id").asString();
		Api.Response opened = staff.post("/api/v1/fellowship-calls", Map.of("meetingId", meeting,
				"budget", Map.of("amount", BUDGET, "currency", "CHF"), "closes", today.plusDays(20).toString()));
		assertThat(opened.status()).as("%s", opened).isEqualTo(201);
		String call = opened.json().path("id").asString();

		// Developing and least developed states, three delegates each for the first sixty (the third
		// asks for a full fellowship), two for the next ten: 200 applications, endorsed by their DFPs.
		List<JsonNode> states = new ArrayList<>();
		for (JsonNode state : api.get("/api/v1/member-states").json().path("items")) {
			if (state.path("ldc").asBoolean() || state.path("developing").asBoolean()) {
				states.add(state);
			}
		}
		assertThat(states).hasSizeGreaterThanOrEqualTo(STATES_OF_THREE + STATES_OF_TWO);
		List<String> applications = new ArrayList<>();
		Map<String, String> stateOf = new HashMap<>();
		for (int s = 0; s < STATES_OF_THREE + STATES_OF_TWO; s++) {
			String country = states.get(s).path("code").asString();
			String administration = states.get(s).path("administrationId").asString();
			Person dfp = pilot.dfp(country);
			int delegates = s < STATES_OF_THREE ? 3 : 2;
			for (int d = 0; d < delegates; d++) {
				String kind = d == 2 ? "FULL" : "PARTIAL";
				String id = endorsedApplication(staff, dfp, call, meeting, administration, kind);
				applications.add(id);
				stateOf.put(id, country);
			}
		}
		assertThat(applications).hasSize(APPLICATIONS);

		Map<String, String> kinds = new HashMap<>();
		for (JsonNode item : all(staff, call)) {
			kinds.put(item.path("id").asString(), item.path("kind").asString());
		}
		List<Callable<Api.Response>> awards = applications.stream()
			.<Callable<Api.Response>>map(id -> () -> staff.post("/api/v1/fellowship-applications/" + id + "/award",
					Map.of("decision", "AWARD", "kind", kinds.get(id), "amount", Map.of("amount", AWARD, "currency", "CHF"))))
			.toList();
		List<Api.Response> answers = race(awards);

		assertThat(answers.stream().filter(r -> r.status() == 200).count()).as("awards answered 200").isEqualTo(50);
		for (Api.Response r : answers) {
			assertThat(r.status()).as("%s", r).isIn(200, 409);
			if (r.status() == 409) {
				assertThat(r.problem()).as("%s", r).isIn("budget-exhausted", "fellowship-cap");
			}
		}
		JsonNode ledger = staff.get("/api/v1/fellowship-calls/" + call).json();
		assertThat(ledger.path("committed").path("amount").decimalValue()).isEqualByComparingTo(BUDGET);
		assertThat(ledger.path("remaining").path("amount").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);

		Map<String, Integer> unitsByState = new HashMap<>();
		int awarded = 0;
		for (JsonNode item : all(staff, call)) {
			if (item.path("status").asString().equals("AWARDED")) {
				awarded++;
				int units = item.path("kind").asString().equals("FULL") ? 2 : 1;
				unitsByState.merge(stateOf.get(item.path("id").asString()), units, Integer::sum);
			}
		}
		assertThat(awarded).as("applications AWARDED").isEqualTo(50);
		assertThat(unitsByState.values()).as("units awarded per Member State at this meeting").allMatch(u -> u <= 2);
	}

	/** A new delegate of the Administration, registered for the meeting, applying, endorsed by the DFP. */
	private String endorsedApplication(Api staff, Person dfp, String call, String meeting, String administration,
			String kind) {
		Person delegate = pilot.person("race-delegate", Set.of());
		assertThat(staff.post("/api/v1/organizations/" + administration + "/members",
				Map.of("accountId", delegate.id())).status()).isEqualTo(201);
		Api as = api.bearer(delegate.token());
		Api.Response registered = as.post("/api/v1/meetings/" + meeting + "/registrations",
				Map.of("organizationId", administration, "mode", "IN_PERSON", "visaSupport", false));
		assertThat(registered.status()).as("%s", registered).isEqualTo(201);
		Api.Response applied = as.post("/api/v1/fellowship-calls/" + call + "/applications",
				Map.of("organizationId", administration, "kind", kind));
		assertThat(applied.status()).as("%s", applied).isEqualTo(201);
		String id = applied.json().path("id").asString();
		Api.Response endorsed = api.bearer(dfp.token()).post("/api/v1/fellowship-applications/" + id + "/endorsement",
				Map.of("decision", "APPROVE"));
		assertThat(endorsed.status()).as("%s", endorsed).isEqualTo(200);
		return id;
	}

	private List<JsonNode> all(Api staff, String call) {
		Api.Response r = staff.get("/api/v1/fellowship-applications?callId=" + call + "&size=500");
		assertThat(r.status()).as("%s", r).isEqualTo(200);
		List<JsonNode> items = new ArrayList<>();
		r.json().path("items").forEach(items::add);
		assertThat(items).hasSize(APPLICATIONS);
		return items;
	}

	/** Runs every call at once from 24 threads, released together; the answers in the calls' order. */
	private static List<Api.Response> race(List<Callable<Api.Response>> calls) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(24);
		try {
			List<Future<Api.Response>> futures = new ArrayList<>();
			for (Callable<Api.Response> call : calls) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<Api.Response> answers = new ArrayList<>();
			for (Future<Api.Response> future : futures) {
				answers.add(future.get());
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}
}
