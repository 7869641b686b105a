package org.sgbridge.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contributions from developing countries (the BSG document's figure 3): submitted contributions
 * (not withdrawn) to the meetings whose first day falls in the period, and those among them with a
 * source organisation whose Member State was least developed or developing on that day; and the
 * same per study period of the meeting's sector, for the meetings up to the period's end. Counted
 * in SQL on the document, meeting, study group and directory modules' published views.
 */
@Service
@Transactional(readOnly = true)
class ContributionFigures implements BsgSection {

	private static final String FROM = """
			FROM document_contribution_v c
			JOIN meeting_v m ON m.id = c.meeting_id
			LEFT JOIN directory_organization_v o ON o.id = c.organization_id
			""" + BsgSql.developingJoin("dev", "o.country", "m.start_date");

	private final JdbcClient jdbc;
	private final MessageSource messages;

	ContributionFigures(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public String key() {
		return "contributions";
	}

	@Override
	public int order() {
		return 40;
	}

	record Figures(long fromDeveloping, long total) {
	}

	/** Contributions counted once each, and those with a source from a state developing on their meeting's first day. */
	private static String counts() {
		return "WITH " + BsgSql.DEVELOPING_PERIODS
				+ "SELECT COUNT(DISTINCT CASE WHEN dev.code IS NOT NULL THEN c.id END) AS developing, COUNT(DISTINCT c.id) AS total ";
	}

	@Override
	public Figures json(BsgPeriod period) {
		return jdbc.sql(counts() + FROM + "WHERE c.status = 'SUBMITTED' AND m.start_date >= :from AND m.start_date <= :to")
			.param("from", period.from()).param("to", period.to())
			.query((rs, n) -> new Figures(rs.getLong("developing"), rs.getLong("total")))
			.single();
	}

	/** A study period with its contributions: all of them, and those from developing countries. */
	record PerStudyPeriod(String sector, String label, long fromDeveloping, long total) {
	}

	List<PerStudyPeriod> perStudyPeriod(BsgPeriod period) {
		return jdbc.sql(counts() + ", p.sector, p.label, MIN(p.starts_on) AS starts " + FROM
				+ "JOIN studygroup_period_v p ON p.sector = m.sector AND p.starts_on <= m.start_date"
				+ " AND (p.ends_on IS NULL OR p.ends_on >= m.start_date) "
				+ "WHERE c.status = 'SUBMITTED' AND m.start_date <= :to GROUP BY p.id, p.sector, p.label ORDER BY starts, p.sector")
			.param("to", period.to())
			.query((rs, n) -> new PerStudyPeriod(rs.getString("sector"), rs.getString("label"), rs.getLong("developing"),
					rs.getLong("total")))
			.list();
	}

	@Override
	public List<BsgFigure> figures(BsgPeriod period, Locale locale) {
		Figures f = json(period);
		List<PerStudyPeriod> periods = perStudyPeriod(period);
		String title = t("bsg.figure.contributions", locale);
		String developing = t("bsg.contributions.developing", locale);
		String all = t("bsg.contributions.total", locale);
		List<String> labels = periods.stream().map(p -> p.sector() + " " + p.label()).toList();
		String chart = Charts.columns(title, labels, List.of(developing, all),
				periods.stream().map(p -> new long[] { p.fromDeveloping(), p.total() }).toList());
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < periods.size(); i++) {
			rows.add(List.of(labels.get(i), String.valueOf(periods.get(i).fromDeveloping()), String.valueOf(periods.get(i).total())));
		}
		return List.of(new BsgFigure("contributions", title,
				t("bsg.figure.contributions.note", locale, f.fromDeveloping(), f.total()), chart,
				List.of(t("bsg.studyPeriod", locale), developing, all), rows));
	}

	private String t(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
