package org.sgbridge.pilot;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sgbridge.platform.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores admission requests with their groups, and appends each change to the history. */
@Repository
class AdmissionRequests {

	private static final String SELECT = """
			SELECT r.id, r.organization_id, r.country, r.status, r.employees, r.revenue_amount, r.revenue_currency,
			       r.submitted_at, r.submitted_by, r.decided_at, r.decided_by, r.reason, r.version
			FROM admission_request r""";

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	AdmissionRequests(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Inserts a new request; a group already waiting for that organisation is 409 {@code request-pending}. */
	void insert(AdmissionRequest r, Map<String, String> sectorOfGroup) {
		jdbc.sql("""
				INSERT INTO admission_request (id, organization_id, country, status, employees, revenue_amount,
				    revenue_currency, submitted_at, submitted_by, version)
				VALUES (:id, :org, :country, :status, :employees, :amount, :currency, :at, :by, 0)""")
			.param("id", r.id())
			.param("org", r.organizationId())
			.param("country", r.country())
			.param("status", r.status().name())
			.param("employees", r.employees())
			.param("amount", r.revenueAmount())
			.param("currency", r.revenueCurrency())
			.param("at", Timestamp.from(r.submittedAt()))
			.param("by", r.submittedBy())
			.update();
		try {
			for (String group : r.studyGroups()) {
				jdbc.sql("""
						INSERT INTO admission_request_group (request_id, study_group, sector, pending_key)
						VALUES (:id, :group, :sector, :key)""")
					.param("id", r.id())
					.param("group", group)
					.param("sector", sectorOfGroup.get(group))
					.param("key", r.organizationId() + "|" + group)
					.update();
			}
		}
		catch (DuplicateKeyException e) {
			throw Problem.conflict("request-pending");
		}
		appendHistory(r, r.submittedAt(), r.submittedBy());
	}

	/**
	 * Saves a decision if nobody decided meanwhile (the version has not moved); otherwise 409
	 * {@code already-decided}, and nothing changes.
	 */
	void saveDecision(AdmissionRequest r) {
		int updated = jdbc.sql("""
				UPDATE admission_request SET status = :status, decided_at = :at, decided_by = :by, reason = :reason,
				    version = version + 1
				WHERE id = :id AND version = :version AND status = 'SUBMITTED'""")
			.param("status", r.status().name())
			.param("at", Timestamp.from(r.decidedAt()))
			.param("by", r.decidedBy())
			.param("reason", r.reason())
			.param("id", r.id())
			.param("version", r.version())
			.update();
		if (updated != 1) {
			throw Problem.conflict("already-decided");
		}
		jdbc.sql("UPDATE admission_request_group SET pending_key = NULL WHERE request_id = :id").param("id", r.id()).update();
		appendHistory(r, r.decidedAt(), r.decidedBy());
	}

	void markReminded(String id, Instant at) {
		jdbc.sql("UPDATE admission_request SET reminded_at = :at WHERE id = :id")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	private void appendHistory(AdmissionRequest r, Instant at, String actor) {
		jdbc.sql("""
				INSERT INTO admission_history (request_id, status, effective_at, actor_id, reason)
				VALUES (:r, :s, :at, :actor, :reason)""")
			.param("r", r.id())
			.param("s", r.status().name())
			.param("at", Timestamp.from(at))
			.param("actor", actor)
			.param("reason", r.reason())
			.update();
		r.pullEvents().forEach(events::publishEvent);
		events.publishEvent(new PilotParticipationChanged(r.organizationId(), null));
	}

	Optional<AdmissionRequest> find(String id) {
		return list(SELECT + " WHERE r.id = :id", Map.of("id", id == null ? "" : id)).stream().findFirst();
	}

	/** Requests matching a filter, oldest first. */
	List<AdmissionRequest> list(String where, Map<String, Object> params, int limit, long offset) {
		Map<String, Object> all = new LinkedHashMap<>(params);
		all.put("limit", limit);
		all.put("offset", offset);
		return list(SELECT + where + " ORDER BY r.submitted_at, r.id LIMIT :limit OFFSET :offset", all);
	}

	/**
	 * The study groups of the approved and of the waiting ({@code SUBMITTED}) requests of these
	 * organisations, in one query: organisation, then status, then its groups.
	 */
	Map<String, Map<String, java.util.Set<String>>> groupsByStatus(java.util.Collection<String> organizationIds) {
		Map<String, Map<String, java.util.Set<String>>> found = new LinkedHashMap<>();
		if (organizationIds.isEmpty()) {
			return found;
		}
		jdbc.sql("""
				SELECT r.organization_id, r.status, g.study_group
				FROM admission_request r JOIN admission_request_group g ON g.request_id = r.id
				WHERE r.organization_id IN (:ids) AND r.status IN ('APPROVED', 'SUBMITTED')""")
			.param("ids", List.copyOf(new java.util.LinkedHashSet<>(organizationIds)))
			.query((rs, n) -> found.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
				.computeIfAbsent(rs.getString(2), k -> new java.util.TreeSet<>())
				.add(rs.getString(3)))
			.list();
		return found;
	}

	/**
	 * Every organisation approved for some of these groups, with its country and those groups
	 * (sorted), by organisation: one query.
	 */
	Map<String, Map.Entry<String, java.util.Set<String>>> approvedFor(java.util.Collection<String> groups) {
		Map<String, Map.Entry<String, java.util.Set<String>>> found = new java.util.TreeMap<>();
		if (groups.isEmpty()) {
			return found;
		}
		jdbc.sql("""
				SELECT r.organization_id, r.country, g.study_group
				FROM admission_request r JOIN admission_request_group g ON g.request_id = r.id
				WHERE r.status = 'APPROVED' AND g.study_group IN (:groups)""")
			.param("groups", List.copyOf(groups))
			.query((rs, n) -> found.computeIfAbsent(rs.getString(1),
					k -> Map.entry(uncheckedCountry(rs), new java.util.TreeSet<>())).getValue().add(rs.getString(3)))
			.list();
		return found;
	}

	private static String uncheckedCountry(java.sql.ResultSet rs) {
		try {
			return rs.getString(2);
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * A page of requests with their organisation's name at hand ({@code o.name}, from the
	 * directory's published view), for a filter or an order by name.
	 */
	List<AdmissionRequest> listNamed(String where, Map<String, Object> params, String orderBy, int limit, long offset) {
		Map<String, Object> all = new LinkedHashMap<>(params);
		all.put("limit", limit);
		all.put("offset", offset);
		return list(SELECT + NAMED + where + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset", all);
	}

	long countNamed(String where, Map<String, Object> params) {
		return jdbc.sql("SELECT COUNT(*) FROM admission_request r" + NAMED + where).params(params).query(Long.class).single();
	}

	private static final String NAMED = " JOIN directory_organization_v o ON o.id = r.organization_id";

	long count(String where, Map<String, Object> params) {
		return jdbc.sql("SELECT COUNT(*) FROM admission_request r" + where).params(params).query(Long.class).single();
	}

	private List<AdmissionRequest> list(String sql, Map<String, ?> params) {
		List<Object[]> rows = jdbc.sql(sql).params(params).query((rs, n) -> row(rs)).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		List<String> ids = rows.stream().map(r -> (String) r[0]).toList();
		Map<String, List<String>> groups = new LinkedHashMap<>();
		jdbc.sql("SELECT request_id, study_group FROM admission_request_group WHERE request_id IN (:ids) ORDER BY study_group")
			.param("ids", ids)
			.query((rs, n) -> {
				groups.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
				return null;
			})
			.list();
		return rows.stream().map(r -> toRequest(r, groups.getOrDefault((String) r[0], List.of()))).toList();
	}

	private static Object[] row(ResultSet rs) throws SQLException {
		return new Object[] { rs.getString("id"), rs.getString("organization_id"), rs.getString("country"),
				rs.getString("status"), rs.getObject("employees"), rs.getBigDecimal("revenue_amount"),
				rs.getString("revenue_currency"), rs.getTimestamp("submitted_at"), rs.getString("submitted_by"),
				rs.getTimestamp("decided_at"), rs.getString("decided_by"), rs.getString("reason"), rs.getInt("version") };
	}

	private static AdmissionRequest toRequest(Object[] r, List<String> groups) {
		return new AdmissionRequest((String) r[0], (String) r[1], (String) r[2], sortGroups(groups),
				r[4] == null ? null : ((Number) r[4]).intValue(), (java.math.BigDecimal) r[5], (String) r[6],
				((Timestamp) r[7]).toInstant(), (String) r[8], AdmissionRequest.Status.valueOf((String) r[3]),
				r[9] == null ? null : ((Timestamp) r[9]).toInstant(), (String) r[10], (String) r[11], (Integer) r[12]);
	}

	/** ITU-D before ITU-T, then by number, as the Council report lists them. */
	static List<String> sortGroups(List<String> groups) {
		List<String> sorted = new ArrayList<>(groups);
		sorted.sort(java.util.Comparator.comparing((String g) -> g.substring(0, 5))
			.thenComparingInt(g -> Integer.parseInt(g.replaceAll("^.*SG", ""))));
		return sorted;
	}

	/** The history of one request, oldest first: who did what, when. */
	List<AdmissionStep> history(String requestId) {
		return jdbc.sql("""
				SELECT status, effective_at, actor_id, reason FROM admission_history
				WHERE request_id = :id ORDER BY effective_at, id""")
			.param("id", requestId)
			.query((rs, n) -> new AdmissionStep(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4)))
			.list();
	}
}
