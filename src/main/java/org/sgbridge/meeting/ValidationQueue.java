package org.sgbridge.meeting;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sgbridge.platform.Actor;
import org.sgbridge.platform.web.ListResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The registrations waiting for someone's validation, read in SQL a page at a time: those of the
 * organisations the account is a focal point of, and of the SMEs of the states it is a Designated
 * Focal Point of; for the secretariat, also those of organisations that have nobody responsible
 * (the same rule as {@link MeetingRegistrations#responsibleFor}, written for the database).
 */
@Repository
class ValidationQueue {

	private static final String FROM = " FROM registration r JOIN directory_organization_v o ON o.id = r.organization_id"
			+ " LEFT JOIN account_name_v a ON a.id = r.account_id ";

	private final JdbcClient jdbc;

	ValidationQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What to narrow the queue to: a meeting, words of the participant's or organisation's name, some ids; each optional. */
	record Filter(String meetingId, String q, Collection<String> ids, boolean waitingOnly) {

		Filter(String meetingId, String q, Collection<String> ids) {
			this(meetingId, q, ids, true);
		}

		static Filter none() {
			return new Filter(null, null, null);
		}
	}

	/** A registration of the queue with the names a list shows. */
	record Row(Registration registration, String participant, String organization) {
	}

	private static String where(Actor actor, Filter filter, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(filter.waitingOnly() ? " WHERE r.status = 'PENDING_VALIDATION' AND " : " WHERE ")
			.append("""
				(r.organization_id IN (
				     SELECT f.organization_id FROM directory_focal_point_v f WHERE f.account_id = :me AND f.kind <> 'SME'
				     UNION
				     SELECT s.id FROM directory_organization_v s
				     JOIN directory_focal_point_v f ON f.kind = 'ADMINISTRATION' AND f.country = s.country
				     WHERE f.account_id = :me AND s.kind = 'SME')""");
		params.put("me", actor.accountId());
		if (actor.isSecretariat()) {
			where.append("""

					OR (o.kind = 'SME' AND NOT EXISTS (SELECT 1 FROM directory_focal_point_v f
					     WHERE f.kind = 'ADMINISTRATION' AND f.country = o.country))
					 OR (o.kind <> 'SME' AND NOT EXISTS (SELECT 1 FROM directory_focal_point_v f WHERE f.organization_id = o.id))""");
		}
		where.append(")");
		if (filter.meetingId() != null && !filter.meetingId().isBlank()) {
			where.append(" AND r.meeting_id = :meeting");
			params.put("meeting", filter.meetingId().trim());
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			String q = filter.q().trim().toLowerCase(Locale.ROOT);
			where.append(" AND (LOWER(a.name) LIKE :q ESCAPE '!' OR LOWER(o.name) LIKE :q ESCAPE '!')");
			params.put("q", "%" + q.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
		}
		if (filter.ids() != null) {
			List<String> ids = filter.ids().stream().filter(java.util.Objects::nonNull).distinct().toList();
			where.append(ids.isEmpty() ? " AND 1 = 0" : " AND r.id IN (:ids)");
			if (!ids.isEmpty()) {
				params.put("ids", ids);
			}
		}
		return where.toString();
	}

	/** A page of the queue, oldest first; a page past the last is empty, or the last one when {@code lastIfBeyond}. */
	ListResponse<Row> page(Actor actor, Filter filter, ListResponse.Paging paging, boolean lastIfBeyond) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(actor, filter, params);
		long total = jdbc.sql("SELECT COUNT(*)" + FROM + where).params(params).query(Long.class).single();
		int page = lastIfBeyond ? (int) Math.max(0, Math.min(paging.page(), (total - 1) / paging.size())) : paging.page();
		params.put("limit", paging.size());
		params.put("offset", (long) page * paging.size());
		List<Row> rows = jdbc.sql("""
				SELECT r.id, r.meeting_id, r.account_id, r.organization_id, r.mode, r.visa_support, r.status,
				       r.verification_code, r.created_at, r.decided_at, r.decided_by, r.reason, r.checked_in_at, r.invoice_id, r.version,
				       COALESCE(a.name, '') AS participant_name, o.name AS organization_name""" + FROM + where
				+ " ORDER BY r.created_at, r.id LIMIT :limit OFFSET :offset")
			.params(params)
			.query((rs, n) -> new Row(Registrations.map(rs, n), rs.getString("participant_name"),
					rs.getString("organization_name")))
			.list();
		return new ListResponse<>(rows, page, paging.size(), total);
	}

	/** The whole queue, oldest first (for the daily digest). */
	List<Row> all(Actor actor) {
		return page(actor, Filter.none(), new ListResponse.Paging(0, Integer.MAX_VALUE / 2), false).items();
	}

	/** Whether anything waits for this account. */
	boolean any(Actor actor) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(actor, Filter.none(), params);
		return !jdbc.sql("SELECT r.id" + FROM + where + " FETCH FIRST 1 ROWS ONLY").params(params).query(String.class).list().isEmpty();
	}

	/** The meetings that have registrations in the queue, with how many wait for each. */
	Map<String, Long> meetings(Actor actor) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(actor, Filter.none(), params);
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("SELECT r.meeting_id, COUNT(*)" + FROM + where + " GROUP BY r.meeting_id")
			.params(params)
			.query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
			.list();
		return counts;
	}
}
