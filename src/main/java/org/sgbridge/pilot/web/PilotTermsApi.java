package org.sgbridge.pilot.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.sgbridge.pilot.AdmissionManagement;
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

	PilotTermsApi(PilotTerms terms, StudyGroups groups, AdmissionManagement admissions, Clock clock) {
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

	record GroupsRequest(List<String> studyGroups, String decision) {
	}

	record TermsJson(boolean open, PilotTerms.Period period, List<PilotTerms.Period> history, List<String> studyGroups) {
	}
}
