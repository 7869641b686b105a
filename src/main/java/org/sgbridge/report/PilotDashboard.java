package org.sgbridge.report;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.sgbridge.platform.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the dashboard adds to the figures: the month-by-month trend since the pilot began (from the
 * counts kept by day) and the benefits of the pilot SMEs' participation (an SQL aggregate over the
 * history views).
 */
@Service
@Transactional(readOnly = true)
public class PilotDashboard {

	/** The SMEs approved at the end of the day, the base of the benefits. */
	private static final String APPROVED_SMES = """
			WITH last AS (
			  SELECT h.organization_id, h.status,
			         ROW_NUMBER() OVER (PARTITION BY h.request_id, h.study_group ORDER BY h.effective_at DESC, h.seq DESC) AS rn
			  FROM pilot_admission_history_v h WHERE h.effective_at < :end
			)
			SELECT DISTINCT organization_id FROM last WHERE rn = 1 AND status = 'APPROVED'""";

	private static final String BENEFITS = """
			WITH smes AS (""" + APPROVED_SMES + """
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

	private final JdbcClient jdbc;
	private final PilotCounts counts;

	PilotDashboard(JdbcClient jdbc, PilotCounts counts) {
		this.jdbc = jdbc;
		this.counts = counts;
	}

	/** The counts at the end of each month from the pilot's start to {@code asOf} (the last one at {@code asOf}). */
	public record Month(LocalDate endOf, long approved, long inAdmission) {
	}

	public List<Month> trend(LocalDate asOf) {
		List<LocalDate> ends = new java.util.ArrayList<>();
		for (LocalDate m = PilotReports.PILOT_START.withDayOfMonth(1).plusMonths(1); !m.isAfter(asOf.withDayOfMonth(1).plusMonths(1));
				m = m.plusMonths(1)) {
			LocalDate end = m.minusDays(1);
			ends.add(end.isAfter(asOf) ? asOf : end);
		}
		List<PilotFigures.Counts> totals = counts.totals(ends);
		List<Month> months = new java.util.ArrayList<>();
		for (int i = 0; i < ends.size(); i++) {
			months.add(new Month(ends.get(i), totals.get(i).approved(), totals.get(i).inAdmission()));
		}
		return months;
	}

	/** The trend as a chart of the approved and in admission at the end of each month, for the page and the documents. */
	public String trendChart(LocalDate asOf, String title, String approved, String inAdmission) {
		List<Month> months = trend(asOf);
		return Charts.trend(title, months.stream().map(m -> m.endOf().toString().substring(0, 7)).toList(),
				months.stream().map(m -> new long[] { m.approved(), m.inAdmission() }).toList(), List.of(approved, inAdmission));
	}

	/** Meetings attended (validated registrations), contributions, and decisions that had their input. */
	public record Benefits(long meetingRegistrations, long contributions, long decisionsWithTheirInput) {
	}

	public Benefits benefits(LocalDate asOf) {
		return jdbc.sql(BENEFITS)
			.param("end", Timestamp.from(Dates.endOf(asOf)))
			.query((rs, n) -> new Benefits(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

	/** The national SME criteria in force in a Member State. */
	public record Criteria(String country, Integer maxEmployees, java.math.BigDecimal maxRevenue, String currency) {
	}

	public List<Criteria> criteria() {
		return jdbc.sql("""
				SELECT country, max_employees, max_revenue_amount, max_revenue_currency FROM directory_sme_criteria_v
				ORDER BY country""")
			.query((rs, n) -> new Criteria(rs.getString(1), (Integer) rs.getObject(2), rs.getBigDecimal(3), rs.getString(4)))
			.list();
	}
}
