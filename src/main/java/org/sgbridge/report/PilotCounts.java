package org.sgbridge.report;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import org.sgbridge.pilot.PilotParticipationChanged;
import org.sgbridge.platform.Audited;
import org.sgbridge.report.ParticipationSteps.InterestRow;
import org.sgbridge.report.ParticipationSteps.Key;
import org.sgbridge.report.ParticipationSteps.RequestRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.NamedInterface;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The pilot's counts kept by day. Whenever the pilot's history changes, the participants it
 * concerns are recounted from their own history ({@link ParticipationSteps}) and the difference is
 * added to the counts of the days from which it holds, in the same transaction. A figure as of a
 * date then reads, for each key, the last counts on or before that date: a lookup per key, however
 * long the history. {@link #rebuild()} recounts everything, for data written in bulk. The annex's
 * lines ({@link AnnexEntries}) are kept with the counts, from the same history.
 */
@NamedInterface("api")
@Service
@Transactional
@Order(5)
public class PilotCounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PilotCounts.class);
	private static final String INTEREST = "interest:";

	private static final String REQUESTS = """
			SELECT organization_id, request_id, country, study_group, sector, status, effective_at, seq
			FROM pilot_admission_history_v""";
	private static final String INTERESTS = """
			SELECT COALESCE(organization_id, CONCAT('interest:', interest_id)) AS entity, country, study_group, sector, created_at
			FROM pilot_interest_group_v""";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final AnnexEntries annex;

	PilotCounts(JdbcClient jdbc, JdbcTemplate template, AnnexEntries annex) {
		this.jdbc = jdbc;
		this.template = template;
		this.annex = annex;
	}

	/** The counts of one key at the end of a day. */
	record Row(Key key, String region, PilotFigures.Counts counts) {
	}

	/**
	 * The counts at the end of {@code day}: for the world ({@code states} null) its total, sectors and
	 * groups and each state's total; for these states their totals, sectors and groups. Each with the
	 * state's region.
	 */
	@Transactional(readOnly = true)
	List<Row> asOf(LocalDate day, List<String> states) {
		return jdbc.sql("""
				WITH latest AS (
				  SELECT k.scope, k.dim, k.k,
				         (SELECT MAX(c.on_day) FROM report_pilot_count c
				          WHERE c.scope = k.scope AND c.dim = k.dim AND c.k = k.k AND c.on_day <= :day) AS on_day
				  FROM report_pilot_key k
				  WHERE (:world = TRUE AND (k.scope = 'ALL' OR k.dim = 'total')) OR (:world = FALSE AND k.scope IN (:states))
				)
				SELECT l.scope, l.dim, l.k, s.region, c.approved, c.in_admission, c.interested
				FROM latest l
				JOIN report_pilot_count c ON c.scope = l.scope AND c.dim = l.dim AND c.k = l.k AND c.on_day = l.on_day
				LEFT JOIN directory_member_state_v s ON s.code = l.scope""")
			.param("day", Date.valueOf(day))
			.param("world", states == null)
			.param("states", states == null || states.isEmpty() ? List.of("--") : states)
			.query((rs, n) -> new Row(new Key(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getString(4),
					new PilotFigures.Counts(rs.getLong(5), rs.getLong(6), rs.getLong(7))))
			.list();
	}

	/** The world's total at the end of each of these days, in their order: one query. */
	@Transactional(readOnly = true)
	List<PilotFigures.Counts> totals(List<LocalDate> days) {
		if (days.isEmpty()) {
			return List.of();
		}
		// The days as literals made here from LocalDate values (never from input), one row each: a VALUES
		// list, which is planned in a millisecond where as many UNION ALL branches took several.
		String literals = days.stream().map(d -> "(DATE '" + d + "')").collect(java.util.stream.Collectors.joining(", "));
		Map<LocalDate, PilotFigures.Counts> byDay = new HashMap<>();
		jdbc.sql("""
				SELECT dd.d, c.approved, c.in_admission, c.interested FROM (VALUES %s) AS dd(d)
				JOIN report_pilot_count c ON c.scope = 'ALL' AND c.dim = 'total' AND c.k = 'ALL'
				  AND c.on_day = (SELECT MAX(x.on_day) FROM report_pilot_count x
				                  WHERE x.scope = 'ALL' AND x.dim = 'total' AND x.k = 'ALL' AND x.on_day <= dd.d)""".formatted(literals))
			.query(rs -> {
				byDay.put(rs.getDate(1).toLocalDate(), new PilotFigures.Counts(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
			});
		return days.stream().map(d -> byDay.getOrDefault(d, PilotFigures.Counts.ZERO)).toList();
	}

	/**
	 * Notes the change and recounts just before the transaction commits, once for all its changes:
	 * the counts' lock is then the last lock the transaction takes but the audit chain's (whose entry
	 * is appended last, {@link Audited#BEFORE_THE_AUDIT_ENTRY}), so that it never waits on a lock held
	 * by a transaction that waits for the counts: every transaction takes the two in that order
	 * ({@link PilotBenefits} takes the same lock, at the same moment).
	 */
	@EventListener
	void on(PilotParticipationChanged change) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			recount(List.of(change));
			return;
		}
		@SuppressWarnings("unchecked")
		Set<PilotParticipationChanged> pending = (Set<PilotParticipationChanged>) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			Set<PilotParticipationChanged> changes = new LinkedHashSet<>();
			TransactionSynchronizationManager.bindResource(this, changes);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				/** Before the audit entry, as every writer before the commit: the counts' lock, then the audit chain's, in every transaction. */
				@Override
				public int getOrder() {
					return Audited.BEFORE_THE_AUDIT_ENTRY;
				}

				@Override
				public void beforeCommit(boolean readOnly) {
					TransactionSynchronizationManager.unbindResource(PilotCounts.this);
					recount(changes);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(PilotCounts.this);
				}
			});
			pending = changes;
		}
		pending.add(change);
	}

	/** Recounts the participants these changes concern, under the counts' lock. */
	private void recount(Collection<PilotParticipationChanged> changes) {
		lock();
		Set<String> entities = new LinkedHashSet<>();
		for (PilotParticipationChanged change : changes) {
			if (change.interestId() != null) {
				entities.add(INTEREST + change.interestId());
			}
			if (change.organizationId() != null) {
				entities.add(change.organizationId());
				entities.addAll(jdbc.sql("SELECT DISTINCT CONCAT('interest:', interest_id) FROM pilot_interest_group_v WHERE organization_id = :o")
					.param("o", change.organizationId())
					.query(String.class)
					.list());
			}
		}
		entities.forEach(this::recount);
	}

	/** Recounts one participant from its history and adds the difference to the counts; under the counts' lock. */
	private void recount(String entity) {
		List<RequestRow> requests = entity.startsWith(INTEREST) ? List.of()
				: jdbc.sql(REQUESTS + " WHERE organization_id = :e").param("e", entity).query((rs, n) -> request(rs)).list();
		List<InterestRow> interests = entity.startsWith(INTEREST)
				? jdbc.sql(INTERESTS + " WHERE interest_id = :i AND organization_id IS NULL")
					.param("i", entity.substring(INTEREST.length()))
					.query((rs, n) -> interest(rs))
					.list()
				: jdbc.sql(INTERESTS + " WHERE organization_id = :e").param("e", entity).query((rs, n) -> interest(rs)).list();
		if (!entity.startsWith(INTEREST)) {
			// the SME's lines of the annex, which change with its approvals even where no day's count does
			annex.replace(entity, requests);
		}
		Map<Key, NavigableMap<LocalDate, Integer>> now = ParticipationSteps.of(requests, interests);
		Map<Key, NavigableMap<LocalDate, Integer>> before = new TreeMap<>();
		jdbc.sql("SELECT scope, dim, k, on_day, lvl FROM report_pilot_step WHERE entity = :e")
			.param("e", entity)
			.query(rs -> {
				before.computeIfAbsent(new Key(rs.getString(1), rs.getString(2), rs.getString(3)), k -> new TreeMap<>())
					.put(rs.getDate(4).toLocalDate(), rs.getInt(5));
			});
		if (now.equals(before)) {
			return;
		}
		Map<Key, NavigableMap<LocalDate, long[]>> delta = new TreeMap<>();
		addDeltas(delta, now, 1);
		addDeltas(delta, before, -1);
		delta.forEach((key, byDay) -> byDay.forEach((day, d) -> {
			if (d[0] != 0 || d[1] != 0 || d[2] != 0) {
				apply(key, day, d);
			}
		}));
		jdbc.sql("DELETE FROM report_pilot_step WHERE entity = :e").param("e", entity).update();
		List<Object[]> rows = new ArrayList<>();
		now.forEach((key, byDay) -> byDay.forEach((day, level) -> rows.add(stepRow(entity, key, day, level))));
		template.batchUpdate("INSERT INTO report_pilot_step (entity, scope, dim, k, on_day, lvl) VALUES (?,?,?,?,?,?)", rows);
	}

	/**
	 * Recounts everything from the history, in one pass: for data written in bulk, and for a
	 * database whose history predates the counts.
	 */
	public void rebuild() {
		long start = System.nanoTime();
		lock();
		Map<String, List<RequestRow>> requests = new HashMap<>();
		template.query(REQUESTS, rs -> {
			requests.computeIfAbsent(rs.getString(1), e -> new ArrayList<>()).add(request(rs));
		});
		Map<String, List<InterestRow>> interests = new HashMap<>();
		template.query(INTERESTS, rs -> {
			interests.computeIfAbsent(rs.getString(1), e -> new ArrayList<>()).add(interest(rs));
		});
		Set<String> entities = new LinkedHashSet<>(requests.keySet());
		entities.addAll(interests.keySet());
		Map<Key, NavigableMap<LocalDate, long[]>> delta = new TreeMap<>();
		List<Object[]> steps = new ArrayList<>();
		for (String entity : entities) {
			Map<Key, NavigableMap<LocalDate, Integer>> s = ParticipationSteps.of(requests.getOrDefault(entity, List.of()),
					interests.getOrDefault(entity, List.of()));
			addDeltas(delta, s, 1);
			s.forEach((key, byDay) -> byDay.forEach((day, level) -> steps.add(stepRow(entity, key, day, level))));
		}
		template.update("DELETE FROM report_pilot_step");
		template.update("DELETE FROM report_pilot_count");
		template.update("DELETE FROM report_pilot_key");
		List<Object[]> keys = new ArrayList<>();
		List<Object[]> counts = new ArrayList<>();
		delta.forEach((key, byDay) -> {
			keys.add(new Object[] { key.scope(), key.dim(), key.k() });
			long[] running = new long[3];
			byDay.forEach((day, d) -> {
				for (int i = 0; i < 3; i++) {
					running[i] += d[i];
				}
				counts.add(new Object[] { key.scope(), key.dim(), key.k(), Date.valueOf(day), running[0], running[1], running[2] });
			});
		});
		batch("INSERT INTO report_pilot_key (scope, dim, k) VALUES (?,?,?)", keys);
		batch("INSERT INTO report_pilot_count (scope, dim, k, on_day, approved, in_admission, interested) VALUES (?,?,?,?,?,?,?)", counts);
		batch("INSERT INTO report_pilot_step (entity, scope, dim, k, on_day, lvl) VALUES (?,?,?,?,?,?)", steps);
		annex.rebuild(requests);
		log.info("Pilot counts rebuilt: {} participants, {} counts, {} ms", entities.size(), counts.size(),
				(System.nanoTime() - start) / 1_000_000);
	}

	/** A database whose pilot history was written before the counts existed gets them at start. */
	@Override
	public void run(ApplicationArguments args) {
		// Whether anything is counted or to count: the first row of each, never the whole history (start-up time).
		boolean counted = template.queryForObject("SELECT CASE WHEN EXISTS (SELECT 1 FROM report_pilot_key) THEN 1 ELSE 0 END",
				Integer.class) == 1;
		boolean history = template.queryForObject("SELECT CASE WHEN EXISTS (SELECT 1 FROM pilot_admission_history_v) "
				+ "OR EXISTS (SELECT 1 FROM pilot_interest_group_v) THEN 1 ELSE 0 END", Integer.class) == 1;
		if (!counted && history) {
			rebuild();
		}
		else if (annex.missing()) {
			// a database counted before the annex's lines were kept: they are written once, from the history
			long start = System.nanoTime();
			lock();
			Map<String, List<RequestRow>> requests = new HashMap<>();
			template.query(REQUESTS, rs -> {
				requests.computeIfAbsent(rs.getString(1), e -> new ArrayList<>()).add(request(rs));
			});
			annex.rebuild(requests);
			log.info("Annex lines written for {} SMEs, {} ms", requests.size(), (System.nanoTime() - start) / 1_000_000);
		}
	}

	private void batch(String sql, List<Object[]> rows) {
		for (int i = 0; i < rows.size(); i += 5_000) {
			template.batchUpdate(sql, rows.subList(i, Math.min(rows.size(), i + 5_000)));
		}
	}

	/** Adds the counts' changes a participant's steps make: leaving a level on a day, entering another. */
	private static void addDeltas(Map<Key, NavigableMap<LocalDate, long[]>> delta, Map<Key, NavigableMap<LocalDate, Integer>> steps,
			int sign) {
		steps.forEach((key, byDay) -> {
			int previous = 0;
			for (var step : byDay.entrySet()) {
				long[] d = delta.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(step.getKey(), k -> new long[3]);
				if (previous > 0) {
					d[column(previous)] -= sign;
				}
				if (step.getValue() > 0) {
					d[column(step.getValue())] += sign;
				}
				previous = step.getValue();
			}
		});
	}

	/** The column of a level in a counts row: approved, in admission, interested. */
	private static int column(int level) {
		return PilotReports.APPROVED - level;
	}

	/**
	 * Adds a change to the counts of one key from {@code day} on, making the key and the day's row
	 * first if needed (under the counts' lock, so nobody else makes them meanwhile).
	 */
	private void apply(Key key, LocalDate day, long[] d) {
		Date on = Date.valueOf(day);
		long known = jdbc.sql("SELECT COUNT(*) FROM report_pilot_key WHERE scope = :s AND dim = :d AND k = :k")
			.param("s", key.scope()).param("d", key.dim()).param("k", key.k())
			.query(Long.class).single();
		if (known == 0) {
			jdbc.sql("INSERT INTO report_pilot_key (scope, dim, k) VALUES (:s, :d, :k)")
				.param("s", key.scope()).param("d", key.dim()).param("k", key.k())
				.update();
		}
		long rows = jdbc.sql("SELECT COUNT(*) FROM report_pilot_count WHERE scope = :s AND dim = :d AND k = :k AND on_day = :day")
			.param("s", key.scope()).param("d", key.dim()).param("k", key.k()).param("day", on)
			.query(Long.class).single();
		if (rows == 0) {
			long[] before = jdbc.sql("""
					SELECT approved, in_admission, interested FROM report_pilot_count
					WHERE scope = :s AND dim = :d AND k = :k AND on_day = (SELECT MAX(x.on_day) FROM report_pilot_count x
					  WHERE x.scope = :s AND x.dim = :d AND x.k = :k AND x.on_day < :day)""")
				.param("s", key.scope()).param("d", key.dim()).param("k", key.k()).param("day", on)
				.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
				.optional()
				.orElse(new long[3]);
			jdbc.sql("""
					INSERT INTO report_pilot_count (scope, dim, k, on_day, approved, in_admission, interested)
					VALUES (:s, :d, :k, :day, :a, :i, :n)""")
				.param("s", key.scope()).param("d", key.dim()).param("k", key.k()).param("day", on)
				.param("a", before[0]).param("i", before[1]).param("n", before[2])
				.update();
		}
		jdbc.sql("""
				UPDATE report_pilot_count SET approved = approved + :a, in_admission = in_admission + :i, interested = interested + :n
				WHERE scope = :s AND dim = :d AND k = :k AND on_day >= :day""")
			.param("a", d[0]).param("i", d[1]).param("n", d[2])
			.param("s", key.scope()).param("d", key.dim()).param("k", key.k()).param("day", on)
			.update();
	}

	private void lock() {
		jdbc.sql("SELECT id FROM report_pilot_lock WHERE id = 1 FOR UPDATE").query(Integer.class).single();
	}

	private static Object[] stepRow(String entity, Key key, LocalDate day, int level) {
		return new Object[] { entity, key.scope(), key.dim(), key.k(), Date.valueOf(day), level };
	}

	private static RequestRow request(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new RequestRow(rs.getString("request_id"), rs.getString("country"), rs.getString("study_group"), rs.getString("sector"),
				rs.getString("status"), rs.getTimestamp("effective_at").toInstant(), rs.getLong("seq"));
	}

	private static InterestRow interest(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new InterestRow(rs.getString("country"), rs.getString("study_group"), rs.getString("sector"),
				rs.getTimestamp("created_at").toInstant());
	}
}
