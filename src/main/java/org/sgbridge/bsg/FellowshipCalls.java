package org.sgbridge.bsg;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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

	private static FellowshipCall map(ResultSet rs, int n) throws SQLException {
		return new FellowshipCall(rs.getString("id"), rs.getString("meeting_id"), rs.getBigDecimal("budget"),
				rs.getString("currency"), rs.getDate("closes").toLocalDate(), rs.getTimestamp("created_at").toInstant(),
				rs.getString("created_by"));
	}
}
