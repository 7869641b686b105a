package org.sgbridge.decision.web;

import java.util.List;

import org.sgbridge.decision.Decisions;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.web.ListResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/decisions")
class DecisionApi {

	private final Decisions decisions;

	DecisionApi(Decisions decisions) {
		this.decisions = decisions;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Decisions.Decision record(@RequestBody DecisionRequest body) {
		return decisions.record(Actor.require(), new Decisions.NewDecision(body.studyGroup(), body.meetingId(),
				body.subject(), body.procedure(), body.step(), body.outcome(), body.decidedOn(), body.inputs()));
	}

	@GetMapping
	ListResponse<Decisions.Decision> list(@RequestParam(required = false) String studyGroup,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		if (studyGroup == null || studyGroup.isBlank()) {
			return decisions.all(ListResponse.paging(page, size));
		}
		return ListResponse.page(decisions.ofGroup(studyGroup));
	}

	@GetMapping("/{id}")
	Decisions.Decision one(@PathVariable String id) {
		return decisions.find(id);
	}

	@PostMapping("/{id}/positions")
	@ResponseStatus(HttpStatus.CREATED)
	Decisions.Decision position(@PathVariable String id, @RequestBody PositionRequest body) {
		return decisions.position(Actor.require(), id, body.organizationId(), body.position(), body.comment());
	}

	record DecisionRequest(String studyGroup, String meetingId, String subject, String procedure, String step,
			String outcome, String decidedOn, List<String> inputs) {
	}

	record PositionRequest(String organizationId, String position, String comment) {
	}
}
