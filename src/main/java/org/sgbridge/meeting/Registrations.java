package org.sgbridge.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sgbridge.platform.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores registrations, appends every change to their history and publishes the events the
 * registration raised, in the same transaction.
 */
@Repository
class Registrations {

	private static final String SELECT = """
			SELECT id, meeting_id, account_id, organization_id, mode, visa_support, status, verification_code, created_at,
			       decided_at, decided_by, reason, checked_in_at, invoice_id, version
			FROM registration""";
	/**
	 * A registration of alias {@code r} that holds an in-person place: pending or validated (as
	 * {@link Registration#takesASeat()} says), for the capacity's check and the places left shown.
	 */
	static final String TAKES_A_SEAT = "r.mode = 'IN_PERSON' AND r.status IN ('PENDING_PAYMENT', 'PENDING_VALIDATION', 'VALIDATED')";
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	Registrations(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Locks the meeting's row, so that seats are counted and taken one registration at a time. */
	void lockMeeting(String meetingId) {
		jdbc.sql("SELECT id FROM meeting WHERE id = :id FOR UPDATE").param("id", meetingId).query(String.class).list();
	}

	/** Pending registrations of an organisation created since an instant (this one included). */
	long pendingSince(String organizationId, Instant since) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM registration
				WHERE organization_id = :o AND status = 'PENDING_VALIDATION' AND created_at > :since""")
			.param("o", organizationId)
			.param("since", Timestamp.from(since))
			.query(Long.class)
			.single();
	}

	/** Records that the person was reminded to pay before registration closes (once). */
	void markPaymentReminded(String id, java.time.LocalDate on) {
		jdbc.sql("UPDATE registration SET payment_reminded_on = :on WHERE id = :id").param("on", on).param("id", id).update();
	}

	long seatsTaken(String meetingId) {
		return jdbc.sql("SELECT COUNT(*) FROM registration r WHERE r.meeting_id = :m AND " + TAKES_A_SEAT)
			.param("m", meetingId)
			.query(Long.class)
			.single();
	}

	MeetingCheckIns.Badges badges(String meetingId) {
		return jdbc.sql("""
				SELECT COUNT(*), COUNT(checked_in_at) FROM registration
				WHERE meeting_id = :m AND mode = 'IN_PERSON' AND status = 'VALIDATED'""")
			.param("m", meetingId)
			.query((rs, n) -> new MeetingCheckIns.Badges(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	/** Whether the person has a registration for the meeting that is neither cancelled nor refused. */
	boolean isRegistered(String meetingId, String accountId) {
		return jdbc.sql("SELECT COUNT(*) FROM registration WHERE active_key = :key")
			.param("key", meetingId + "|" + accountId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Inserts a new registration and publishes its events; the same person twice for a meeting is 409
	 * {@code already-registered}. Answers the registration as stored.
	 */
	Registration insert(Registration r) {
		try {
			jdbc.sql("""
					INSERT INTO registration (id, meeting_id, account_id, organization_id, mode, visa_support, status,
					    verification_code, created_at, decided_at, decided_by, active_key, invoice_id, version)
					VALUES (:id, :m, :a, :o, :mode, :visa, :status, :code, :at, :decidedAt, :by, :key, :invoice, 0)""")
				.param("invoice", r.invoiceId())
				.param("id", r.id())
				.param("m", r.meetingId())
				.param("a", r.accountId())
				.param("o", r.organizationId())
				.param("mode", r.mode().name())
				.param("visa", r.visaSupport())
				.param("status", r.status().name())
				.param("code", r.verificationCode())
				.param("at", Timestamp.from(r.createdAt()))
				.param("decidedAt", r.decidedAt() == null ? null : Timestamp.from(r.decidedAt()))
				.param("by", r.decidedBy())
				.param("key", r.meetingId() + "|" + r.accountId())
				.update();
		}
		catch (DuplicateKeyException e) {
			throw Problem.conflict("already-registered");
		}
		history(r.id(), r.status().name(), r.mode().name(), r.createdAt(),
				r.decidedBy() == null ? r.accountId() : r.decidedBy(), null);
		r.pullEvents().forEach(events::publishEvent);
		return find(r.id()).orElseThrow();
	}

	/** Saves a change if nobody changed the registration meanwhile; otherwise 409 {@code already-decided}. */
	void save(Registration r, String actorId, Instant at) {
		int updated = jdbc.sql("""
				UPDATE registration SET status = :status, mode = :mode, decided_at = :decidedAt, decided_by = :by,
				    reason = :reason, checked_in_at = :checkedIn, active_key = :key, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("status", r.status().name())
			.param("mode", r.mode().name())
			.param("decidedAt", r.decidedAt() == null ? null : Timestamp.from(r.decidedAt()))
			.param("by", r.decidedBy())
			.param("reason", r.reason())
			.param("checkedIn", r.checkedInAt() == null ? null : Timestamp.from(r.checkedInAt()))
			.param("key", r.isActive() ? r.meetingId() + "|" + r.accountId() : null)
			.param("id", r.id())
			.param("version", r.version())
			.update();
		if (updated != 1) {
			throw Problem.conflict("already-decided");
		}
		history(r.id(), r.status().name(), r.mode().name(), at, actorId, r.reason());
		r.pullEvents().forEach(events::publishEvent);
	}

