package org.sgbridge.pilot.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.sgbridge.pilot.AdmissionManagement;
import org.sgbridge.pilot.PilotDecisionEvent;
import org.sgbridge.pilot.PilotDecisions;
import org.sgbridge.pilot.PilotEnded;
import org.sgbridge.pilot.PilotTerms;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.sgbridge.studygroup.StudyGroup;
import org.sgbridge.studygroup.StudyGroups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The pilot's terms as data: its period and its study groups, changed by the secretariat with a decision. */
@RestController
@RequestMapping("/api/v1/pilot")
class PilotTermsApi {

	private final PilotTerms terms;
	private final StudyGroups groups;
	private final AdmissionManagement admissions;
	private final Clock clock;
	private final PilotDecisions decisions;

	PilotTermsApi(PilotTerms terms, StudyGroups groups, AdmissionManagement admissions, Clock clock,
			PilotDecisions decisions) {
		this.decisions = decisions;
		this.terms = terms;
		this.groups = groups;
		this.admissions = admissions;
		this.clock = clock;
	}

	@GetMapping("/terms")
	TermsJson terms() {
		return new TermsJson(terms.isOpen(), terms.current().orElse(null), terms.history(),
				terms.groups().stream().map(StudyGroup::code).toList());
	}

	/** Records a new version of the period; when it has ended, waiting requests lapse at once. */
	@PostMapping("/terms/period")
	TermsJson period(@RequestBody PeriodRequest body) {
		terms.record(Actor.require(), parse(body.startsOn(), "startsOn"), parse(body.endsOn(), "endsOn"), body.decision());
		admissions.lapseIfClosed();
		return terms();
	}

	/**
	 * Records the Conference's decision: {@code EXTEND} to a later last day, or {@code END} on a day
	 * (today when none is given; the waiting requests then lapse at once). Those concerned are mailed.
	 */
	@PostMapping("/decision")
	DecisionJson decision(@RequestBody(required = false) DecisionRequest body) {
		Actor actor = Actor.require();
		DecisionRequest b = body == null ? new DecisionRequest(null, null, null) : body;
		PilotDecisions.Kind kind = PilotDecisions.Kind.parse(b.decision()).orElse(null);
		LocalDate endsOn;
		try {
			endsOn = parse(b.endsOn(), "endsOn");
		}
		catch (Problem invalid) {
			// the other fields are checked too, so that one answer names them all
			if (!actor.isSecretariat()) {
				throw Problem.forbidden("secretariat");
			}
			java.util.List<Problem.FieldProblem> problems = new java.util.ArrayList<>(invalid.fieldProblems());
			try {
				decisions.check(actor, kind, kind == PilotDecisions.Kind.END ? null : java.time.LocalDate.MAX, b.text());
			}
			catch (Problem other) {
				other.fieldProblems().stream().filter(f -> !f.field().equals("endsOn")).forEach(problems::add);
			}
			throw Problem.invalidInput(problems);
		}
		PilotDecisionEvent event = decisions.decide(actor, kind, endsOn, b.text());
		List<String> lapsed = event instanceof PilotEnded ended ? ended.lapsedRequestIds() : List.of();
		return new DecisionJson(kind.name(), event.endsOn(), event.decision(), terms.isOpen(), event.approved().size(),
				event.open().size(), lapsed, terms.current().orElse(null));
	}

	@PutMapping("/terms/study-groups")
	TermsJson studyGroups(@RequestBody GroupsRequest body) {
		groups.choosePilotGroups(Actor.require(), body.studyGroups(), body.decision(), clock.instant());
		return terms();
	}

	private static LocalDate parse(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return org.sgbridge.platform.Dates.parse(value);
		}
		catch (java.time.format.DateTimeParseException e) {
			throw Problem.invalidField(field, "validation.Invalid");
		}
	}

	record PeriodRequest(String startsOn, String endsOn, String decision) {
	}

	record DecisionRequest(String decision, String endsOn, String text) {
	}

	/**
	 * The decision recorded: whether the pilot still runs, how many SMEs were approved and how many
	 * requests waited, the requests that lapsed with it, and the period now in force.
	 */
	record DecisionJson(String decision, LocalDate endsOn, String text, boolean open, int approvedSmes,
			int openRequests, List<String> lapsedRequestIds, PilotTerms.Period period) {
	}

	record GroupsRequest(List<String> studyGroups, String decision) {
	}

	record TermsJson(boolean open, PilotTerms.Period period, List<PilotTerms.Period> history, List<String> studyGroups) {
	}
}
