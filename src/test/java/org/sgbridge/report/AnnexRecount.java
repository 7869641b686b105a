package org.sgbridge.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.sgbridge.platform.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tests' yardstick for the annex read from its kept lines: the annex recomputed from the whole
 * published history at the end of a day, each request's latest status per group, as it was
 * computed before the lines were kept (SMEs approved at the same moment for the same group, and
 * with the same name, by organisation).
 */
final class AnnexRecount {

	private static final String SQL = """
			WITH last AS (
			  SELECT h.request_id, h.organization_id, h.study_group, h.sector, h.status, h.effective_at,
			         ROW_NUMBER() OVER (PARTITION BY h.request_id, h.study_group ORDER BY h.effective_at DESC, h.seq DESC) AS rn
			  FROM pilot_admission_history_v h WHERE h.effective_at < :end
			)
			SELECT l.organization_id, o.name, o.country, s.name_en, l.study_group, l.sector, MIN(l.effective_at) AS approved_at
			FROM last l
			JOIN directory_organization_v o ON o.id = l.organization_id
			JOIN directory_member_state_v s ON s.code = o.country
			WHERE l.rn = 1 AND l.status = 'APPROVED'
			GROUP BY l.organization_id, o.name, o.country, s.name_en, l.study_group, l.sector""";

	private final JdbcClient jdbc;

	AnnexRecount(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<PilotAnnex.Row> rows(LocalDate day) {
		record Approval(String org, String name, String code, String state, String group, String sector, Instant at) {
		}
		List<Approval> approvals = jdbc.sql(SQL)
			.param("end", Timestamp.from(Dates.endOf(day)))
			.query((rs, n) -> new Approval(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.list();
		Map<String, List<Approval>> bySme = new LinkedHashMap<>();
		approvals.forEach(a -> bySme.computeIfAbsent(a.org(), k -> new ArrayList<>()).add(a));
		record Entry(Approval first, List<Approval> all) {
		}
		List<Entry> entries = new ArrayList<>();
		for (List<Approval> list : bySme.values()) {
			list.sort(Comparator.comparingInt((Approval a) -> PilotAnnex.GROUP_ORDER.indexOf(a.group()) < 0
					? PilotAnnex.GROUP_ORDER.size() : PilotAnnex.GROUP_ORDER.indexOf(a.group())).thenComparing(Approval::group));
			entries.add(new Entry(list.get(0), list));
		}
		entries.sort(Comparator.comparingInt((Entry e) -> PilotAnnex.GROUP_ORDER.indexOf(e.first().group()) < 0
				? PilotAnnex.GROUP_ORDER.size() : PilotAnnex.GROUP_ORDER.indexOf(e.first().group()))
			.thenComparing(e -> e.first().at())
			.thenComparing(e -> e.first().name())
			.thenComparing(e -> e.first().org()));
		List<PilotAnnex.Row> rows = new ArrayList<>();
		for (Entry e : entries) {
			rows.add(new PilotAnnex.Row(rows.size() + 1, e.first().name(), e.first().state(), e.first().code(),
					List.copyOf(new TreeSet<>(e.all().stream().map(Approval::sector).toList())),
					e.all().stream().map(Approval::group).toList()));
		}
		return rows;
	}
}
