package org.sgbridge.studygroup;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.sgbridge.account.AccountManagement;
import org.sgbridge.directory.Memberships;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The management teams of study groups: the secretariat appoints chairs, vice-chairs, working
 * party chairs, rapporteurs and associate rapporteurs for the group's study period, and ends
 * appointments. Eligibility is {@link DecisionRights}'s answer.
 */
@Service
@Transactional
public class Leadership {

	private final JdbcClient jdbc;
	private final StudyGroups groups;
	private final AccountManagement accounts;
	private final Memberships memberships;
	private final Clock clock;

	Leadership(JdbcClient jdbc, StudyGroups groups, AccountManagement accounts, Memberships memberships, Clock clock) {
		this.jdbc = jdbc;
		this.groups = groups;
		this.accounts = accounts;
		this.memberships = memberships;
		this.clock = clock;
	}

	/** A current appointment, and whether its holder now takes part for an SME (the secretariat is warned). */
	public record Appointment(String id, String studyGroup, String studyPeriod, String accountId, String name,
			String role, String question, LocalDate startsOn, LocalDate endsOn, boolean holderNowWithSme) {
	}

	public Appointment appoint(Actor actor, String code, String accountId, String role, String question) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		StudyGroup group = groups.find(code).orElseThrow(Problem::notFound);
		DecisionRights.Role parsed;
		try {
			parsed = DecisionRights.Role.valueOf(role == null ? "" : role.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw Problem.invalidField("role", "validation.role");
		}
		if (accountId == null || accounts.find(accountId).isEmpty()) {
			throw Problem.invalidField("accountId", "validation.account");
		}
		if (question != null && !question.isBlank() && jdbc.sql(
				"SELECT COUNT(*) FROM study_group_question WHERE study_group = :g AND number = :q")
			.param("g", code).param("q", question.trim()).query(Integer.class).single() == 0) {
			throw Problem.invalidField("question", "validation.question");
		}
		DecisionRights.mayHold(parsed, kindsOf(accountId)).orRefuse();
		String id = UUID.randomUUID().toString();
		jdbc.sql("""
				INSERT INTO appointment (id, study_group, study_period, account_id, role, question, starts_on, appointed_by,
				    created_at)
				VALUES (:id, :g, :p, :a, :r, :q, :on, :by, :now)""")
			.param("id", id)
			.param("g", group.code())
			.param("p", group.studyPeriod())
			.param("a", accountId)
			.param("r", parsed.name())
			.param("q", question == null || question.isBlank() ? null : question.trim())
			.param("on", Dates.today(clock))
			.param("by", actor.accountId())
			.param("now", Timestamp.from(clock.instant()))
			.update();
		return team(code).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
	}

	public void end(Actor actor, String appointmentId) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		int updated = jdbc.sql("UPDATE appointment SET ends_on = :on WHERE id = :id AND ends_on IS NULL")
			.param("on", Dates.today(clock))
			.param("id", appointmentId)
			.update();
		if (updated == 0) {
			throw Problem.notFound();
		}
	}

	/** The current management team of a group, chairs first. */
	@Transactional(readOnly = true)
	public List<Appointment> team(String code) {
		groups.find(code).orElseThrow(Problem::notFound);
		List<Object[]> rows = jdbc.sql("""
				SELECT id, study_group, study_period, account_id, role, question, starts_on FROM appointment
				WHERE study_group = :g AND ends_on IS NULL
				ORDER BY CASE role WHEN 'CHAIR' THEN 0 WHEN 'VICE_CHAIR' THEN 1 WHEN 'WORKING_PARTY_CHAIR' THEN 2
				         WHEN 'RAPPORTEUR' THEN 3 ELSE 4 END, question, starts_on""")
			.param("g", code)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getDate(7).toLocalDate() })
			.list();
		List<String> holders = rows.stream().map(r -> (String) r[3]).toList();
		Map<String, String> names = accounts.names(holders);
		Map<String, java.util.Set<String>> kinds = memberships.kindsOf(holders);
		return rows.stream()
			.map(r -> new Appointment((String) r[0], (String) r[1], (String) r[2], (String) r[3],
					names.getOrDefault((String) r[3], ""), (String) r[4], (String) r[5], (LocalDate) r[6], null,
					kinds.getOrDefault((String) r[3], java.util.Set.of()).contains("SME")))
			.toList();
	}

	/** The Questions of a group. */
	@Transactional(readOnly = true)
	public List<Map<String, Object>> questions(String code) {
		return jdbc.sql("SELECT number, title FROM study_group_question WHERE study_group = :g ORDER BY number")
			.param("g", code)
			.query()
			.listOfRows();
	}

	private List<String> kindsOf(String accountId) {
		return memberships.of(accountId).stream().map(Memberships.Membership::kind).toList();
	}
}
