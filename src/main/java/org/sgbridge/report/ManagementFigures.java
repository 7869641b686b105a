package org.sgbridge.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Developing-country members of the study groups' management teams per study period (the BSG
 * document's figure 4): the distinct people appointed chair, vice-chair or working party chair in
 * each study period (appointments made up to the period's end), and those among them who take part
 * for an organisation of a Member State that was least developed or developing when the study
 * period began. Counted in SQL on the study group and directory modules' published views.
 */
@Service
@Transactional(readOnly = true)
class ManagementFigures implements BsgSection {

	private final JdbcClient jdbc;
	private final MessageSource messages;

	ManagementFigures(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public String key() {
		return "managementTeams";
	}

	@Override
	public int order() {
		return 50;
	}

	record PerStudyPeriod(String sector, String label, long fromDeveloping, long members) {
	}

	List<PerStudyPeriod> perStudyPeriod(BsgPeriod period) {
		return jdbc.sql("SELECT a.sector, a.period_label, MIN(a.period_starts_on) AS starts, COUNT(DISTINCT a.account_id) AS members, "
				+ "COUNT(DISTINCT CASE WHEN EXISTS (SELECT 1 FROM directory_organization_member_v om WHERE om.account_id = a.account_id AND "
				+ BsgSql.developingOn("om.country", "a.period_starts_on") + ") THEN a.account_id END) AS developing "
				+ "FROM studygroup_appointment_v a WHERE a.role IN ('CHAIR', 'VICE_CHAIR', 'WORKING_PARTY_CHAIR') "
				+ "AND a.starts_on <= :to GROUP BY a.study_period, a.sector, a.period_label ORDER BY starts, a.sector")
			.param("to", period.to())
			.query((rs, n) -> new PerStudyPeriod(rs.getString("sector"), rs.getString("period_label"), rs.getLong("developing"),
					rs.getLong("members")))
			.list();
	}

	/** Per study period ("ITU-T 2017-2020"): {@code members} and {@code fromDeveloping}. */
	@Override
	public Map<String, Map<String, Long>> json(BsgPeriod period) {
		Map<String, Map<String, Long>> out = new LinkedHashMap<>();
		perStudyPeriod(period).forEach(p -> out.put(p.sector() + " " + p.label(),
				Map.of("members", p.members(), "fromDeveloping", p.fromDeveloping())));
		return out;
	}

	@Override
	public List<BsgFigure> figures(BsgPeriod period, Locale locale) {
		List<PerStudyPeriod> periods = perStudyPeriod(period);
		String title = t("bsg.figure.management", locale);
		String developing = t("bsg.management.developing", locale);
		String all = t("bsg.management.members", locale);
		List<String> labels = periods.stream().map(p -> p.sector() + " " + p.label()).toList();
		String chart = Charts.columns(title, labels, List.of(developing, all),
				periods.stream().map(p -> new long[] { p.fromDeveloping(), p.members() }).toList());
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < periods.size(); i++) {
			rows.add(List.of(labels.get(i), String.valueOf(periods.get(i).fromDeveloping()), String.valueOf(periods.get(i).members())));
		}
		return List.of(new BsgFigure("management", title, t("bsg.figure.management.note", locale), chart,
				List.of(t("bsg.studyPeriod", locale), developing, all), rows));
	}

	private String t(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
