package org.sgbridge.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.sgbridge.directory.FocalPoints;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.springframework.modulith.NamedInterface;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the trail: the secretariat searches all of it, a DFP the entries of its own states;
 * an object's page shows the object's history; the chain is verified entry by entry.
 */
@NamedInterface("api")
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	private final FocalPoints focalPoints;

	AuditTrail(JdbcClient jdbc, FocalPoints focalPoints) {
		this.jdbc = jdbc;
		this.focalPoints = focalPoints;
	}

	/** What to look for; every part may be empty. Days are whole UTC days, both included. */
	public record Query(String subject, String actor, String memberState, LocalDate from, LocalDate to) {

		public Query {
			subject = blankToNull(subject);
			actor = blankToNull(actor);
			memberState = blankToNull(memberState) == null ? null : memberState.trim().toUpperCase(Locale.ROOT);
			if (from != null && to != null && to.isBefore(from)) {
				throw Problem.invalidField("to", "validation.period");
			}
		}

		private static String blankToNull(String s) {
			return s == null || s.isBlank() ? null : s.trim();
		}
	}

	public record Page(List<AuditEntry> items, int page, int size, long total) {
	}

	/**
	 * Entries newest first, a page at a time. The secretariat sees every entry with the address it
	 * came from; a DFP the entries of the states it is the focal point of, without addresses;
	 * anyone else is refused.
	 */
	@Transactional(readOnly = true)
	public Page search(Actor actor, Query query, int page, int size) {
		List<String> states = scope(actor, query.memberState());
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		var params = new java.util.LinkedHashMap<String, Object>();
		if (query.subject() != null) {
			where.append(" AND subject = :subject");
			params.put("subject", query.subject());
		}
		if (query.actor() != null) {
			where.append(" AND actor_id = :actor");
			params.put("actor", query.actor());
		}
		if (states != null) {
			where.append(" AND member_state IN (:states)");
			params.put("states", states);
		}
		if (query.from() != null) {
			where.append(" AND at >= :from");
			params.put("from", Timestamp.from(query.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		if (query.to() != null) {
			where.append(" AND at < :to");
			params.put("to", Timestamp.from(query.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM audit_entry" + where).params(params).query(Long.class).single();
		List<AuditEntry> items = jdbc.sql("SELECT * FROM audit_entry" + where + " ORDER BY seq DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(AuditTrail::entry)
			.list();
		boolean staff = actor.isSecretariat();
		return new Page(staff ? items : items.stream().map(AuditEntry::withoutAddress).toList(), page, size, total);
	}

	/**
	 * The states whose entries the actor may read: null for all (the secretariat), else the states it
	 * is the focal point of (403 when none, or when it asks for another state).
	 */
	private List<String> scope(Actor actor, String asked) {
		if (actor.isSecretariat()) {
			return asked == null ? null : List.of(asked);
		}
		List<String> own = focalPoints.statesOf(actor.accountId());
		if (own.isEmpty() || (asked != null && !own.contains(asked))) {
			throw Problem.forbidden("audit");
		}
		return asked == null ? own : List.of(asked);
	}

	/**
	 * An object's history, oldest first, for the page of someone already allowed to see the object
	 * (the page decides that); addresses only for the secretariat.
	 */
	@Transactional(readOnly = true)
	public List<AuditEntry> history(Actor viewer, String subject) {
		List<AuditEntry> entries = jdbc.sql("SELECT * FROM audit_entry WHERE subject = :s ORDER BY seq")
			.param("s", subject)
			.query(AuditTrail::entry)
			.list();
		return viewer != null && viewer.isSecretariat() ? entries : entries.stream().map(AuditEntry::withoutAddress).toList();
	}

	/**
	 * The histories of several objects at once, oldest first, by subject (one query, for a list whose
	 * every object its viewer may already see); addresses only for the secretariat.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<String, List<AuditEntry>> histories(Actor viewer, java.util.Collection<String> subjects) {
		java.util.Map<String, List<AuditEntry>> bySubject = new java.util.HashMap<>();
		if (subjects.isEmpty()) {
			return bySubject;
		}
		boolean staff = viewer != null && viewer.isSecretariat();
		jdbc.sql("SELECT * FROM audit_entry WHERE subject IN (:s) ORDER BY seq")
			.param("s", List.copyOf(new java.util.LinkedHashSet<>(subjects)))
			.query(AuditTrail::entry)
			.list()
			.forEach(e -> bySubject.computeIfAbsent(e.subject(), k -> new ArrayList<>()).add(staff ? e : e.withoutAddress()));
		return bySubject;
	}

	/** Every entry the search would give, oldest first, one at a time (for the CSV export). */
	@Transactional(readOnly = true)
	public void each(Actor actor, Query query, Consumer<AuditEntry> sink) {
		int size = 1000;
		// newest first in pages, then told oldest first would need the whole set: the export is newest first too
		for (int page = 0;; page++) {
			Page slice = search(actor, query, page, size);
			slice.items().forEach(sink);
			if ((long) (page + 1) * size >= slice.total()) {
				return;
			}
		}
	}

	/** The result of checking the chain: how many entries, and the first that does not hold. */
	public record Verification(long entries, boolean intact, AuditEntry firstBroken) {
	}

	/** Checks every entry's hash and its link to the one before, in order; the secretariat's. */
	@Transactional(readOnly = true)
	public Verification verify(Actor actor) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		List<AuditEntry> broken = new ArrayList<>(1);
		long[] count = { 0 };
		String[] previous = { AuditRecorder.GENESIS };
		long[] expectedSeq = { 1 };
		jdbc.sql("SELECT * FROM audit_entry ORDER BY seq").query((ResultSet rs) -> {
			AuditEntry e = entry(rs, 0);
			count[0]++;
			if (broken.isEmpty() && (e.seq() != expectedSeq[0] || !e.previousHash().equals(previous[0])
					|| !e.hash().equals(e.expectedHash()))) {
				broken.add(e);
			}
			previous[0] = e.hash();
			expectedSeq[0] = e.seq() + 1;
		});
		return broken.isEmpty() ? new Verification(count[0], true, null) : new Verification(count[0], false, broken.get(0));
	}

	static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("at").toInstant(), rs.getString("actor_id"),
				rs.getString("actor_name"), rs.getString("acting_as"), rs.getString("action"), rs.getString("subject"),
				rs.getString("subject_type"), rs.getString("member_state"), rs.getString("reason"),
				rs.getString("client_address"), rs.getString("prev_hash"), rs.getString("hash"));
	}
}
