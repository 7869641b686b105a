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
			       a.requested_kind, a.intended_contribution, a.gender, a.submitted_at, a.status, a.endorsed_at, a.endorsed_by,
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
					    eligibility, requested_kind, intended_contribution, gender, submitted_at, status, version)
					VALUES (:id, :call, :meeting, :account, :org, :state, :eligibility, :kind, :intended, :gender, :at, :status, 0)""")
				.param("id", a.id())
				.param("call", a.callId())
				.param("meeting", a.meetingId())
				.param("account", a.accountId())
				.param("org", a.organizationId())
				.param("state", a.memberState())
				.param("eligibility", a.eligibility().name())
				.param("kind", a.requestedKind().name())
				.param("intended", a.intendedContribution())
				.param("gender", a.gender() == null ? null : a.gender().name())
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

	/** A person's application to a call, if it has one. */
	Optional<FellowshipApplication> ofApplicant(String callId, String accountId) {
		return jdbc.sql(SELECT + " WHERE a.call_id = :c AND a.account_id = :a").param("c", callId).param("a", accountId)
			.query(FellowshipApplications::map).optional();
	}

	/** The awarded applications of a meeting (its call's). */
	List<FellowshipApplication> ofMeetingAwarded(String meetingId) {
		return jdbc.sql(SELECT + " WHERE a.meeting_id = :m AND a.status = 'AWARDED'").param("m", meetingId)
			.query(FellowshipApplications::map).list();
	}

	/** The awarded applications of these meetings. */
	List<FellowshipApplication> awardedAt(java.util.Collection<String> meetingIds) {
		if (meetingIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " WHERE a.meeting_id IN (:m) AND a.status = 'AWARDED' ORDER BY a.meeting_id, a.id")
			.param("m", List.copyOf(meetingIds)).query(FellowshipApplications::map).list();
	}

	/** Every application of a call, oldest first. */
	List<FellowshipApplication> ofCall(String callId) {
		return jdbc.sql(SELECT + " WHERE a.call_id = :c ORDER BY a.submitted_at, a.id").param("c", callId)
			.query(FellowshipApplications::map).list();
	}

	/** The applications waiting for the endorsement of a DFP of these states, oldest first. */
	List<FellowshipApplication> awaitingEndorsement(java.util.Collection<String> states) {
		if (states.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " WHERE a.status = 'SUBMITTED' AND a.member_state IN (:s) ORDER BY a.submitted_at, a.id")
			.param("s", List.copyOf(states)).query(FellowshipApplications::map).list();
	}

	/** The awarded applications of these people, in any call. */
	List<FellowshipApplication> awardedToAny(java.util.Collection<String> accountIds) {
		if (accountIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " WHERE a.account_id IN (:a) AND a.status = 'AWARDED'").param("a", List.copyOf(accountIds))
			.query(FellowshipApplications::map).list();
	}

	/** What a call's applications stand at: how many, waiting for each step, awarded, and the sum awarded. */
	record Totals(long applications, long toEndorse, long toDecide, long awarded, BigDecimal committed) {

		static final Totals NONE = new Totals(0, 0, 0, 0, BigDecimal.ZERO);
	}

	/** The totals of every call that has applications, by call id (one query). */
	Map<String, Totals> totalsByCall() {
		Map<String, Totals> totals = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT call_id, COUNT(*) AS n,
				       SUM(CASE WHEN status = 'SUBMITTED' THEN 1 ELSE 0 END) AS to_endorse,
				       SUM(CASE WHEN status = 'ENDORSED' THEN 1 ELSE 0 END) AS to_decide,
				       SUM(CASE WHEN status = 'AWARDED' THEN 1 ELSE 0 END) AS awarded,
				       COALESCE(SUM(CASE WHEN status = 'AWARDED' THEN amount END), 0) AS committed
				FROM fellowship_application GROUP BY call_id""")
			.query((rs, n) -> totals.put(rs.getString("call_id"), new Totals(rs.getLong("n"), rs.getLong("to_endorse"),
					rs.getLong("to_decide"), rs.getLong("awarded"), rs.getBigDecimal("committed"))))
			.list();
		return totals;
	}

	/** The Member States with applications of a call still waiting for their DFPs' endorsement, with how many. */
	Map<String, Long> waitingByState(String callId) {
		Map<String, Long> waiting = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT member_state, COUNT(*) AS n FROM fellowship_application
				WHERE call_id = :c AND status = 'SUBMITTED' GROUP BY member_state ORDER BY member_state""")
			.param("c", callId)
			.query((rs, n) -> waiting.put(rs.getString("member_state"), rs.getLong("n")))
			.list();
		return waiting;
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
				rs.getString("intended_contribution"),
				rs.getString("gender") == null ? null : FellowshipApplication.Gender.valueOf(rs.getString("gender")),
				instant(rs, "submitted_at"),
				FellowshipApplication.Status.valueOf(rs.getString("status")), instant(rs, "endorsed_at"),
				rs.getString("endorsed_by"), rs.getString("endorsement_reason"), instant(rs, "decided_at"),
				rs.getString("decided_by"), kind(rs.getString("awarded_kind")), rs.getBigDecimal("amount"),
				rs.getString("decision_reason"), rs.getInt("version"));
	}
}
