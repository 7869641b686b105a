package org.sgbridge.document;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who contributed to a meeting, for the rules of other modules (a fellowship's holder is expected to). */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class MeetingContributors {

	private final JdbcClient jdbc;

	MeetingContributors(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Of these participants (each account with the organisation it took part for), those with a
	 * contribution to the meeting that is not withdrawn: submitted by the account, or with the
	 * organisation as a confirmed source. Two queries, whatever their number.
	 */
	public Set<String> among(String meetingId, Map<String, String> organizationOfAccount) {
		Set<String> found = new HashSet<>();
		if (organizationOfAccount.isEmpty()) {
			return found;
		}
		found.addAll(jdbc.sql("""
				SELECT DISTINCT submitted_by FROM contribution
				WHERE meeting_id = :m AND status = 'SUBMITTED' AND submitted_by IN (:a)""")
			.param("m", meetingId)
			.param("a", List.copyOf(organizationOfAccount.keySet()))
			.query(String.class)
			.list());
		Set<String> organizations = new HashSet<>(jdbc.sql("""
				SELECT DISTINCT s.organization_id FROM contribution c JOIN contribution_source s ON s.contribution_id = c.id
				WHERE c.meeting_id = :m AND c.status = 'SUBMITTED' AND s.confirmed_at IS NOT NULL AND s.organization_id IN (:o)""")
			.param("m", meetingId)
			.param("o", List.copyOf(new HashSet<>(organizationOfAccount.values())))
			.query(String.class)
			.list());
		organizationOfAccount.forEach((account, organization) -> {
			if (organizations.contains(organization)) {
				found.add(account);
			}
		});
		return found;
	}

	/** How many contributions each of these accounts has submitted (not withdrawn), to any meeting: one query. */
	public java.util.Map<String, Long> countsBy(java.util.Collection<String> accountIds) {
		java.util.Map<String, Long> counts = new java.util.HashMap<>();
		if (accountIds.isEmpty()) {
			return counts;
		}
		jdbc.sql("SELECT submitted_by, COUNT(*) AS n FROM contribution WHERE status = 'SUBMITTED' AND submitted_by IN (:a) GROUP BY submitted_by")
			.param("a", List.copyOf(new HashSet<>(accountIds)))
			.query((rs, n) -> counts.put(rs.getString("submitted_by"), rs.getLong("n")))
			.list();
		return counts;
	}

	/**
	 * Who has contributed to a study group's meetings (contributions not withdrawn), with how many
	 * contributions each, the most first, at most {@code limit}. One query.
	 */
	public java.util.Map<String, Long> contributorsTo(String studyGroup, int limit) {
		java.util.Map<String, Long> found = new java.util.LinkedHashMap<>();
		jdbc.sql("""
				SELECT submitted_by, COUNT(*) AS n FROM contribution WHERE study_group = :g AND status = 'SUBMITTED'
				GROUP BY submitted_by ORDER BY n DESC, submitted_by LIMIT :limit""")
			.param("g", studyGroup)
			.param("limit", limit)
			.query((rs, n) -> found.put(rs.getString("submitted_by"), rs.getLong("n")))
			.list();
		return found;
	}

	/** Whether the account has submitted a contribution (not withdrawn) to a meeting of the study group: one query. */
	public boolean contributedTo(String accountId, String studyGroup) {
		return jdbc.sql("SELECT COUNT(*) FROM contribution WHERE submitted_by = :a AND study_group = :g AND status = 'SUBMITTED'")
			.param("a", accountId).param("g", studyGroup).query(Long.class).single() > 0;
	}
}
