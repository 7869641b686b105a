package org.sgbridge.pilot;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sgbridge.directory.FocalPoints;
import org.sgbridge.pilot.PilotDecisionEvent.ApprovedSme;
import org.sgbridge.pilot.PilotDecisionEvent.OpenRequest;
import org.sgbridge.platform.Act;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.sgbridge.studygroup.StudyGroup;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Conference's decision on the pilot, recorded by the secretariat in one action: an extension
 * moves the period's end to a later day; an end sets the pilot's last day (today, by default, or
 * a later one). When the end is today, the requests that wait for a DFP lapse at once, in the same
 * transaction; a later end leaves them to the daily job, the day after. Either way
 * {@link PilotEnded} or {@link PilotExtended} is published, and mail tells those concerned.
 */
@NamedInterface("api")
@Service
@Transactional
public class PilotDecisions {

	/** What the Conference decided. */
	@NamedInterface("api")
	public enum Kind {
		EXTEND, END;

		/** The kind named (any case, spaces around), or empty. */
		public static Optional<Kind> parse(String value) {
			if (value == null) {
				return Optional.empty();
			}
			try {
				return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException e) {
				return Optional.empty();
			}
		}
	}

	/**
	 * What an end would do now: the requests that would lapse, the approved SMEs, the SMEs and the
	 * DFPs that would be mailed.
	 */
	@NamedInterface("api")
	public record Impact(int openRequests, int approvedSmes, int smesMailed, int dfpsMailed) {
	}

	static final int MAX_TEXT = 1000;

	private final PilotTerms terms;
	private final AdmissionManagement admissions;
	private final AdmissionRequests requests;
	private final FocalPoints focalPoints;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PilotDecisions(PilotTerms terms, AdmissionManagement admissions, AdmissionRequests requests, FocalPoints focalPoints,
			ApplicationEventPublisher events, Clock clock) {
		this.terms = terms;
		this.admissions = admissions;
		this.requests = requests;
		this.focalPoints = focalPoints;
		this.events = events;
		this.clock = clock;
	}

	/** The period in force now. */
	@Transactional(readOnly = true)
	public Optional<PilotTerms.Period> current() {
		return terms.current();
	}

	/** Every version of the period, newest first. */
	@Transactional(readOnly = true)
	public List<PilotTerms.Period> history() {
		return terms.history();
	}

	@Transactional(readOnly = true)
	public boolean isOpen() {
		return terms.isOpen();
	}

	/** Whether the pilot has ended: its period has a last day, and the pilot no longer runs. */
	@Transactional(readOnly = true)
	public boolean hasEnded() {
		return terms.current().map(p -> p.endsOn() != null).orElse(false) && !terms.isOpen();
	}

	/** What an end recorded now would do (secretariat only). */
	@Transactional(readOnly = true)
	public Impact impact(Actor actor) {
		requireSecretariat(actor);
		List<ApprovedSme> approved = approved();
		List<OpenRequest> open = open();
		Set<String> smes = new LinkedHashSet<>();
		approved.forEach(s -> smes.add(s.organizationId()));
		open.forEach(r -> smes.add(r.organizationId()));
		Set<String> states = new java.util.TreeSet<>();
		approved.forEach(s -> states.add(s.country()));
		open.forEach(r -> states.add(r.country()));
		Set<String> dfps = new LinkedHashSet<>();
		states.forEach(s -> dfps.addAll(focalPoints.ofState(s)));
		return new Impact(open.size(), approved.size(), smes.size(), dfps.size());
	}