	private void history(String id, String status, String mode, Instant at, String actor, String reason) {
		jdbc.sql("""
				INSERT INTO registration_history (registration_id, status, mode, effective_at, actor_id, reason)
				VALUES (:id, :status, :mode, :at, :actor, :reason)""")
			.param("id", id)
			.param("status", status)
			.param("mode", mode)
			.param("at", Timestamp.from(at))
			.param("actor", actor)
			.param("reason", reason)
			.update();
	}

	/** When the registration was checked in on a day (one scan per day), if it was. */
	Optional<Instant> checkedInOn(String registrationId, LocalDate day) {
		return jdbc.sql("SELECT at FROM registration_check_in WHERE registration_id = :id AND on_day = :day")
			.param("id", registrationId)
			.param("day", day)
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	/**
	 * Records the registration's check-in of a day; a second one the same day (a scan racing another)
	 * is 409 {@code already-checked-in}, said with when the badge was collected (nothing more is read:
	 * on PostgreSQL the transaction is aborted by then).
	 */
	void recordCheckIn(Registration r, LocalDate day, Instant at, String by) {
		String registrationId = r.id();
		try {
			jdbc.sql("INSERT INTO registration_check_in (registration_id, on_day, at, by) VALUES (:id, :day, :at, :by)")
				.param("id", registrationId)
				.param("day", day)
				.param("at", Timestamp.from(at))
				.param("by", by)
				.update();
		}
		catch (DuplicateKeyException e) {
			throw Problem.conflict("already-checked-in", r.checkedInAt() == null ? at : r.checkedInAt());
		}
	}

	Optional<Registration> find(String id) {
		return jdbc.sql(SELECT + " WHERE id = :id").param("id", id == null ? "" : id).query(Registrations::map).optional();
	}

	Optional<Registration> byCode(String code) {
		return jdbc.sql(SELECT + " WHERE verification_code = :c")
			.param("c", code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT))
			.query(Registrations::map)
			.optional();
	}

	List<Registration> where(String where, Map<String, ?> params) {
		return jdbc.sql(SELECT + " " + where).params(params).query(Registrations::map).list();
	}

	static Registration map(ResultSet rs, int n) throws SQLException {
		return new Registration(rs.getString("id"), rs.getString("meeting_id"), rs.getString("account_id"),
				rs.getString("organization_id"), Registration.Mode.valueOf(rs.getString("mode")),
				rs.getBoolean("visa_support"), Registration.Status.valueOf(rs.getString("status")),
				rs.getString("verification_code"), rs.getTimestamp("created_at").toInstant(), instant(rs, "decided_at"),
				rs.getString("decided_by"), rs.getString("reason"), instant(rs, "checked_in_at"), rs.getString("invoice_id"),
				rs.getInt("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
