package org.sgbridge.meeting;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who takes part in a meeting, for the rules of other modules (a fellowship is applied for from a
 * registration, and its holder is expected to attend): a person's registration that counts, and who
 * was checked in.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class MeetingAttendance {

	private final Registrations registrations;

	MeetingAttendance(Registrations registrations) {
		this.registrations = registrations;
	}

	/** The person's registration for the meeting that is neither cancelled nor rejected, if any. */
	public Optional<Registration> activeRegistration(String accountId, String meetingId) {
		return registrations.where("WHERE meeting_id = :m AND account_id = :a AND status IN ('PENDING_VALIDATION', 'VALIDATED')",
				Map.of("m", meetingId, "a", accountId)).stream().findFirst();
	}

	/**
	 * Of these accounts, those checked in at the meeting. The desk records one check-in per
	 * registration (the badge collected), not a scan on each day: this is the nearest the data comes to
	 * "checked in on every day of the meeting".
	 */
	public Set<String> checkedIn(String meetingId, Collection<String> accountIds) {
		if (accountIds.isEmpty()) {
			return Set.of();
		}
		Set<String> found = new HashSet<>();
		registrations.where("WHERE meeting_id = :m AND account_id IN (:a) AND status = 'VALIDATED' AND checked_in_at IS NOT NULL",
				Map.of("m", meetingId, "a", List.copyOf(new HashSet<>(accountIds))))
			.forEach(r -> found.add(r.accountId()));
		return found;
	}
}
