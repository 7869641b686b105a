package org.sgbridge.bsg;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sgbridge.platform.Problem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the calls for fellowships, one per meeting. */
@Repository
class FellowshipCalls {

	private static final String SELECT = "SELECT id, meeting_id, budget, currency, closes, created_at, created_by FROM fellowship_call";

	private final JdbcClient jdbc;

	FellowshipCalls(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts a new call; a meeting that already has one is 409 {@code call-exists}. */
	void insert(FellowshipCall call) {
		try {
			jdbc.sql("""
					INSERT INTO fellowship_call (id, meeting_id, budget, currency, closes, created_at, created_by)
					VALUES (:id, :meeting, :budget, :currency, :closes, :at, :by)""")
				.param("id", call.id())
				.param("meeting", call.meetingId())
				.param("budget", call.budget())
				.param("currency", call.currency())
				.param("closes", call.closes())
				.param("at", Timestamp.from(call.createdAt()))
				.param("by", call.createdBy())
				.update();
		}
		catch (DuplicateKeyException e) {
			throw Problem.conflict("call-exists");
		}
	}

	Optional<FellowshipCall> find(String id) {
		return jdbc.sql(SELECT + " WHERE id = :id").param("id", id == null ? "" : id).query(FellowshipCalls::map).optional();
	}

	/**
	 * The call, its row locked until the transaction ends: awards of the call wait for one another
	 * while the budget and the caps are weighed (on PostgreSQL and H2 alike).
	 */
	Optional<FellowshipCall> lock(String id) {
		return jdbc.sql(SELECT + " WHERE id = :id FOR UPDATE").param("id", id).query(FellowshipCalls::map).optional();
	}

	/** Every call, the latest closing first. */
	List<FellowshipCall> all() {
		return jdbc.sql(SELECT + " ORDER BY closes DESC, id").query(FellowshipCalls::map).list();
	}

	Optional<FellowshipCall> ofMeeting(String meetingId) {
		return jdbc.sql(SELECT + " WHERE meeting_id = :m").param("m", meetingId == null ? "" : meetingId)
			.query(FellowshipCalls::map).optional();
	}

	/** The calls closing between these days (both included) whose DFPs have not been reminded yet. */
	List<FellowshipCall> closingUnreminded(LocalDate from, LocalDate to) {
		return jdbc.sql(SELECT + " WHERE closes BETWEEN :from AND :to AND reminded_on IS NULL ORDER BY closes, id")
			.param("from", from).param("to", to).query(FellowshipCalls::map).list();
	}

	/** Marks the call's DFPs reminded on that day, unless another node did first: whether this one did. */
	boolean markReminded(String id, LocalDate day) {
		return jdbc.sql("UPDATE fellowship_call SET reminded_on = :d WHERE id = :id AND reminded_on IS NULL")
			.param("d", day).param("id", id).update() == 1;
	}

	private static FellowshipCall map(ResultSet rs, int n) throws SQLException {
		return new FellowshipCall(rs.getString("id"), rs.getString("meeting_id"), rs.getBigDecimal("budget"),
				rs.getString("currency"), rs.getDate("closes").toLocalDate(), rs.getTimestamp("created_at").toInstant(),
				rs.getString("created_by"));
	}
}
