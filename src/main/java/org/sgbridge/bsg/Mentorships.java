package org.sgbridge.bsg;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sgbridge.platform.Problem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the mentoring requests and pairings. */
@Repository
class Mentorships {

	private static final String SELECT = """
			SELECT id, mentee_id, organization_id, member_state, study_group, note, requested_at, status, mentor_id,
			       paired_at, paired_by, ends_on, ended_at, version
			FROM mentoring""";

	private final JdbcClient jdbc;

	Mentorships(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new request; a second open one of the same person in the same group is 409 {@code already-requested}. */
	void insert(Mentorship m) {
		try {
			jdbc.sql("""
					INSERT INTO mentoring (id, mentee_id, organization_id, member_state, study_group, note, requested_at, status,
					    open_key, version)
					VALUES (:id, :mentee, :org, :state, :group, :note, :at, 'WAITING', 'OPEN', 0)""")
				.param("id", m.id())
				.param("mentee", m.menteeId())
				.param("org", m.organizationId())
				.param("state", m.memberState())
				.param("group", m.studyGroup())
				.param("note", m.note())
				.param("at", Timestamp.from(m.requestedAt()))
				.update();
		}
		catch (DuplicateKeyException e) {
			throw Problem.conflict("already-requested");
		}
	}

	/** Saves a pairing or its end if nobody changed the row meanwhile; otherwise 409 {@code already-decided}. */
	void save(Mentorship m) {
		int updated = jdbc.sql("""
				UPDATE mentoring SET status = :status, mentor_id = :mentor, paired_at = :pairedAt, paired_by = :pairedBy,
				    ends_on = :endsOn, ended_at = :endedAt, open_key = :openKey, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("status", m.status().name())
			.param("mentor", m.mentorId())
			.param("pairedAt", timestamp(m.pairedAt()))
			.param("pairedBy", m.pairedBy())
			.param("endsOn", m.endsOn())
			.param("endedAt", timestamp(m.endedAt()))
			.param("openKey", m.status() == Mentorship.Status.ENDED ? m.id() : "OPEN")
			.param("id", m.id())
			.param("version", m.version())
			.update();
		if (updated != 1) {
			throw Problem.conflict("already-decided");
		}
	}

	/** Closes the pairings of a person in a group whose period is over, so that it may ask again. */
	void closeLapsed(String menteeId, String studyGroup, LocalDate today, Instant at) {
		jdbc.sql("""
				UPDATE mentoring SET status = 'ENDED', ended_at = :at, open_key = id, version = version + 1
				WHERE mentee_id = :m AND study_group = :g AND status = 'PAIRED' AND ends_on < :today""")
			.param("at", Timestamp.from(at)).param("m", menteeId).param("g", studyGroup).param("today", today).update();
	}

	Optional<Mentorship> find(String id) {
		return jdbc.sql(SELECT + " WHERE id = :id").param("id", id == null ? "" : id).query(Mentorships::map).optional();
	}

	/** The requests waiting for a mentor, oldest first. */
	List<Mentorship> waiting() {
		return jdbc.sql(SELECT + " WHERE status = 'WAITING' ORDER BY requested_at, id").query(Mentorships::map).list();
	}

	/** The pairings not ended by the secretariat (some may have run their period), newest first. */
	List<Mentorship> paired(int limit) {
		return jdbc.sql(SELECT + " WHERE status = 'PAIRED' ORDER BY paired_at DESC, id LIMIT :limit").param("limit", limit)
			.query(Mentorships::map).list();
	}

	/** A person's requests and pairings, as mentee or as mentor, newest first. */
	List<Mentorship> of(String accountId) {
		return jdbc.sql(SELECT + " WHERE mentee_id = :a OR mentor_id = :a ORDER BY requested_at DESC, id")
			.param("a", accountId).query(Mentorships::map).list();
	}

	private static Timestamp timestamp(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static Mentorship map(ResultSet rs, int n) throws SQLException {
		java.sql.Date ends = rs.getDate("ends_on");
		return new Mentorship(rs.getString("id"), rs.getString("mentee_id"), rs.getString("organization_id"),
				rs.getString("member_state"), rs.getString("study_group"), rs.getString("note"), instant(rs, "requested_at"),
				Mentorship.Status.valueOf(rs.getString("status")), rs.getString("mentor_id"), instant(rs, "paired_at"),
				rs.getString("paired_by"), ends == null ? null : ends.toLocalDate(), instant(rs, "ended_at"), rs.getInt("version"));
	}
}
