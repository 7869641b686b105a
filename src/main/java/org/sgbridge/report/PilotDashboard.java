package org.sgbridge.report;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.sgbridge.platform.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the dashboard adds to the figures: the month-by-month trend since the pilot began and the
 * benefits of the pilot SMEs' participation, each one SQL aggregate over the history views.
 */
@Service
@Transactional(readOnly = true)
public class PilotDashboard {

	private static final String TREND = """
			WITH months (m) AS (%s),
			last AS (
			  SELECT mo.m, h.organization_id, h.status,
			         ROW_NUMBER() OVER (PARTITION BY mo.m, h.request_id, h.study_group ORDER BY h.effective_at DESC, h.seq DESC) AS rn
			  FROM months mo JOIN pilot_admission_history_v h ON h.effective_at < mo.m
			),
			levels AS (
			  SELECT m, organization_id, MAX(CASE status WHEN 'APPROVED' THEN 3 WHEN 'SUBMITTED' THEN 2 ELSE 0 END) AS lvl
			  FROM last WHERE rn = 1 GROUP BY m, organization_id
			)
			SELECT mo.m, COALESCE(SUM(CASE WHEN l.lvl = 3 THEN 1 ELSE 0 END), 0) AS approved,
			       COALESCE(SUM(CASE WHEN l.lvl = 2 THEN 1 ELSE 0 END), 0) AS in_admission
			FROM months mo LEFT JOIN levels l ON l.m = mo.m
			GROUP BY mo.m ORDER BY mo.m""";

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

	PilotDashboard(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The counts at the end of each month from the pilot's start to {@code asOf}. */
	public record Month(LocalDate endOf, long approved, long inAdmission) {
	}

	public List<Month> trend(LocalDate asOf) {
		// The first days of the months, as literals made here (never from input): one row each.
		StringBuilder months = new StringBuilder();
		for (LocalDate m = PilotReports.PILOT_START.withDayOfMonth(1).plusMonths(1); !m.isAfter(asOf.withDayOfMonth(1).plusMonths(1));
				m = m.plusMonths(1)) {
			months.append(months.isEmpty() ? "" : " UNION ALL ").append("SELECT DATE '").append(m).append("'");
		}
		return jdbc.sql(TREND.formatted(months))
			.query((rs, n) -> new Month(rs.getDate(1).toLocalDate().minusDays(1), rs.getLong(2), rs.getLong(3)))
			.list();
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
