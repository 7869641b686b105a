package org.sgbridge.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The A.1 course in the BSG report: enrolments and certificates of achievement by their day over the
 * period, and both by month for the chart. Counted in SQL on the bsg module's published views; a
 * certificate revoked later counts on the day it was issued.
 */
@Service
@Transactional(readOnly = true)
class CourseFigures implements BsgSection {

	private final JdbcClient jdbc;
	private final MessageSource messages;

	CourseFigures(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public String key() {
		return "course";
	}

	@Override
	public int order() {
		return 60;
	}

	/** The API's figures; {@code byMonth} "YYYY-MM" → {enrolments, certificates}. */
	record Figures(long enrolments, long certificates, Map<String, long[]> byMonth) {
	}

	/** {@code GET /api/v1/reports/bsg}'s {@code course}: {@code enrolments} and {@code certificates}. */
	record Json(long enrolments, long certificates) {
	}

	@Override
	public Json json(BsgPeriod period) {
		Figures f = figures(period);
		return new Json(f.enrolments(), f.certificates());
	}

	Figures figures(BsgPeriod period) {
		Map<String, long[]> byMonth = new TreeMap<>();
		long[] totals = new long[2];
		count("SELECT EXTRACT(YEAR FROM enrolled_on) AS y, EXTRACT(MONTH FROM enrolled_on) AS m, COUNT(*) AS n "
				+ "FROM bsg_course_enrolment_v WHERE enrolled_on BETWEEN :from AND :to "
				+ "GROUP BY EXTRACT(YEAR FROM enrolled_on), EXTRACT(MONTH FROM enrolled_on)", period, byMonth, totals, 0);
		count("SELECT EXTRACT(YEAR FROM issued_on) AS y, EXTRACT(MONTH FROM issued_on) AS m, COUNT(*) AS n "
				+ "FROM bsg_course_certificate_v WHERE issued_on BETWEEN :from AND :to "
				+ "GROUP BY EXTRACT(YEAR FROM issued_on), EXTRACT(MONTH FROM issued_on)", period, byMonth, totals, 1);
		return new Figures(totals[0], totals[1], byMonth);
	}

	private void count(String sql, BsgPeriod period, Map<String, long[]> byMonth, long[] totals, int series) {
		jdbc.sql(sql).param("from", period.from()).param("to", period.to()).query((rs, n) -> {
			String month = String.format(Locale.ROOT, "%04d-%02d", rs.getInt("y"), rs.getInt("m"));
			long count = rs.getLong("n");
			byMonth.computeIfAbsent(month, k -> new long[2])[series] += count;
			totals[series] += count;
			return null;
		}).list();
	}

	@Override
	public List<BsgFigure> figures(BsgPeriod period, Locale locale) {
		Figures f = figures(period);
		String title = t("bsg.figure.course", locale);
		List<String> months = new ArrayList<>(f.byMonth().keySet());
		List<String> series = List.of(t("bsg.course.enrolments", locale), t("bsg.course.certificates", locale));
		String chart = Charts.columns(title, months, series, months.stream().map(f.byMonth()::get).toList());
		List<List<String>> rows = months.stream()
			.map(m -> List.of(m, String.valueOf(f.byMonth().get(m)[0]), String.valueOf(f.byMonth().get(m)[1])))
			.toList();
		return List.of(new BsgFigure("course", title, t("bsg.figure.course.note", locale, f.enrolments(), f.certificates()),
				chart, List.of(t("bsg.month", locale), series.get(0), series.get(1)), rows));
	}

	private String t(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
