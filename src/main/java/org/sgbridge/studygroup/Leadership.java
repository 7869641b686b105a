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
import org.sgbridge.platform.Act;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.springframework.modulith.NamedInterface;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The management teams of study groups: the secretariat appoints chairs, vice-chairs, working
 * party chairs, rapporteurs and associate rapporteurs for the group's study period, and ends
 * appointments. Eligibility is {@link DecisionRights}'s answer, which the appointment
 * ({@link org.sgbridge.studygroup.Appointment}) applies; its events go to the audit trail.
 */
@NamedInterface("api")
@Service
@Transactional
public class Leadership {

	private final JdbcClient jdbc;
	private final StudyGroups groups;
	private final AccountManagement accounts;
	private final Memberships memberships;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	Leadership(JdbcClient jdbc, StudyGroups groups, AccountManagement accounts, Memberships memberships, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
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
		var made = org.sgbridge.studygroup.Appointment.make(UUID.randomUUID().toString(), group.code(),
				group.studyPeriod(), accountId, parsed, question == null || question.isBlank() ? null : question.trim(),
				kindsOf(accountId), Act.ofStaff(actor, clock));
		jdbc.sql("""
				INSERT INTO appointment (id, study_group, study_period, account_id, role, question, starts_on, appointed_by,
				    created_at)
				VALUES (:id, :g, :p, :a, :r, :q, :on, :by, :now)""")
			.param("id", made.id())
			.param("g", made.studyGroup())
			.param("p", made.studyPeriod())
			.param("a", made.accountId())
			.param("r", made.role().name())
			.param("q", made.question())
			.param("on", made.startsOn())
			.param("by", made.appointedBy())
			.param("now", Timestamp.from(made.createdAt()))
			.update();
		made.pullEvents().forEach(events::publishEvent);
		return team(code).stream().filter(a -> a.id().equals(made.id())).findFirst().orElseThrow();
	}

	public void end(Actor actor, String appointmentId) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		var appointment = load(appointmentId).orElseThrow(Problem::notFound);
		appointment.end(Act.ofStaff(actor, clock));
		// ended meanwhile by someone else: no current appointment to end, as for none
		int updated = jdbc.sql("UPDATE appointment SET ends_on = :on WHERE id = :id AND ends_on IS NULL")
			.param("on", appointment.endsOn())
			.param("id", appointment.id())
			.update();
		if (updated == 0) {
			throw Problem.notFound();
		}
		appointment.pullEvents().forEach(events::publishEvent);
	}

	/** An appointment as stored, current or ended. */
	private java.util.Optional<org.sgbridge.studygroup.Appointment> load(String appointmentId) {
		return jdbc.sql("""
				SELECT id, study_group, study_period, account_id, role, question, starts_on, ends_on, appointed_by, created_at
				FROM appointment WHERE id = :id""")
			.param("id", appointmentId == null ? "" : appointmentId)
			.query((rs, n) -> new org.sgbridge.studygroup.Appointment(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getString(4), DecisionRights.Role.valueOf(rs.getString(5)), rs.getString(6),
					rs.getDate(7).toLocalDate(), rs.getDate(8) == null ? null : rs.getDate(8).toLocalDate(), rs.getString(9),
					rs.getTimestamp(10).toInstant()))
			.optional();
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

	/** A Question of a group ("26/16"), with ITU's English title and its translations (see {@link Title}). */
	public record Question(String number, String title, Map<String, Title> translations) {

		public Question {
			translations = Map.copyOf(translations);
		}

		/** The title for a reader of {@code locale}: its translation, else ITU's English title. */
		public Title titleIn(Locale locale) {
			return Title.in(locale, title, translations);
		}

		/** The title in each language it exists in, by language code ({@code en} is ITU's). */
		public Map<String, String> titles() {
			return Title.texts(title, translations);
		}
	}

	/** The Questions of a group, with their titles in every language (one query). */
	@Transactional(readOnly = true)
	public List<Question> questions(String code) {
		Map<String, String> english = new java.util.LinkedHashMap<>();
		Map<String, Map<String, Title>> translations = new java.util.HashMap<>();
		jdbc.sql("""
				SELECT q.number, q.title, t.lang, t.title, t.official FROM study_group_question q
				LEFT JOIN study_group_question_title t ON t.study_group = q.study_group AND t.number = q.number
				WHERE q.study_group = :g ORDER BY q.number""")
			.param("g", code)
			.query((java.sql.ResultSet rs) -> {
				english.put(rs.getString(1), rs.getString(2));
				Map<String, Title> of = translations.computeIfAbsent(rs.getString(1), k -> new java.util.HashMap<>());
				if (rs.getString(3) != null) {
					of.put(rs.getString(3), new Title(rs.getString(4), rs.getString(3), rs.getBoolean(5)));
				}
			});
		return english.entrySet().stream()
			.map(e -> new Question(e.getKey(), e.getValue(), translations.get(e.getKey())))
			.sorted(java.util.Comparator.comparing(Question::number, Leadership::byQuestionNumber))
			.toList();
	}

	/** "4/20" before "26/16": by the number before the slash, then as text. */
	private static int byQuestionNumber(String a, String b) {
		int byNumber = Integer.compare(leading(a), leading(b));
		return byNumber != 0 ? byNumber : a.compareTo(b);
	}

	private static int leading(String number) {
		int slash = number.indexOf('/');
		try {
			return Integer.parseInt(slash < 0 ? number : number.substring(0, slash));
		}
		catch (NumberFormatException e) {
			return Integer.MAX_VALUE;
		}
	}

	/** A current appointment by its id (for the secretariat to end it), if there is one. */
	@Transactional(readOnly = true)
	public java.util.Optional<Appointment> current(String appointmentId) {
		if (appointmentId == null) {
			return java.util.Optional.empty();
		}
		return jdbc.sql("SELECT study_group FROM appointment WHERE id = :id AND ends_on IS NULL")
			.param("id", appointmentId)
			.query(String.class)
			.optional()
			.flatMap(code -> team(code).stream().filter(a -> a.id().equals(appointmentId)).findFirst());
	}

	private List<String> kindsOf(String accountId) {
		return memberships.of(accountId).stream().map(Memberships.Membership::kind).toList();
	}
}
