package org.sgbridge.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sgbridge.directory.FocalPoints;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.sgbridge.studygroup.StudyGroup;
import org.sgbridge.studygroup.StudyGroups;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pilot's figures as of a date, from the history views {@code pilot_admission_history_v} and
 * {@code pilot_interest_group_v}: one SQL aggregate, nothing counted in Java.
 */
@Service
@Transactional(readOnly = true)
public class PilotReports {

	/** The pilot began with the Council 2017 decision. */
	public static final LocalDate PILOT_START = LocalDate.of(2017, 5, 25);

	static final int APPROVED = 3;
	static final int IN_ADMISSION = 2;
	static final int INTERESTED = 1;

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
	private final PilotCounts counts;
	private final FocalPoints focalPoints;
	private final StudyGroups groups;
	private final Clock clock;

	PilotReports(JdbcClient jdbc, PilotCounts counts, FocalPoints focalPoints, StudyGroups groups, Clock clock) {
		this.jdbc = jdbc;
		this.counts = counts;
		this.focalPoints = focalPoints;
		this.groups = groups;
		this.clock = clock;
	}

	/**
	 * The figures at the end of {@code asOf} (today when empty): all of them for the secretariat,
	 * its own states' for a DFP; 403 for anyone else. A date before the pilot, in the future or
	 * malformed is 400 {@code invalid-date}.
	 */
	public PilotFigures pilot(Actor actor, String asOf) {
		LocalDate day = Dates.parseOrToday(asOf, clock);
		if (day.isBefore(PILOT_START) || day.isAfter(Dates.today(clock))) {
			throw Dates.invalid(asOf);
		}
		List<String> states = actor.isSecretariat() ? List.of() : focalPoints.statesOf(actor.accountId());
		if (!actor.isSecretariat() && states.isEmpty()) {
			throw Problem.forbidden();
		}
		return figures(day, actor.isSecretariat() ? null : states);
	}

	/**
	 * The figures at the end of a day, for every state ({@code states} null) or only these: read from
	 * the counts kept by day for the world or one state, recounted from the history for several.
	 */
	public PilotFigures figures(LocalDate day, List<String> states) {
		if (states != null && states.size() != 1) {
			return fromHistory(day, states);
		}
		String state = states == null ? null : states.get(0);
		Figures f = new Figures();
		for (PilotCounts.Row row : counts.asOf(day, state)) {
			PilotFigures.Counts c = row.counts();
			if (c.equals(PilotFigures.Counts.ZERO)) {
				continue;
			}
			ParticipationSteps.Key key = row.key();
			boolean country = !key.scope().equals(ParticipationSteps.ALL);
			if (country && key.dim().equals("total")) {
				f.byState.merge(key.scope(), c, PilotReports::sum);
				if (row.region() != null) {
					f.byRegion.merge(row.region(), c, PilotReports::sum);
				}
			}
			if (country == (state != null)) {
				switch (key.dim()) {
					case "total" -> f.totals = sum(f.totals, c);
					case "sector" -> f.bySector.merge(key.k(), c, PilotReports::sum);
					case "group" -> f.byGroup.merge(key.k(), c, PilotReports::sum);
					default -> throw new IllegalStateException(key.dim());
				}
			}
		}
		return f.at(day);
	}

	/** The figures at the end of a day recounted from the whole history: one SQL aggregate over the views. */
	PilotFigures fromHistory(LocalDate day, List<String> states) {
		Figures f = new Figures();
		long[] totals = new long[4];
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
					case "total" -> f.totals = sum(f.totals, c);
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

	/** Figures being summed up. */
	private final class Figures {

		PilotFigures.Counts totals = PilotFigures.Counts.ZERO;
		final Map<String, PilotFigures.Counts> bySector = zeros(List.of("ITU-T", "ITU-D"));
		final Map<String, PilotFigures.Counts> byGroup = zeros(pilotGroups());
		final Map<String, PilotFigures.Counts> byState = new TreeMap<>();
		final Map<String, PilotFigures.Counts> byRegion = new TreeMap<>();

		PilotFigures at(LocalDate day) {
			PilotFigures.Totals t = new PilotFigures.Totals(totals.approved(), totals.inAdmission(), totals.interested(),
					totals.approved() + totals.inAdmission() + totals.interested());
			return new PilotFigures(day, t, bySector, byGroup, byState, byRegion);
		}
	}

	private List<String> pilotGroups() {
		return groups.all(true).stream().map(StudyGroup::code).distinct().toList();
	}

	private static Map<String, PilotFigures.Counts> zeros(List<String> keys) {
		Map<String, PilotFigures.Counts> map = new LinkedHashMap<>();
		keys.forEach(k -> map.put(k, PilotFigures.Counts.ZERO));
		return map;
	}

	private static PilotFigures.Counts sum(PilotFigures.Counts a, PilotFigures.Counts b) {
		return new PilotFigures.Counts(a.approved() + b.approved(), a.inAdmission() + b.inAdmission(),
				a.interested() + b.interested());
	}
}
