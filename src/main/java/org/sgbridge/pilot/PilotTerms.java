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
	@org.springframework.modulith.NamedInterface("api")
	public record Period(LocalDate startsOn, LocalDate endsOn, String decision, Instant recordedAt, String kind) {

		/** Recorded as a period (the terms' API). */
		public static final String PERIOD = "PERIOD";
		/** The Conference's extension. */
		public static final String EXTEND = "EXTEND";
		/** The Conference's end. */
		public static final String END = "END";

		public Period(LocalDate startsOn, LocalDate endsOn, String decision, Instant recordedAt) {
			this(startsOn, endsOn, decision, recordedAt, PERIOD);
		}

		public boolean includes(LocalDate day) {
			return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
		}

		/**
		 * Whether the pilot runs on that day: within the period, except that an end recorded for
		 * the day it was recorded on closes the pilot at once (a later end leaves its last day open).
		 */
		public boolean runsOn(LocalDate day) {
			return includes(day) && !endsAtOnce();
		}

		/** An end recorded on its own last day: the pilot closed when it was recorded. */
		public boolean endsAtOnce() {
			return END.equals(kind) && endsOn != null && recordedAt != null
					&& !endsOn.isAfter(LocalDate.ofInstant(recordedAt, java.time.ZoneOffset.UTC));
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
				SELECT starts_on, ends_on, decision, recorded_at, kind FROM pilot_term WHERE recorded_at <= :now
				ORDER BY recorded_at DESC, id DESC""")
			.param("now", Timestamp.from(clock.instant()))
			.query((rs, n) -> new Period(rs.getDate(1).toLocalDate(),
					rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate(), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getString(5)))
			.list();
	}

	/** Whether the pilot takes requests today. */
	@Transactional(readOnly = true)
	public boolean isOpen() {
		return current().map(p -> p.runsOn(Dates.today(clock))).orElse(false);
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
		insert(actor, startsOn, endsOn, decision, Period.PERIOD);
		return current().orElseThrow();
	}

	/** Appends a version of the period (checked by the caller); its id. */
	long insert(Actor actor, LocalDate startsOn, LocalDate endsOn, String decision, String kind) {
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("INSERT INTO pilot_term (starts_on, ends_on, decision, recorded_at, recorded_by, kind) VALUES (:s, :e, :d, :at, :by, :k)")
			.param("s", startsOn)
			.param("e", endsOn)
			.param("d", decision.trim())
			.param("at", Timestamp.from(clock.instant()))
			.param("by", actor.accountId())
			.param("k", kind)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	@Transactional(readOnly = true)
	public List<StudyGroup> groups() {
		return groups.all(true);
	}
}
