package org.sgbridge.bsg.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.sgbridge.bsg.FellowshipApplication;
import org.sgbridge.bsg.FellowshipCall;
import org.sgbridge.bsg.FellowshipManagement;
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

/** API.md "Bridging the Standardization Gap": fellowship calls and applications. */
@RestController
@RequestMapping("/api/v1")
class FellowshipApi {

	private final FellowshipManagement fellowships;

	FellowshipApi(FellowshipManagement fellowships) {
		this.fellowships = fellowships;
	}

	@PostMapping("/fellowship-calls")
	@ResponseStatus(HttpStatus.CREATED)
	CallJson open(@RequestBody CallRequest body) {
		Money budget = body.budget();
		return CallJson.of(fellowships.openCall(Actor.require(), new FellowshipManagement.NewCall(body.meetingId(),
				budget == null ? null : budget.amount(), budget == null ? null : budget.currency(), body.closes())));
	}

	@GetMapping("/fellowship-calls/{id}")
	CallJson call(@PathVariable String id) {
		Actor.require();
		return CallJson.of(fellowships.call(id));
	}

	@PostMapping("/fellowship-calls/{id}/applications")
	@ResponseStatus(HttpStatus.CREATED)
	ApplicationJson apply(@PathVariable String id, @RequestBody ApplicationRequest body) {
		return ApplicationJson.of(fellowships.apply(Actor.require(), id, body.organizationId(), body.kind(),
				body.intendedContribution(), body.gender()));
	}

	@GetMapping("/fellowship-applications")
	ListResponse<ApplicationJson> list(@RequestParam(required = false) String callId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		var found = fellowships.list(Actor.require(), callId, ListResponse.paging(page, size));
		return new ListResponse<>(found.items().stream().map(ApplicationJson::of).toList(), found.page(), found.size(),
				found.total());
	}

	@GetMapping("/fellowship-applications/{id}")
	ApplicationJson one(@PathVariable String id) {
		return ApplicationJson.of(fellowships.find(Actor.require(), id));
	}

	@PostMapping("/fellowship-applications/{id}/endorsement")
	ApplicationJson endorse(@PathVariable String id, @RequestBody EndorsementRequest body) {
		return ApplicationJson.of(fellowships.endorse(Actor.require(), id, body.decision(), body.reason()));
	}

	@PostMapping("/fellowship-applications/{id}/award")
	ApplicationJson award(@PathVariable String id, @RequestBody AwardRequest body) {
		Money amount = body.amount();
		return ApplicationJson.of(fellowships.decide(Actor.require(), id, new FellowshipManagement.AwardDecision(
				body.decision(), body.kind(), amount == null ? null : amount.amount(), amount == null ? null : amount.currency(),
				body.reason())));
	}

	/** Money as the API writes it: {@code {"amount", "currency"}}. */
	record Money(BigDecimal amount, String currency) {

		static Money chf(BigDecimal amount) {
			return amount == null ? null : new Money(amount.setScale(2, java.math.RoundingMode.UNNECESSARY), FellowshipCall.CURRENCY);
		}
	}

	record CallRequest(String meetingId, Money budget, String closes) {
	}

	/** {@code gender} is optional (FEMALE, MALE or OTHER), said by the applicant for the balance of awards. */
	record ApplicationRequest(String organizationId, String kind, String intendedContribution, String gender) {
	}

	record EndorsementRequest(String decision, String reason) {
	}

	record AwardRequest(String decision, String kind, Money amount, String reason) {
	}

	record CallJson(String id, String meetingId, Money budget, Money committed, Money remaining, LocalDate closes) {

		static CallJson of(FellowshipManagement.CallView v) {
			return new CallJson(v.call().id(), v.call().meetingId(), Money.chf(v.call().budget()), Money.chf(v.committed()),
					Money.chf(v.remaining()), v.call().closes());
		}
	}

	/** A holder's obligations, each {@code PENDING} until the meeting has ended, then {@code MET} or {@code NOT_MET}. */
	record ObligationsJson(String contribution, String attendance) {
	}

	/**
	 * An application: {@code kind} is the kind that counts (the awarded one once awarded),
	 * {@code requestedKind} the one applied for; {@code obligations} only for an awarded fellowship.
	 */
	record ApplicationJson(String id, String callId, String meetingId, String accountId, String organizationId,
			String memberState, String eligibility, String status, String kind, String requestedKind, Money amount,
			String intendedContribution, Instant submittedAt, Instant endorsedAt, String endorsementReason,
			Instant decidedAt, String reason, ObligationsJson obligations) {

		static ApplicationJson of(FellowshipManagement.ApplicationView v) {
			FellowshipApplication a = v.application();
			return new ApplicationJson(a.id(), a.callId(), a.meetingId(), a.accountId(), a.organizationId(), a.memberState(),
					a.eligibility().name(), a.status().name(), a.kind().name(), a.requestedKind().name(), Money.chf(a.amount()),
					a.intendedContribution(), a.submittedAt(), a.endorsedAt(), a.endorsementReason(), a.decidedAt(),
					a.decisionReason(), v.contribution() == null ? null : new ObligationsJson(v.contribution(), v.attendance()));
		}
	}
}
