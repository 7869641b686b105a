package org.sgbridge.report;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the dashboard adds to the figures: the month-by-month trend since the pilot began (from the
 * counts kept by day) and the benefits of the pilot SMEs' participation (also counts kept by day,
 * {@link PilotBenefits}).
 */
@Service
@Transactional(readOnly = true)
public class PilotDashboard {

	private final JdbcClient jdbc;
	private final PilotCounts counts;
	private final PilotBenefits benefits;

	PilotDashboard(JdbcClient jdbc, PilotCounts counts, PilotBenefits benefits) {
		this.jdbc = jdbc;
		this.counts = counts;
		this.benefits = benefits;
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
		return trendChart(trend(asOf), title, approved, inAdmission);
	}

	/** The chart of a trend already read (the page shows both, from one reading). */
	public String trendChart(List<Month> months, String title, String approved, String inAdmission) {
		return Charts.trend(title, months.stream().map(m -> m.endOf().toString().substring(0, 7)).toList(),
				months.stream().map(m -> new long[] { m.approved(), m.inAdmission() }).toList(), List.of(approved, inAdmission));
	}

	/** Meetings attended (validated registrations), contributions, and decisions that had their input. */
	public record Benefits(long meetingRegistrations, long contributions, long decisionsWithTheirInput) {
	}

	/**
	 * The benefits at the end of {@code asOf}, of the SMEs approved then: registrations validated
	 * then, contributions submitted by then, decisions recorded by then with one of their
	 * contributions as input. Read from the counts kept by day ({@link PilotBenefits}).
	 */
	public Benefits benefits(LocalDate asOf) {
		return benefits.asOf(asOf);
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