	/**
	 * Checks a decision without recording it: the pilot's last day it would set. {@code kind}
	 * EXTEND needs a last day after the current one (and not in the past); END takes today when no
	 * day is given, refuses a day in the past or after the current last day, and 422
	 * {@code pilot-closed} when the pilot has already ended. Refusals name the fields of the API:
	 * {@code decision}, {@code endsOn}, {@code text}.
	 */
	@Transactional(readOnly = true)
	public LocalDate check(Actor actor, Kind kind, LocalDate endsOn, String text) {
		requireSecretariat(actor);
		LocalDate today = Dates.today(clock);
		LocalDate currentEnd = terms.current().map(PilotTerms.Period::endsOn).orElse(null);
		List<Problem.FieldProblem> problems = new ArrayList<>();
		if (kind == null) {
			problems.add(new Problem.FieldProblem("decision", "validation.pilot.decision"));
		}
		LocalDate last = kind == Kind.END && endsOn == null ? today : endsOn;
		if (kind != null) {
			if (last == null) {
				problems.add(new Problem.FieldProblem("endsOn", "validation.NotNull"));
			}
			else if (last.isBefore(today)) {
				problems.add(new Problem.FieldProblem("endsOn", "validation.pilot.past", today.toString()));
			}
			else if (kind == Kind.EXTEND && currentEnd != null && !last.isAfter(currentEnd)) {
				problems.add(new Problem.FieldProblem("endsOn", "validation.pilot.extend-later", currentEnd.toString()));
			}
			else if (kind == Kind.END && currentEnd != null && last.isAfter(currentEnd)) {
				problems.add(new Problem.FieldProblem("endsOn", "validation.pilot.end-later", currentEnd.toString()));
			}
		}
		if (text == null || text.isBlank()) {
			problems.add(new Problem.FieldProblem("text", "validation.NotBlank"));
		}
		else if (text.strip().length() > MAX_TEXT) {
			problems.add(new Problem.FieldProblem("text", "validation.Size", MAX_TEXT, 1));
		}
		if (!problems.isEmpty()) {
			throw Problem.invalidInput(problems);
		}
		if (kind == Kind.END && !terms.isOpen()) {
			throw Problem.rule("pilot-closed");
		}
		return last;
	}

	/**
	 * Records the Conference's decision, checked as {@link #check} does. An end on today lapses the
	 * waiting requests at once, by the secretariat's act.
	 */
	public PilotDecisionEvent decide(Actor actor, Kind kind, LocalDate endsOn, String text) {
		LocalDate last = check(actor, kind, endsOn, text);
		LocalDate today = Dates.today(clock);
		LocalDate startsOn = terms.current().map(PilotTerms.Period::startsOn).orElse(today);
		String decision = text.strip();
		long termId = terms.insert(actor, startsOn, last, decision,
				kind == Kind.EXTEND ? PilotTerms.Period.EXTEND : PilotTerms.Period.END);
		Act act = Act.ofStaff(actor, clock);
		List<ApprovedSme> approved = approved();
		List<OpenRequest> open = open();
		PilotDecisionEvent event;
		if (kind == Kind.EXTEND) {
			event = new PilotExtended(Long.toString(termId), last, decision, approved, open, act);
		}
		else {
			boolean atOnce = !last.isAfter(today);
			if (atOnce) {
				// Lapsed by the Conference's decision, recorded by the secretariat: the end's mail tells each SME once.
				admissions.lapseOpen(act);
			}
			event = new PilotEnded(Long.toString(termId), last, decision, approved, open, atOnce, act);
		}
		events.publishEvent(event);
		return event;
	}

	private List<ApprovedSme> approved() {
		Map<String, String> sectorOf = new java.util.HashMap<>();
		terms.groups().forEach(g -> sectorOf.put(g.code(), g.sector()));
		List<ApprovedSme> approved = new ArrayList<>();
		requests.approvedFor(terms.groups().stream().map(StudyGroup::code).toList()).forEach((org, found) -> {
			List<String> groups = List.copyOf(found.getValue());
			List<String> sectors = groups.stream().map(sectorOf::get).distinct().sorted(java.util.Comparator.reverseOrder()).toList();
			approved.add(new ApprovedSme(org, found.getKey(), groups, sectors));
		});
		return approved;
	}

	private List<OpenRequest> open() {
		return admissions.open().stream()
			.map(r -> new OpenRequest(r.id(), r.organizationId(), r.country(), r.studyGroups()))
			.toList();
	}

	private static void requireSecretariat(Actor actor) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
	}
}
