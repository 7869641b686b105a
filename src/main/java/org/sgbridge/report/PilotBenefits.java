package org.sgbridge.report;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.sgbridge.decision.DecisionEvent;
import org.sgbridge.document.ContributionEvent;
import org.sgbridge.meeting.RegistrationEvent;
import org.sgbridge.pilot.PilotParticipationChanged;
import org.sgbridge.platform.Audited;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The benefits of the pilot SMEs' participation kept by day: validated meeting registrations,
 * contributions, and decisions that had their input, of the SMEs approved at the end of each day.
 * Each item (a registration, a contribution, a decision) counts from the days on which it is
 * validated or exists and one of its organisations is approved, and stops counting when either
 * ends; whenever the history of an item or of an organisation's admission changes, the items it
 * concerns are recounted from the published history views and the difference is added to the
 * counts of the days from which it holds, in the same transaction, under the counts' lock (the
 * one {@link PilotCounts} takes). The dashboard then reads one row, however long the history.
 * {@link #rebuild()} recounts everything, for data written in bulk.
 */
@NamedInterface("api")
@Service
@Transactional
@Order(6)
public class PilotBenefits implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PilotBenefits.class);
	private static final int CHUNK = 1_000;
	private static final int BATCH = 5_000;

	/** The organisations ever approved: only their items can count. */
	private static final String EVER_APPROVED = "SELECT a.organization_id FROM pilot_admission_history_v a WHERE a.status = 'APPROVED'";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	/** For the rebuild, which reads the registrations' history as it goes rather than all at once. */
	private final JdbcTemplate streaming;

	PilotBenefits(JdbcClient jdbc, JdbcTemplate template, DataSource dataSource) {
		this.jdbc = jdbc;
		this.template = template;
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(BATCH);
	}

	/** What an item is: the column of the counts it adds to. */
	enum Kind {
		R, C, D
	}

	record Item(Kind kind, String id) {
	}

	/** The benefits at the end of {@code day}: the last counts on or before it. */
	@Transactional(readOnly = true)
	public PilotDashboard.Benefits asOf(LocalDate day) {
		return jdbc.sql("""
				SELECT registrations, contributions, decisions FROM report_benefit_count
				WHERE on_day = (SELECT MAX(x.on_day) FROM report_benefit_count x WHERE x.on_day <= :day)""")
			.param("day", Date.valueOf(day))
			.query((rs, n) -> new PilotDashboard.Benefits(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.optional()
			.orElse(new PilotDashboard.Benefits(0, 0, 0));
	}

	/** A request submitted or decided: the organisation's items may count on other days now. */
	@EventListener
	void on(PilotParticipationChanged change) {
		if (change.organizationId() != null) {
			note(changes -> changes.organizations.add(change.organizationId()));
		}
	}

	/**
	 * A registration validated, rejected or cancelled. A new one waiting for validation never counts
	 * (one validated at once also raises {@link RegistrationEvent.Validated}), and a change of mode
	 * leaves its status as it was.
	 */
	@EventListener
	void on(RegistrationEvent event) {
		if (event instanceof RegistrationEvent.Registered || event instanceof RegistrationEvent.ModeChanged) {
			return;
		}
		note(changes -> changes.items.add(new Item(Kind.R, event.facts().registrationId())));
	}

	/**
	 * A contribution submitted, or with a new co-source (it and the decisions it was input to may
	 * count now). A withdrawn one still counts, as a contribution made; revisions and publication
	 * change nothing counted.
	 */
	@EventListener
	void on(ContributionEvent event) {
		if (event instanceof ContributionEvent.Submitted || event instanceof ContributionEvent.CoSourceConfirmed) {
			note(changes -> changes.contributions.add(event.contributionId()));
		}
	}

	@EventListener
	void on(DecisionEvent.Recorded event) {
		note(changes -> changes.items.add(new Item(Kind.D, event.decisionId())));
	}

	/** What a transaction changed, recounted once just before it commits. */
	private static final class Changes {

		final Set<String> organizations = new LinkedHashSet<>();
		final Set<String> contributions = new LinkedHashSet<>();
		final Set<Item> items = new LinkedHashSet<>();
	}

	/**
	 * Notes a change, to recount just before the transaction commits, once for all its changes: the
	 * counts' lock is then the last lock the transaction takes but the audit chain's (as in {@link PilotCounts}).
	 */
	private void note(java.util.function.Consumer<Changes> change) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			Changes now = new Changes();
			change.accept(now);
			recount(now);
			return;
		}
		Changes pending = (Changes) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			Changes changes = new Changes();
			TransactionSynchronizationManager.bindResource(this, changes);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				/** Before the audit entry, as every writer before the commit: the counts' lock, then the audit chain's, in every transaction. */
				@Override
				public int getOrder() {
					return Audited.BEFORE_THE_AUDIT_ENTRY;
				}

				@Override
				public void beforeCommit(boolean readOnly) {
					TransactionSynchronizationManager.unbindResource(PilotBenefits.this);
					recount(changes);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(PilotBenefits.this);
				}
			});
			pending = changes;
		}
		change.accept(pending);
	}

	/** Recounts the items these changes concern, under the counts' lock. */
	private void recount(Changes changes) {
		lock();
		Set<Item> items = new LinkedHashSet<>(changes.items);
		Set<String> contributions = new LinkedHashSet<>(changes.contributions);
		if (!changes.organizations.isEmpty()) {
			// An organisation never approved adds nothing to any item (its history only grows), whatever changed.
			Map<String, NavigableMap<LocalDate, Boolean>> approval = approvals(changes.organizations);
			List<String> approved = changes.organizations.stream().filter(o -> approval.get(o).containsValue(Boolean.TRUE)).toList();
			for (String organization : approved) {
				jdbc.sql("SELECT DISTINCT registration_id FROM meeting_registration_history_v WHERE organization_id = :o")
					.param("o", organization).query(String.class).list()
					.forEach(id -> items.add(new Item(Kind.R, id)));
				contributions.addAll(jdbc.sql("SELECT DISTINCT id FROM document_contribution_v WHERE organization_id = :o")
					.param("o", organization).query(String.class).list());
			}
		}
		contributions.forEach(id -> items.add(new Item(Kind.C, id)));
		for (List<String> chunk : chunks(contributions)) {
			jdbc.sql("SELECT DISTINCT decision_id FROM decision_input_v WHERE contribution_id IN (:c)")
				.param("c", chunk).query(String.class).list()
				.forEach(id -> items.add(new Item(Kind.D, id)));
		}
		recount(items);
	}

	/** Recounts these items from the history and adds the difference to the counts; under the counts' lock. */
	private void recount(Set<Item> items) {
		if (items.isEmpty()) {
			return;
		}
		Map<Item, Facts> facts = new HashMap<>();
		for (Kind kind : Kind.values()) {
			List<String> ids = items.stream().filter(i -> i.kind() == kind).map(Item::id).toList();
			for (List<String> chunk : chunks(ids)) {
				jdbc.sql(FACTS.get(kind) + " WHERE " + KEY.get(kind) + " IN (:ids)").param("ids", chunk)
					.query(rs -> {
						facts.computeIfAbsent(new Item(kind, rs.getString(1)), i -> new Facts()).add(kind, rs);
					});
			}
		}
		Set<String> organizations = new HashSet<>();
		facts.values().forEach(f -> organizations.addAll(f.organizations));
		Map<String, NavigableMap<LocalDate, Boolean>> approval = approvals(organizations);
		Map<Item, NavigableMap<LocalDate, Integer>> before = new HashMap<>();
		for (Kind kind : Kind.values()) {
			List<String> ids = items.stream().filter(i -> i.kind() == kind).map(Item::id).toList();
			for (List<String> chunk : chunks(ids)) {
				jdbc.sql("SELECT item, on_day, lvl FROM report_benefit_step WHERE kind = :k AND item IN (:ids)")
					.param("k", kind.name()).param("ids", chunk)
					.query(rs -> {
						before.computeIfAbsent(new Item(kind, rs.getString(1)), i -> new TreeMap<>())
							.put(rs.getDate(2).toLocalDate(), rs.getInt(3));
					});
			}
		}
		NavigableMap<LocalDate, long[]> delta = new TreeMap<>();
		List<Item> changed = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		for (Item item : items) {
			Facts f = facts.get(item);
			NavigableMap<LocalDate, Integer> now = f == null ? new TreeMap<>() : f.steps(approval);
			NavigableMap<LocalDate, Integer> then = before.getOrDefault(item, new TreeMap<>());
			if (now.equals(then)) {
				continue;
			}
			addDeltas(delta, item.kind(), now, 1);
			addDeltas(delta, item.kind(), then, -1);
			changed.add(item);
			now.forEach((day, level) -> rows.add(stepRow(item, day, level)));
		}
		delta.forEach((day, d) -> {
			if (d[0] != 0 || d[1] != 0 || d[2] != 0) {
				apply(day, d);
			}
		});
		for (Item item : changed) {
			jdbc.sql("DELETE FROM report_benefit_step WHERE kind = :k AND item = :i")
				.param("k", item.kind().name()).param("i", item.id()).update();
		}
		batch("INSERT INTO report_benefit_step (kind, item, on_day, lvl) VALUES (?,?,?,?)", rows);
	}

	/** Each kind's facts from the published views, its id first: a registration's history, a contribution's sources, a decision's input. */
	private static final Map<Kind, String> FACTS = Map.of(
			Kind.R, "SELECT registration_id, organization_id, status, effective_at, seq FROM meeting_registration_history_v",
			Kind.C, "SELECT id, organization_id, submitted_at FROM document_contribution_v",
			Kind.D, """
					SELECT d.decision_id, c.organization_id, d.created_at FROM decision_input_v d
					JOIN document_contribution_v c ON c.id = d.contribution_id""");
	private static final Map<Kind, String> KEY = Map.of(Kind.R, "registration_id", Kind.C, "id", Kind.D, "d.decision_id");

	/**
	 * What an item counts from: its organisations, and the days on which it is validated (a
	 * registration, from its history) or exists (a contribution, a decision, from its creation).
	 */
	private static final class Facts {

		final Set<String> organizations = new HashSet<>();
		/** A registration's history: status, instant, sequence. */
		final List<Object[]> history = new ArrayList<>();
		Instant created;

		void add(Kind kind, ResultSet rs) throws SQLException {
			organizations.add(rs.getString(2));
			if (kind == Kind.R) {
				history.add(new Object[] { rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getLong(5) });
			}
			else {
				created = rs.getTimestamp(3).toInstant();
			}
		}

		/** Whether the item itself counts at the end of each day on which that changed. */
		NavigableMap<LocalDate, Boolean> own() {
			NavigableMap<LocalDate, Boolean> own = new TreeMap<>();
			if (created != null) {
				own.put(ParticipationSteps.dayOf(created), true);
				return own;
			}
			history.sort(Comparator.comparing((Object[] h) -> (Instant) h[1]).thenComparing(h -> (Long) h[2]));
			// In order, each row overwrites the day's value: the last of a day is the status at its end.
			for (Object[] h : history) {
				own.put(ParticipationSteps.dayOf((Instant) h[1]), "VALIDATED".equals(h[0]));
			}
			return own;
		}

		NavigableMap<LocalDate, Integer> steps(Map<String, NavigableMap<LocalDate, Boolean>> approval) {
			List<NavigableMap<LocalDate, Boolean>> approvals = organizations.stream()
				.map(o -> approval.getOrDefault(o, new TreeMap<>()))
				.toList();
			return PilotBenefits.steps(own(), approvals);
		}
	}

	/**
	 * The item's level (1 counts, 0 not) from each day it changed: it counts at the end of a day
	 * when it counts itself and one of its organisations is approved.
	 */
	static NavigableMap<LocalDate, Integer> steps(NavigableMap<LocalDate, Boolean> own,
			Collection<NavigableMap<LocalDate, Boolean>> approvals) {
		Set<LocalDate> days = new TreeSet<>(own.keySet());
		approvals.forEach(a -> days.addAll(a.keySet()));
		NavigableMap<LocalDate, Integer> steps = new TreeMap<>();
		int previous = 0;
		for (LocalDate day : days) {
			boolean approved = approvals.stream().anyMatch(a -> at(a, day));
			int level = approved && at(own, day) ? 1 : 0;
			if (level != previous) {
				steps.put(day, level);
				previous = level;
			}
		}
		return steps;
	}

	private static boolean at(NavigableMap<LocalDate, Boolean> changes, LocalDate day) {
		Map.Entry<LocalDate, Boolean> e = changes.floorEntry(day);
		return e != null && e.getValue();
	}

	/** Whether each organisation is approved at the end of each day on which that changed (for those never in the pilot, none). */
	private Map<String, NavigableMap<LocalDate, Boolean>> approvals(Collection<String> organizations) {
		Map<String, List<Object[]>> rows = new HashMap<>();
		for (List<String> chunk : chunks(organizations)) {
			jdbc.sql(REQUESTS + " WHERE organization_id IN (:o)").param("o", chunk).query(rs -> {
				rows.computeIfAbsent(rs.getString(1), o -> new ArrayList<>()).add(requestRow(rs));
			});
		}
		Map<String, NavigableMap<LocalDate, Boolean>> approval = new HashMap<>();
		for (String organization : organizations) {
			approval.put(organization, approval(rows.getOrDefault(organization, List.of())));
		}
		return approval;
	}

	private static final String REQUESTS = "SELECT organization_id, request_id, study_group, status, effective_at, seq FROM pilot_admission_history_v";

	private static Object[] requestRow(ResultSet rs) throws SQLException {
		return new Object[] { rs.getString(2) + "\n" + rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getLong(6) };
	}

	/**
	 * Whether an organisation is approved at the end of each day on which that changed, from its
	 * requests' history: approved when the last status of one of its requests for a group is APPROVED
	 * (the counting rule of the figures).
	 */
	static NavigableMap<LocalDate, Boolean> approval(List<Object[]> history) {
		List<Object[]> sorted = new ArrayList<>(history);
		sorted.sort(Comparator.comparing((Object[] h) -> (Instant) h[2]).thenComparing(h -> (Long) h[3]));
		NavigableMap<LocalDate, Boolean> approval = new TreeMap<>();
		Map<String, String> last = new HashMap<>();
		boolean previous = false;
		for (int i = 0; i < sorted.size(); i++) {
			Object[] h = sorted.get(i);
			last.put((String) h[0], (String) h[1]);
			LocalDate day = ParticipationSteps.dayOf((Instant) h[2]);
			boolean endOfDay = i + 1 == sorted.size() || !ParticipationSteps.dayOf((Instant) sorted.get(i + 1)[2]).equals(day);
			if (endOfDay) {
				boolean approved = last.containsValue("APPROVED");
				if (approved != previous) {
					approval.put(day, approved);
					previous = approved;
				}
			}
		}
		return approval;
	}

	/**
	 * Recounts everything from the history, in one pass: for data written in bulk, and for a
	 * database whose history predates the counts. Only the items of organisations ever approved are
	 * read; the registrations' history as it streams, in the order of their ids.
	 */
	public void rebuild() {
		long start = System.nanoTime();
		lock();
		Map<String, List<Object[]>> requests = new HashMap<>();
		template.query(REQUESTS, rs -> {
			requests.computeIfAbsent(rs.getString(1), o -> new ArrayList<>()).add(requestRow(rs));
		});
		Map<String, NavigableMap<LocalDate, Boolean>> approval = new HashMap<>();
		requests.forEach((organization, history) -> {
			NavigableMap<LocalDate, Boolean> a = approval(history);
			if (a.containsValue(Boolean.TRUE)) {
				approval.put(organization, a);
			}
		});
		NavigableMap<LocalDate, long[]> delta = new TreeMap<>();
		List<Object[]> steps = new ArrayList<>();
		long[] items = new long[1];
		for (Kind kind : Kind.values()) {
			String sql = FACTS.get(kind) + switch (kind) {
				case R -> " WHERE organization_id IN (" + EVER_APPROVED + ")";
				case C -> " WHERE id IN (SELECT x.id FROM document_contribution_v x WHERE x.organization_id IN (" + EVER_APPROVED + "))";
				case D -> "";
			} + " ORDER BY 1";
			Facts[] current = new Facts[1];
			String[] currentId = new String[1];
			Runnable flush = () -> {
				if (current[0] != null) {
					items[0]++;
					NavigableMap<LocalDate, Integer> s = current[0].steps(approval);
					Item item = new Item(kind, currentId[0]);
					addDeltas(delta, kind, s, 1);
					s.forEach((day, level) -> steps.add(stepRow(item, day, level)));
				}
			};
			streaming.query(sql, rs -> {
				String id = rs.getString(1);
				if (!id.equals(currentId[0])) {
					flush.run();
					current[0] = new Facts();
					currentId[0] = id;
				}
				current[0].add(kind, rs);
			});
			flush.run();
		}
		template.update("DELETE FROM report_benefit_step");
		template.update("DELETE FROM report_benefit_count");
		List<Object[]> counts = new ArrayList<>();
		long[] running = new long[3];
		delta.forEach((day, d) -> {
			for (int i = 0; i < 3; i++) {
				running[i] += d[i];
			}
			counts.add(new Object[] { Date.valueOf(day), running[0], running[1], running[2] });
		});
		if (counts.isEmpty()) {
			// A row all the same, so that a start knows the counts are kept.
			counts.add(new Object[] { Date.valueOf(PilotReports.PILOT_START), 0, 0, 0 });
		}
		batch("INSERT INTO report_benefit_count (on_day, registrations, contributions, decisions) VALUES (?,?,?,?)", counts);
		batch("INSERT INTO report_benefit_step (kind, item, on_day, lvl) VALUES (?,?,?,?)", steps);
		log.info("Pilot benefits rebuilt: {} items of {} organisations ever approved, {} counts, {} ms", items[0], approval.size(),
				counts.size(), (System.nanoTime() - start) / 1_000_000);
	}

	/**
	 * A database whose history was written before the benefits were kept gets them at start: when
	 * none is kept yet and an organisation has ever been approved (before that, none counts).
	 */
	@Override
	public void run(ApplicationArguments args) {
		boolean counted = template.queryForObject("SELECT CASE WHEN EXISTS (SELECT 1 FROM report_benefit_count) THEN 1 ELSE 0 END",
				Integer.class) == 1;
		boolean approved = template.queryForObject("SELECT CASE WHEN EXISTS (" + EVER_APPROVED + ") THEN 1 ELSE 0 END",
				Integer.class) == 1;
		if (!counted && approved) {
			rebuild();
		}
	}

	/** Adds the changes of the counts an item's steps make, in its kind's column. */
	private static void addDeltas(NavigableMap<LocalDate, long[]> delta, Kind kind, NavigableMap<LocalDate, Integer> steps, int sign) {
		int previous = 0;
		for (var step : steps.entrySet()) {
			delta.computeIfAbsent(step.getKey(), d -> new long[3])[kind.ordinal()] += sign * (step.getValue() - previous);
			previous = step.getValue();
		}
	}

	/** Adds a change to the counts from {@code day} on, making the day's row first if needed (under the counts' lock). */
	private void apply(LocalDate day, long[] d) {
		Date on = Date.valueOf(day);
		long rows = jdbc.sql("SELECT COUNT(*) FROM report_benefit_count WHERE on_day = :day").param("day", on).query(Long.class).single();
		if (rows == 0) {
			long[] before = jdbc.sql("""
					SELECT registrations, contributions, decisions FROM report_benefit_count
					WHERE on_day = (SELECT MAX(x.on_day) FROM report_benefit_count x WHERE x.on_day < :day)""")
				.param("day", on)
				.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
				.optional()
				.orElse(new long[3]);
			jdbc.sql("INSERT INTO report_benefit_count (on_day, registrations, contributions, decisions) VALUES (:day, :r, :c, :d)")
				.param("day", on).param("r", before[0]).param("c", before[1]).param("d", before[2])
				.update();
		}
		jdbc.sql("""
				UPDATE report_benefit_count SET registrations = registrations + :r, contributions = contributions + :c,
				    decisions = decisions + :d
				WHERE on_day >= :day""")
			.param("r", d[0]).param("c", d[1]).param("d", d[2]).param("day", on)
			.update();
	}

	/** The counts' lock, shared with {@link PilotCounts}: one lock, so that no two recounts wait on each other. */
	private void lock() {
		jdbc.sql("SELECT id FROM report_pilot_lock WHERE id = 1 FOR UPDATE").query(Integer.class).single();
	}

	private void batch(String sql, List<Object[]> rows) {
		for (int i = 0; i < rows.size(); i += BATCH) {
			template.batchUpdate(sql, rows.subList(i, Math.min(rows.size(), i + BATCH)));
		}
	}

	private static List<List<String>> chunks(Collection<String> ids) {
		List<String> all = new ArrayList<>(ids);
		List<List<String>> chunks = new ArrayList<>();
		for (int i = 0; i < all.size(); i += CHUNK) {
			chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
		}
		return chunks;
	}

	private static Object[] stepRow(Item item, LocalDate day, int level) {
		return new Object[] { item.kind().name(), item.id(), Date.valueOf(day), level };
	}
}
