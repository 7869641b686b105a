package org.sgbridge.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures.Person;
import tools.jackson.databind.JsonNode;

/** Figures come from the recorded history: a request approved today counts today, not as of yesterday. */
class PilotReportAsOfTests extends ApiTest {

	@Test
	void anApprovalTodayCountsTodayAndNotAsOfYesterday() {
		Person dfp = pilot.dfp("BJ");
		Person rep = pilot.person("rep-bj", Set.of());
		String org = pilot.sme(rep, "Cotonou Cloud", "BJ", 10, 1, "XOF");
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		clock.setInstant(today.minusDays(1).atTime(10, 0).toInstant(ZoneOffset.UTC));
		String id = pilot.submit(rep, org, "ITU-T-SG5").json().path("id").asString();
		clock.setInstant(null);
		pilot.decide(dfp, id, "APPROVE", null);

		Api dfpApi = api.bearer(dfp.token());
		JsonNode now = dfpApi.get("/api/v1/reports/pilot").json();
		assertThat(now.path("totals").path("approved").asLong()).isEqualTo(1);
		assertThat(now.path("byMemberState").path("BJ").path("approved").asLong()).isEqualTo(1);
		assertThat(now.path("byStudyGroup").path("ITU-T-SG5").path("approved").asLong()).isEqualTo(1);
		JsonNode yesterday = dfpApi.get("/api/v1/reports/pilot?asOf=" + today.minusDays(1)).json();
		assertThat(yesterday.path("totals").path("approved").asLong()).isZero();
		assertThat(yesterday.path("totals").path("inAdmission").asLong()).isEqualTo(1);
		JsonNode dayBefore = dfpApi.get("/api/v1/reports/pilot?asOf=" + today.minusDays(2)).json();
		assertThat(dayBefore.path("totals").path("smes").asLong()).isZero();
		assertThat(dfpApi.get("/api/v1/reports/pilot/annex").status()).as("the annex is the secretariat's").isEqualTo(403);
	}
}
