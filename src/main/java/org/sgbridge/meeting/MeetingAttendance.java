package org.sgbridge.meeting;

import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who takes part in a meeting, for the rules of other modules (a fellowship is applied for from a
 * registration, and its holder is expected to attend): a person's registration that counts, and who
 * was checked in on every day of the meeting.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class MeetingAttendance {

	private final Registrations registrations;
	private final Meetings meetings;
	private final JdbcClient jdbc;

	MeetingAttendance(Registrations registrations, Meetings meetings, JdbcClient jdbc) {
		this.registrations = registrations;
		this.meetings = meetings;
		this.jdbc = jdbc;
	}

	/** The person's registration for the meeting that is neither cancelled nor rejected, if any. */
	public Optional<Registration> activeRegistration(String accountId, String meetingId) {
		return registrations.where("WHERE meeting_id = :m AND account_id = :a AND status IN ('PENDING_VALIDATION', 'VALIDATED')",
				Map.of("m", meetingId, "a", accountId)).stream().findFirst();
	}

	/**
	 * Of these accounts, those checked in on every day of the meeting: a validated registration with a
	 * check-in recorded on each day from the meeting's first to its last (the desk records one scan per
	 * day; a scan before the first day, when the badge is collected in advance, does not count). One
	 * query for the meeting and one for all the accounts.
	 */
	public Set<String> checkedIn(String meetingId, Collection<String> accountIds) {
		if (accountIds.isEmpty()) {
			return Set.of();
		}
		Meeting meeting = meetings.find(meetingId).orElse(null);
		if (meeting == null) {
			return Set.of();
		}
		long days = ChronoUnit.DAYS.between(meeting.startDate(), meeting.endDate()) + 1;
		return new HashSet<>(jdbc.sql("""
				SELECT r.account_id FROM registration r
				JOIN registration_check_in c ON c.registration_id = r.id
				WHERE r.meeting_id = :m AND r.account_id IN (:a) AND r.status = 'VALIDATED'
				  AND c.on_day BETWEEN :first AND :last
				GROUP BY r.account_id
				HAVING COUNT(DISTINCT c.on_day) = :days""")
			.param("m", meetingId)
			.param("a", List.copyOf(new HashSet<>(accountIds)))
			.param("first", meeting.startDate())
			.param("last", meeting.endDate())
			.param("days", days)
			.query(String.class)
			.list());
	}

	/**
	 * Who has been checked in at meetings of a study group, with how many of its meetings each:
	 * the participants of that group with experience (a mentor is one of them), the most meetings
	 * first, at most {@code limit}. One query.
	 */
	public java.util.Map<String, Long> attendedGroup(String studyGroup, int limit) {
		java.util.Map<String, Long> found = new java.util.LinkedHashMap<>();
		jdbc.sql("""
				SELECT r.account_id, COUNT(DISTINCT r.meeting_id) AS n FROM registration r
				JOIN meeting m ON m.id = r.meeting_id
				WHERE m.study_group = :g AND r.checked_in_at IS NOT NULL
				GROUP BY r.account_id ORDER BY n DESC, r.account_id LIMIT :limit""")
			.param("g", studyGroup)
			.param("limit", limit)
			.query((rs, n) -> found.put(rs.getString("account_id"), rs.getLong("n")))
			.list();
		return found;
	}

	/** Whether the account has been checked in at a meeting of the study group: one query. */
	public boolean attendedGroup(String accountId, String studyGroup) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM registration r JOIN meeting m ON m.id = r.meeting_id
				WHERE r.account_id = :a AND m.study_group = :g AND r.checked_in_at IS NOT NULL""")
			.param("a", accountId).param("g", studyGroup).query(Long.class).single() > 0;
	}
}
