package org.sgbridge.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sgbridge.platform.Dates;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's benefits, kept by day, are what recounting the whole history gives, on every day
 * and today: a registration counts from the day it is validated and while its SME is approved (not
 * as of the day before either), a contribution from its submission, a decision from its recording,
 * each once however many of its sources are approved; a registration written in bulk counts from
 * the day its SME is approved through the services; a cancelled one no longer counts. The same
 * after a rebuild from the history.
 */
class PilotBenefitsTests extends ApiTest {

	/** A week of no other test's dates, so that the differences from the day before are this test's alone. */
	private static final LocalDate DAY_1 = LocalDate.of(2023, 5, 8);

	/** The tests' yardstick: the benefits recounted from the published history in one SQL aggregate (the dashboard's former query). */
	private static final String RECOUNT = """
			WITH smes AS (
			  SELECT DISTINCT organization_id FROM (
			    SELECT h.organization_id, h.status,
			           ROW_NUMBER() OVER (PARTITION BY h.request_id, h.study_group ORDER BY h.effective_at DESC, h.seq DESC) AS rn
			    FROM pilot_admission_history_v h WHERE h.effective_at < :end
			  ) last WHERE rn = 1 AND status = 'APPROVED'
			),
			attended AS (
			  SELECT r.registration_id, r.status,
			         ROW_NUMBER() OVER (PARTITION BY r.registration_id ORDER BY r.effective_at DESC, r.seq DESC) AS rn
			  FROM meeting_registration_history_v r
			  WHERE r.effective_at < :end AND r.organization_id IN (SELECT organization_id FROM smes)
			)
			SELECT
			  (SELECT COUNT(*) FROM attended WHERE rn = 1 AND status = 'VALIDATED') AS registrations,
			  (SELECT COUNT(DISTINCT c.id) FROM document_contribution_v c
			     WHERE c.submitted_at < :end AND c.organization_id IN (SELECT organization_id FROM smes)) AS contributions,
			  (SELECT COUNT(DISTINCT d.decision_id) FROM decision_input_v d
			     JOIN document_contribution_v c ON c.id = d.contribution_id
			     WHERE d.created_at < :end AND c.organization_id IN (SELECT organization_id FROM smes)) AS decisions""";

	@Autowired
	PilotDashboard dashboard;

	@Autowired
	PilotBenefits benefits;

	@Autowired
	JdbcClient jdbc;

	private void on(int day) {
		clock.setInstant(DAY_1.plusDays(day - 1).atTime(11, 0).toInstant(ZoneOffset.UTC));
	}

