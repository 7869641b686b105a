package org.sgbridge.pilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures;
import org.sgbridge.testing.PilotFixtures.Person;
import tools.jackson.databind.JsonNode;

/** API.md "The pilot": admission through the Administration's focal point, allowed and refused. */
class AdmissionApiTests extends ApiTest {

	@Test
	void smeSubmitsDfpIsMailedAndSeesItsFiguresAgainstTheNationalCriteria() {
		Person dfp = pilot.dfp("MU");
		assertThat(api.bearer(dfp.token()).put("/api/v1/member-states/MU/sme-criteria", Map.of("maxEmployees", 250,
				"maxAnnualRevenue", Map.of("amount", 50_000_000, "currency", "MUR"), "note", "SME Act 2017")).status())
			.isEqualTo(200);
		Person rep = pilot.person("rep-mu", Set.of());
		String org = pilot.sme(rep, "Port Louis Sensors Ltd", "MU", 40, 80_000_000, "MUR");

		Api.Response submitted = pilot.submit(rep, org, "ITU-T-SG20", "ITU-D-SG2");
		assertThat(submitted.status()).as("%s", submitted).isEqualTo(201);
		JsonNode r = submitted.json();
		assertThat(r.path("status").asString()).isEqualTo("SUBMITTED");
		assertThat(r.path("organizationId").asString()).isEqualTo(org);
		assertThat(r.path("memberState").asString()).isEqualTo("MU");
		assertThat(r.path("criteriaCheck").path("employees").asString()).isEqualTo("WITHIN");
		assertThat(r.path("criteriaCheck").path("annualRevenue").asString()).isEqualTo("ABOVE");
		List<String> groups = new ArrayList<>();
		r.path("studyGroups").forEach(g -> groups.add(g.asString()));
		assertThat(groups).containsExactlyInAnyOrder("ITU-T-SG20", "ITU-D-SG2");
		assertThat(mailbox.to(dfp.email(), 5)).anySatisfy(m -> assertThat(m.body()).contains("Port Louis Sensors Ltd"));

		Api.Response inbox = api.bearer(dfp.token()).get("/api/v1/admission-requests?status=SUBMITTED");
		assertThat(inbox.json().path("items").findValuesAsString("id")).contains(r.path("id").asString());
		Api.Response own = api.bearer(rep.token()).get("/api/v1/admission-requests");
		assertThat(own.json().path("total").asLong()).isEqualTo(1);
	}

	@Test
	void figuresInAnotherCurrencyThanTheCriterionAreUnknown() {
		Person dfp = pilot.dfp("FJ");
		api.bearer(dfp.token()).put("/api/v1/member-states/FJ/sme-criteria",
				Map.of("maxEmployees", 100, "maxAnnualRevenue", Map.of("amount", 1_000_000, "currency", "FJD")));
		Person rep = pilot.person("rep-fj", Set.of());
		String org = pilot.sme(rep, "Suva Mesh", "FJ", 120, 10, "USD");
		JsonNode check = pilot.submit(rep, org, "ITU-T-SG5").json().path("criteriaCheck");
		assertThat(check.path("employees").asString()).isEqualTo("ABOVE");
		assertThat(check.path("annualRevenue").asString()).isEqualTo("UNKNOWN");
	}

	@Test
	void refusalsOfASubmissionSayWhy() {
		Person rep = pilot.person("rep-uy", Set.of());
		String org = pilot.sme(rep, "Montevideo Labs", "UY", 10, 100_000, "UYU");
		Api.Response notPilot = pilot.submit(rep, org, "ITU-T-SG13");
		assertThat(notPilot.status()).isEqualTo(422);
		assertThat(notPilot.problem()).isEqualTo("group-not-in-pilot");
		assertThat(notPilot.json().path("detail").asString()).contains("ITU-T-SG13");

		Api.Response association = api.bearer(rep.token()).post("/api/v1/organizations",
				Map.of("name", "Cámara Uruguaya de TI", "kind", "ASSOCIATION", "country", "UY"));
		Api.Response notSme = pilot.submit(rep, association.json().path("id").asString(), "ITU-T-SG5");
		assertThat(notSme.status()).isEqualTo(422);
		assertThat(notSme.problem()).isEqualTo("not-an-sme");

		assertThat(pilot.submit(rep, org, "ITU-T-SG16").status()).isEqualTo(201);
		Api.Response pending = pilot.submit(rep, org, "ITU-T-SG16", "ITU-T-SG11");
		assertThat(pending.status()).isEqualTo(409);
		assertThat(pending.problem()).isEqualTo("request-pending");
		assertThat(pilot.submit(rep, org, "ITU-T-SG11").status()).isEqualTo(201);

		Person stranger = pilot.person("stranger", Set.of());
		assertThat(pilot.submit(stranger, org, "ITU-T-SG5").status()).isEqualTo(403);
	}

