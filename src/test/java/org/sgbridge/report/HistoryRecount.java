package org.sgbridge.report;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.sgbridge.platform.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tests' yardstick for the counts kept by day: the pilot's figures recounted from the whole
 * published history in one SQL aggregate, with the counting rule of API.md written independently.
 */
final class HistoryRecount {

	private static final String SQL = """
			WITH last AS (
			  SELECT h.request_id, h.organization_id, h.country, h.study_group, h.sector, h.status,
			         ROW_NUMBER() OVER (PARTITION BY h.request_id, h.study_group ORDER BY h.effective_at DESC, h.seq DESC) AS rn
			  FROM pilot_admission_history_v h
			  WHERE h.effective_at < :end
			),
			requested AS (SELECT DISTINCT organization_id FROM last),
			entity_group AS (
			  SELECT organization_id AS entity, country, study_group, sector,
			         CASE status WHEN 'APPROVED' THEN 3 WHEN 'SUBMITTED' THEN 2 ELSE 0 END AS lvl
			  FROM last WHERE rn = 1
			  UNION ALL
			  SELECT COALESCE(i.organization_id, CONCAT('interest:', i.interest_id)), i.country, i.study_group, i.sector, 1
			  FROM pilot_interest_group_v i
			  WHERE i.created_at < :end
			    AND (i.organization_id IS NULL OR i.organization_id NOT IN (SELECT organization_id FROM requested))
			),
			scoped AS (
			  SELECT * FROM entity_group WHERE :all = TRUE OR country IN (:states)
			),
			by_entity_country AS (SELECT entity, country, MAX(lvl) AS lvl FROM scoped GROUP BY entity, country)
			SELECT 'total' AS dim, '' AS k, lvl, COUNT(*) AS n
			  FROM (SELECT entity, MAX(lvl) AS lvl FROM scoped GROUP BY entity) t WHERE lvl > 0 GROUP BY lvl
			UNION ALL
			SELECT 'sector', sector, lvl, COUNT(*)
			  FROM (SELECT entity, sector, MAX(lvl) AS lvl FROM scoped GROUP BY entity, sector) t WHERE lvl > 0 GROUP BY sector, lvl
			UNION ALL
			SELECT 'group', study_group, lvl, COUNT(*)
			  FROM (SELECT entity, study_group, MAX(lvl) AS lvl FROM scoped GROUP BY entity, study_group) t WHERE lvl > 0
			  GROUP BY study_group, lvl
			UNION ALL
			SELECT 'state', country, lvl, COUNT(*) FROM by_entity_country WHERE lvl > 0 GROUP BY country, lvl
			UNION ALL
			SELECT 'region', s.region, t.lvl, COUNT(*)
			  FROM by_entity_country t JOIN directory_member_state_v s ON s.code = t.country
			  WHERE t.lvl > 0 GROUP BY s.region, t.lvl
			""";

	private final JdbcClient jdbc;
	private final PilotReports reports;

	HistoryRecount(JdbcClient jdbc, PilotReports reports) {
		this.jdbc = jdbc;
		this.reports = reports;
	}

	/** The figures at the end of a day recounted from the whole history: one SQL aggregate over the views. */
	PilotFigures figures(LocalDate day, List<String> states) {
		PilotReports.Figures f = new PilotReports.Figures(reports.pilotGroups());
		jdbc.sql(SQL)
			.param("end", Timestamp.from(Dates.endOf(day)))
			.param("all", states == null)
			.param("states", states == null || states.isEmpty() ? List.of("--") : states)
			.query((rs, n) -> {
				String dim = rs.getString("dim");
				String key = rs.getString("k");
				int level = rs.getInt("lvl");
				long count = rs.getLong("n");
				PilotFigures.Counts c = PilotFigures.Counts.ZERO.add(level, count);
				switch (dim) {
					case "total" -> f.totals = PilotReports.sum(f.totals, c);
					case "sector" -> f.bySector.merge(key, c, PilotReports::sum);
					case "group" -> f.byGroup.merge(key, c, PilotReports::sum);
					case "state" -> f.byState.merge(key, c, PilotReports::sum);
					case "region" -> f.byRegion.merge(key, c, PilotReports::sum);
					default -> throw new IllegalStateException(dim);
				}
				return null;
			})
			.list();
		return f.at(day);
	}
}