	private PilotDashboard.Benefits recount(LocalDate day) {
		return jdbc.sql(RECOUNT)
			.param("end", Timestamp.from(Dates.endOf(day)))
			.query((rs, n) -> new PilotDashboard.Benefits(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

	/** The benefits on {@code day} of the week less those of the day before it: this test's items alone. */
	private long[] added(int day) {
		PilotDashboard.Benefits before = dashboard.benefits(DAY_1.minusDays(1));
		PilotDashboard.Benefits then = dashboard.benefits(DAY_1.plusDays(day - 1));
		return new long[] { then.meetingRegistrations() - before.meetingRegistrations(), then.contributions() - before.contributions(),
				then.decisionsWithTheirInput() - before.decisionsWithTheirInput() };
	}

	@Test
	void theBenefitsKeptByDayEqualTheHistoryRecountedOnEveryDay() {
		Person dfp = pilot.dfp("TV");
		Person repA = pilot.person("rep-funafuti", Set.of());
		Person repB = pilot.person("rep-vaitupu", Set.of());
		String smeA = pilot.sme(repA, "Funafuti Fibre", "TV", 12, 1, "AUD");
		String smeB = pilot.sme(repB, "Vaitupu Voice", "TV", 9, 1, "AUD");
		Api staff = api.bearer(pilot.secretariat());
		on(0);
		String meeting = staff.post("/api/v1/meetings", Map.of("studyGroup", "ITU-T-SG5", "kind", "STUDY_GROUP",
				"title", "Benefits week", "startDate", DAY_1.plusDays(30).toString(), "endDate", DAY_1.plusDays(32).toString(),
				"remoteParticipation", true, "registrationOpens", DAY_1.minusDays(10).toString(),
				"registrationCloses", DAY_1.plusDays(20).toString(), "contributionDeadline", DAY_1.plusDays(20).toString()))
			.json().path("id").asString();
		assertThat(meeting).isNotBlank();

		on(1); // Funafuti Fibre is approved and registers (waiting); Vaitupu Voice's registration, validated, is written in bulk.
		assertThat(pilot.decide(dfp, id(pilot.submit(repA, smeA, "ITU-T-SG5")), "APPROVE", null).status()).isEqualTo(200);
		String registrationA = id(api.bearer(repA.token()).post("/api/v1/meetings/" + meeting + "/registrations",
				Map.of("organizationId", smeA, "mode", "REMOTE", "visaSupport", false)));
		String registrationB = "bulk-" + UUID.randomUUID().toString().substring(0, 8);
		Timestamp day1 = Timestamp.from(clock.instant());
		jdbc.sql("""
				INSERT INTO registration (id, meeting_id, account_id, organization_id, mode, status, verification_code, created_at,
				    visa_support, version)
				VALUES (:id, :m, :a, :o, 'REMOTE', 'VALIDATED', :code, :at, FALSE, 0)""")
			.param("id", registrationB).param("m", meeting).param("a", repB.id()).param("o", smeB)
			.param("code", "BULK" + UUID.randomUUID().toString().substring(0, 8).toUpperCase()).param("at", day1)
			.update();
		jdbc.sql("INSERT INTO registration_history (registration_id, status, mode, effective_at) VALUES (:id, 'VALIDATED', 'REMOTE', :at)")
			.param("id", registrationB).param("at", day1).update();
		on(2); // The DFP validates Funafuti Fibre's registration.
		assertThat(api.bearer(dfp.token()).post("/api/v1/registrations/" + registrationA + "/validation",
				Map.of("decision", "APPROVE")).json().path("status").asString()).isEqualTo("VALIDATED");
		on(3); // Funafuti Fibre contributes, with Vaitupu Voice (not approved yet) as co-source.
		String contribution = id(api.bearer(repA.token()).postMultipart("/api/v1/meetings/" + meeting + "/contributions",
				Map.of("title", "Atoll backhaul", "sourceOrganizationIds", List.of(smeB)), "atoll.pdf", TestFiles.pdf("Atoll backhaul")));
		on(4); // Vaitupu Voice is approved: its registration counts from today, the joint contribution still once.
		assertThat(pilot.decide(dfp, id(pilot.submit(repB, smeB, "ITU-T-SG5")), "APPROVE", null).status()).isEqualTo(200);
		on(5); // A decision with the contribution as input.
		id(staff.post("/api/v1/decisions", Map.of("studyGroup", "ITU-T-SG5", "subject", "Draft Recommendation K.ATOLL",
				"procedure", "AAP", "inputs", List.of(contribution))));
		on(6); // Funafuti Fibre cancels its registration.
		assertThat(api.bearer(repA.token()).delete("/api/v1/registrations/" + registrationA).status()).isEqualTo(200);
		clock.setInstant(null);

		assertThat(added(1)).as("approved, registered but not validated yet; a bulk registration of an SME not approved").containsExactly(0, 0, 0);
		assertThat(added(2)).as("validated on day 2").containsExactly(1, 0, 0);
		assertThat(added(3)).as("the contribution").containsExactly(1, 1, 0);
		assertThat(added(4)).as("Vaitupu Voice approved on day 4: its registration counts, the joint contribution once").containsExactly(2, 1, 0);
		assertThat(added(5)).as("the decision").containsExactly(2, 1, 1);
		assertThat(added(6)).as("the cancelled registration no longer counts").containsExactly(1, 1, 1);

		assertSameAsTheHistory();
		benefits.rebuild();
		assertSameAsTheHistory();
		assertThat(added(4)).containsExactly(2, 1, 0);
		assertThat(added(6)).containsExactly(1, 1, 1);
	}

	private void assertSameAsTheHistory() {
		for (LocalDate day = DAY_1.minusDays(1); !day.isAfter(DAY_1.plusDays(7)); day = day.plusDays(1)) {
			assertThat(dashboard.benefits(day)).as("the benefits on %s", day).isEqualTo(recount(day));
		}
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		for (LocalDate day : List.of(LocalDate.of(2018, 10, 29), today.minusDays(1), today)) {
			assertThat(dashboard.benefits(day)).as("the benefits on %s", day).isEqualTo(recount(day));
		}
	}

	private static String id(Api.Response response) {
		assertThat(response.status()).as("%s", response).isIn(200, 201);
		return response.json().path("id").asString();
	}
}