	@Test
	void noRequestOutsideThePilotsPeriod() {
		Person rep = pilot.person("rep-early", Set.of());
		String org = pilot.sme(rep, "Too Early Ltd", "CL", 5, 10, "CLP");
		clock.setInstant(Instant.parse("2017-03-01T10:00:00Z"));
		Api.Response closed = pilot.submit(rep, org, "ITU-T-SG5");
		assertThat(closed.status()).isEqualTo(422);
		assertThat(closed.problem()).isEqualTo("pilot-closed");
	}

	@Test
	void onlyADfpOfTheSmesOwnCountryDecides() {
		Person dfpKe = pilot.dfp("KE");
		Person dfpGh = pilot.dfp("GH");
		Person rep = pilot.person("rep-ke", Set.of());
		String org = pilot.sme(rep, "Nairobi Telematics", "KE", 12, 1_000_000, "KES");
		String id = pilot.submit(rep, org, "ITU-T-SG20").json().path("id").asString();

		assertThat(api.bearer(dfpGh.token()).get("/api/v1/admission-requests/" + id).status()).isEqualTo(404);
		assertThat(api.bearer(dfpGh.token()).get("/api/v1/admission-requests").json().path("items")
			.findValuesAsString("id")).doesNotContain(id);
		Api.Response other = pilot.decide(dfpGh, id, "APPROVE", null);
		assertThat(other.status()).isEqualTo(403);
		assertThat(other.problem()).isEqualTo("forbidden");
		assertThat(pilot.decide(rep, id, "APPROVE", null).status()).isEqualTo(403);
		assertThat(api.bearer(pilot.secretariat()).post("/api/v1/admission-requests/" + id + "/decision",
				Map.of("decision", "APPROVE")).status()).isEqualTo(403);
		assertThat(api.bearer(pilot.secretariat()).get("/api/v1/admission-requests/" + id).status()).isEqualTo(200);

		Api.Response approved = pilot.decide(dfpKe, id, "APPROVE", null);
		assertThat(approved.status()).isEqualTo(200);
		assertThat(approved.json().path("status").asString()).isEqualTo("APPROVED");
		assertThat(mailbox.to(rep.email(), 5)).anySatisfy(m -> assertThat(m.subject()).contains("Nairobi Telematics"));

		Api.Response again = pilot.decide(dfpKe, id, "REJECT", "changed my mind");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.problem()).isEqualTo("already-decided");
		assertThat(api.bearer(rep.token()).get("/api/v1/admission-requests/" + id).json().path("status").asString())
			.isEqualTo("APPROVED");
	}

	@Test
	void twoDfpsDecidingAtTheSameInstantOneWinsTheOtherIsTold() throws Exception {
		Person first = pilot.dfp("TZ");
		Person second = pilot.dfp("TZ", first);
		Person rep = pilot.person("rep-tz", Set.of());
		String org = pilot.sme(rep, "Dodoma Data", "TZ", 8, 500_000, "TZS");
		String id = pilot.submit(rep, org, "ITU-D-SG1").json().path("id").asString();

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Api.Response> a = pool.submit(() -> {
				start.await();
				return pilot.decide(first, id, "APPROVE", null);
			});
			Future<Api.Response> b = pool.submit(() -> {
				start.await();
				return pilot.decide(second, id, "REJECT", "Revenue above our national limit");
			});
			start.countDown();
			List<Integer> statuses = List.of(a.get().status(), b.get().status());
			assertThat(statuses).containsExactlyInAnyOrder(200, 409);
			Api.Response loser = a.get().status() == 409 ? a.get() : b.get();
			assertThat(loser.problem()).isEqualTo("already-decided");
		}
		finally {
			pool.shutdownNow();
		}
		Api.Response history = api.bearer(pilot.secretariat()).get("/api/v1/admission-requests/" + id + "/history");
		assertThat(history.json().path("items").size()).isEqualTo(2);
	}

	@Test
	void aRejectionNeedsAReasonWhichTheSmeReads() {
		Person dfp = pilot.dfp("SN");
		Person rep = pilot.person("rep-sn", Set.of());
		String org = pilot.sme(rep, "Dakar Fibre", "SN", 400, 1, "XOF");
		String id = pilot.submit(rep, org, "ITU-T-SG5").json().path("id").asString();
		Api.Response noReason = pilot.decide(dfp, id, "REJECT", " ");
		assertThat(noReason.status()).isEqualTo(422);
		assertThat(noReason.problem()).isEqualTo("reason-required");
		Api.Response rejected = pilot.decide(dfp, id, "REJECT", "More than 250 employees: above the national criteria");
		assertThat(rejected.json().path("status").asString()).isEqualTo("REJECTED");
		assertThat(mailbox.to(rep.email(), 5)).anySatisfy(m -> assertThat(m.body()).contains("More than 250 employees"));
	}

	@Test
	void theRepresentativeWithdrawsWhileItWaitsAndNobodyElseCan() {
		Person dfp = pilot.dfp("PE");
		Person rep = pilot.person("rep-pe", Set.of());
		String org = pilot.sme(rep, "Lima Radio Lab", "PE", 3, 1, "PEN");
		String id = pilot.submit(rep, org, "ITU-T-SG11").json().path("id").asString();
		assertThat(api.bearer(dfp.token()).post("/api/v1/admission-requests/" + id + "/withdrawal", Map.of()).status())
			.isEqualTo(403);
		Api.Response withdrawn = api.bearer(rep.token()).post("/api/v1/admission-requests/" + id + "/withdrawal", Map.of());
		assertThat(withdrawn.json().path("status").asString()).isEqualTo("WITHDRAWN");
		assertThat(pilot.decide(dfp, id, "APPROVE", null).problem()).isEqualTo("already-decided");
		assertThat(pilot.submit(rep, org, "ITU-T-SG11").status()).isEqualTo(201);
	}

	@Test
	void withoutADfpTheSecretariatIsToldAndTheRequestWaits() {
		Person staff = pilot.person("staff-told", Set.of("SECRETARIAT"));
		Person rep = pilot.person("rep-bt", Set.of());
		api.bearer(pilot.secretariat()).put("/api/v1/member-states/BT/focal-points", Map.of("accountIds", List.of()));
		String org = pilot.sme(rep, "Thimphu Apps", "BT", 3, 1, "BTN");
		assertThat(pilot.submit(rep, org, "ITU-T-SG20").status()).isEqualTo(201);
		assertThat(mailbox.to(staff.email(), 5)).anySatisfy(m -> assertThat(m.body()).contains("Thimphu Apps"));
	}

	@Test
	void expressionOfInterestNeedsNoAccountAndIsValidated() {
		Api.Response ok = api.post("/api/v1/expressions-of-interest", Map.of("organizationName", "Quito IoT",
				"country", "EC", "email", "hello@quito-iot.example", "studyGroups", List.of("ITU-T-SG20")));
		assertThat(ok.status()).isEqualTo(201);
		Api.Response bad = api.post("/api/v1/expressions-of-interest",
				Map.of("organizationName", "", "country", "XX", "email", "nope", "studyGroups", List.of("ITU-T-SG13")));
		assertThat(bad.status()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		bad.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
		assertThat(fields).contains("organizationName", "country", "email", "studyGroups");
		assertThat(api.get("/api/v1/expressions-of-interest").status()).isEqualTo(401);
	}
}
