package org.sgbridge.bsg;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sgbridge.platform.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores fellowship applications, appends each change to their history and publishes its events. */
@Repository
class FellowshipApplications {

	private static final String SELECT = """
			SELECT a.id, a.call_id, a.meeting_id, a.account_id, a.organization_id, a.member_state, a.eligibility,
			       a.requested_kind, a.intended_contribution, a.submitted_at, a.status, a.endorsed_at, a.endorsed_by,
			       a.endorsement_reason, a.decided_at, a.decided_by, a.awarded_kind, a.amount, a.decision_reason, a.version
			FROM fellowship_application a""";

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	FellowshipApplications(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Inserts a new application; a second one of the same person to the same call is 409 {@code already-applied}. */
	void insert(FellowshipApplication a) {
		try {
			jdbc.sql("""
					INSERT INTO fellowship_application (id, call_id, meeting_id, account_id, organization_id, member_state,
					    eligibility, requested_kind, intended_contribution, submitted_at, status, version)
					VALUES (:id, :call, :meeting, :account, :org, :state, :eligibility, :kind, :intended, :at, :status, 0)""")
				.param("id", a.id())
				.param("call", a.callId())
				.param("meeting", a.meetingId())
				.param("account", a.accountId())
				.param("org", a.organizationId())
				.param("state", a.memberState())
				.param("eligibility", a.eligibility().name())
				.param("kind", a.requestedKind().name())
				.param("intended", a.intendedContribution())
				.param("at", Timestamp.from(a.submittedAt()))
				.param("status", a.status().name())
				.update();
		}
		catch (DuplicateKeyException e) {
			throw Problem.conflict("already-applied");
		}
		appendHistory(a);
	}

	/**
	 * Saves a decision if nobody changed the application meanwhile (its version has not moved);
	 * otherwise 409 {@code already-decided}, and nothing changes.
	 */
	void save(FellowshipApplication a) {
		int updated = jdbc.sql("""
				UPDATE fellowship_application SET status = :status, endorsed_at = :endorsedAt, endorsed_by = :endorsedBy,
				    endorsement_reason = :endorsementReason, decided_at = :decidedAt, decided_by = :decidedBy,
				    awarded_kind = :kind, amount = :amount, decision_reason = :reason, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("status", a.status().name())
			.param("endorsedAt", timestamp(a.endorsedAt()))
			.param("endorsedBy", a.endorsedBy())
			.param("endorsementReason", a.endorsementReason())
			.param("decidedAt", timestamp(a.decidedAt()))
			.param("decidedBy", a.decidedBy())
			.param("kind", a.awardedKind() == null ? null : a.awardedKind().name())
			.param("amount", a.amount())
			.param("reason", a.decisionReason())
			.param("id", a.id())
			.param("version", a.version())
			.update();
		if (updated != 1) {
			throw Problem.conflict("already-decided");
		}
		appendHistory(a);
	}

	private void appendHistory(FellowshipApplication a) {
		jdbc.sql("""
				INSERT INTO fellowship_history (application_id, status, effective_at, actor_id, reason)
				VALUES (:a, :s, :at, :actor, :reason)""")
			.param("a", a.id())
			.param("s", a.status().name())
			.param("at", Timestamp.from(a.changedAt()))
			.param("actor", a.changedBy())
			.param("reason", a.changeReason())
			.update();
		a.pullEvents().forEach(events::publishEvent);
	}

	Optional<FellowshipApplication> find(String id) {
		return jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id == null ? "" : id)
			.query(FellowshipApplications::map).optional();
	}

	boolean exists(String callId, String accountId) {
		return jdbc.sql("SELECT COUNT(*) FROM fellowship_application WHERE call_id = :c AND account_id = :a")
			.param("c", callId).param("a", accountId).query(Long.class).single() > 0;
	}

	/**
	 * Every application of a person, their rows locked until the transaction ends, in one order
	 * (by id) so that two awards never wait for each other in a circle: two awards to the same person
	 * in different calls are weighed one after the other against the person's yearly cap.
	 */
	List<FellowshipApplication> lockAllOf(String accountId) {
		return jdbc.sql(SELECT + " WHERE a.account_id = :a ORDER BY a.id FOR UPDATE").param("a", accountId)
			.query(FellowshipApplications::map).list();
	}

	/** The sum of the amounts awarded in a call. */
	BigDecimal committed(String callId) {
		return jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM fellowship_application WHERE call_id = :c AND status = 'AWARDED'")
			.param("c", callId).query(BigDecimal.class).single();
	}

	/** The units awarded to a Member State's delegates at a meeting (a full fellowship 2, a partial one 1). */
	int unitsOfState(String meetingId, String memberState) {
		return jdbc.sql("""
				SELECT COALESCE(SUM(CASE WHEN awarded_kind = 'FULL' THEN 2 ELSE 1 END), 0) FROM fellowship_application
				WHERE meeting_id = :m AND member_state = :s AND status = 'AWARDED'""")
			.param("m", meetingId).param("s", memberState).query(Integer.class).single();
	}

	/** The applications of the awards of a person (their meetings say which year they count in). */
	List<FellowshipApplication> awardedTo(String accountId) {
		return jdbc.sql(SELECT + " WHERE a.account_id = :a AND a.status = 'AWARDED'").param("a", accountId)
			.query(FellowshipApplications::map).list();
	}

	/** A page of applications matching a filter, oldest first. */
	List<FellowshipApplication> list(String where, Map<String, Object> params, int limit, long offset) {
		Map<String, Object> all = new LinkedHashMap<>(params);
		all.put("limit", limit);
		all.put("offset", offset);
		return jdbc.sql(SELECT + where + " ORDER BY a.submitted_at, a.id LIMIT :limit OFFSET :offset").params(all)
			.query(FellowshipApplications::map).list();
	}

	long count(String where, Map<String, Object> params) {
		return jdbc.sql("SELECT COUNT(*) FROM fellowship_application a" + where).params(params).query(Long.class).single();
	}

	private static Timestamp timestamp(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static FellowshipApplication.Kind kind(String value) {
		return value == null ? null : FellowshipApplication.Kind.valueOf(value);
	}

	private static FellowshipApplication map(ResultSet rs, int n) throws SQLException {
		return new FellowshipApplication(rs.getString("id"), rs.getString("call_id"), rs.getString("meeting_id"),
				rs.getString("account_id"), rs.getString("organization_id"), rs.getString("member_state"),
				FellowshipApplication.Eligibility.valueOf(rs.getString("eligibility")), kind(rs.getString("requested_kind")),
				rs.getString("intended_contribution"), instant(rs, "submitted_at"),
				FellowshipApplication.Status.valueOf(rs.getString("status")), instant(rs, "endorsed_at"),
				rs.getString("endorsed_by"), rs.getString("endorsement_reason"), instant(rs, "decided_at"),
				rs.getString("decided_by"), kind(rs.getString("awarded_kind")), rs.getBigDecimal("amount"),
				rs.getString("decision_reason"), rs.getInt("version"));
	}
}
