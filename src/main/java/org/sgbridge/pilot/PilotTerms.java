package org.sgbridge.pilot;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.sgbridge.studygroup.StudyGroup;
import org.sgbridge.studygroup.StudyGroups;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pilot's terms of reference as data: its period (each version kept with the decision that
 * set it) and the participating study groups.
 */
@Service
@Transactional
public class PilotTerms {

	private final JdbcClient jdbc;
	private final StudyGroups groups;
	private final Clock clock;

	PilotTerms(JdbcClient jdbc, StudyGroups groups, Clock clock) {
		this.jdbc = jdbc;
		this.groups = groups;
		this.clock = clock;
	}

	/** A version of the pilot's period. */
	public record Period(LocalDate startsOn, LocalDate endsOn, String decision, Instant recordedAt) {

		public boolean includes(LocalDate day) {
			return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
		}
	}

	/** The period in force now (none before the Council 2017 decision). */
	@Transactional(readOnly = true)
	public java.util.Optional<Period> current() {
		return history().stream().findFirst();
	}

	/** Every version of the period recorded by now, newest first. */
	@Transactional(readOnly = true)
	public List<Period> history() {
		return jdbc.sql("""
				SELECT starts_on, ends_on, decision, recorded_at FROM pilot_term WHERE recorded_at <= :now
				ORDER BY recorded_at DESC, id DESC""")
			.param("now", Timestamp.from(clock.instant()))
			.query((rs, n) -> new Period(rs.getDate(1).toLocalDate(),
					rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate(), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	/** Whether the pilot takes requests today. */
	@Transactional(readOnly = true)
	public boolean isOpen() {
		return current().map(p -> p.includes(Dates.today(clock))).orElse(false);
	}

	/** The secretariat records a new period (an extension, or an end), with the decision behind it. */
	public Period record(Actor actor, LocalDate startsOn, LocalDate endsOn, String decision) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		if (startsOn == null) {
			throw Problem.invalidField("startsOn", "validation.NotNull");
		}
		if (endsOn != null && endsOn.isBefore(startsOn)) {
			throw Problem.invalidField("endsOn", "validation.period");
		}
		if (decision == null || decision.isBlank()) {
			throw Problem.invalidField("decision", "validation.NotBlank");
		}
		jdbc.sql("INSERT INTO pilot_term (starts_on, ends_on, decision, recorded_at, recorded_by) VALUES (:s, :e, :d, :at, :by)")
			.param("s", startsOn)
			.param("e", endsOn)
			.param("d", decision.trim())
			.param("at", Timestamp.from(clock.instant()))
			.param("by", actor.accountId())
			.update();
		return current().orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<StudyGroup> groups() {
		return groups.all(true);
	}
}
