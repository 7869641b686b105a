package org.sgbridge.meeting.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.sgbridge.meeting.Meeting;
import org.sgbridge.meeting.MeetingCheckIns;
import org.sgbridge.meeting.MeetingRegistrations;
import org.sgbridge.meeting.Meetings;
import org.sgbridge.meeting.Registration;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.ListResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class MeetingApi {

	private final Meetings meetings;
	private final MeetingRegistrations registrations;
	private final MeetingCheckIns checkIns;
	private final Clock clock;
	private final org.sgbridge.meeting.MeetingFees fees;

	MeetingApi(Meetings meetings, MeetingRegistrations registrations, MeetingCheckIns checkIns, Clock clock,
			org.sgbridge.meeting.MeetingFees fees) {
		this.fees = fees;
		this.meetings = meetings;
		this.registrations = registrations;
		this.checkIns = checkIns;
		this.clock = clock;
	}

	@PostMapping("/meetings")
	@ResponseStatus(HttpStatus.CREATED)
	Meeting create(@RequestBody MeetingForm body) {
		Actor actor = Actor.require();
		return meetings.create(actor, body.read(meetings, actor));
	}

	@org.springframework.web.bind.annotation.PutMapping("/meetings/{id}")
	Meeting update(@PathVariable String id, @RequestBody MeetingForm body) {
		Actor actor = Actor.require();
		return meetings.update(actor, id, body.read(meetings, actor));
	}

	@GetMapping("/meetings")
	ListResponse<Meeting> list(@RequestParam(required = false) String studyGroup,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return meetings.list(studyGroup, from == null ? null : Dates.parseOrToday(from, clock),
				to == null ? null : Dates.parseOrToday(to, clock), ListResponse.paging(page, size));
	}

	@GetMapping("/meetings/{id}")
	Meeting one(@PathVariable String id) {
		return meetings.find(id).orElseThrow(Problem::notFound);
	}

	@PostMapping("/meetings/{id}/registrations")
	@ResponseStatus(HttpStatus.CREATED)
	RegistrationJson register(@PathVariable String id, @RequestBody RegistrationRequest body) {
		return RegistrationJson.of(registrations.register(Actor.require(), id, body.organizationId(), body.mode(),
				Boolean.TRUE.equals(body.visaSupport())));
	}

	@GetMapping("/meetings/{id}/participants")
	ListResponse<MeetingRegistrations.Participant> participants(@PathVariable String id) {
		Actor.require();
		return ListResponse.page(registrations.participants(id));
	}

	/** The caller's own registrations. */
	@GetMapping("/registrations")
	ListResponse<RegistrationJson> mine() {
		return ListResponse.page(registrations.mine(Actor.require()).stream().map(e -> RegistrationJson.of(e.registration())).toList());
	}

	/** The registrations waiting for the caller's validation, oldest first. */
	@GetMapping("/registrations/to-validate")
	ListResponse<RegistrationJson> toValidate(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		var found = registrations.toValidate(Actor.require(), null, null, ListResponse.paging(page, size), false);
		return new ListResponse<>(found.items().stream().map(e -> RegistrationJson.of(e.registration())).toList(),
				found.page(), found.size(), found.total());
	}

	@GetMapping("/registrations/{id}")
	RegistrationJson registration(@PathVariable String id) {
		return RegistrationJson.of(registrations.find(Actor.require(), id));
	}

	@PostMapping("/registrations/{id}/validation")
	RegistrationJson validate(@PathVariable String id, @RequestBody DecisionRequest body) {
		return RegistrationJson.of(registrations.decide(Actor.require(), id, body.decision(), body.reason()));
	}

	/** Validates or rejects several registrations at once. */
	@PostMapping("/registrations/validation")
	List<MeetingRegistrations.BulkResult> validateAll(@RequestBody BulkDecisionRequest body) {
		if (body.ids() == null || body.ids().isEmpty()) {
			throw Problem.invalidField("ids", "validation.NotEmpty");
		}
		return registrations.decideAll(Actor.require(), body.ids(), body.decision(), body.reason());
	}

	@PostMapping("/registrations/{id}/mode")
	RegistrationJson mode(@PathVariable String id, @RequestBody ModeRequest body) {
		return RegistrationJson.of(registrations.changeMode(Actor.require(), id, body.mode()));
	}

	@DeleteMapping("/registrations/{id}")
	RegistrationJson cancel(@PathVariable String id) {
		return RegistrationJson.of(registrations.cancel(Actor.require(), id));
	}

	@PostMapping("/check-ins")
	CheckInJson checkIn(@RequestBody CodeRequest body) {
		var c = checkIns.checkIn(Actor.require(), body.code());
		return new CheckInJson(c.registration().id(), c.name(), c.organization(), c.meeting(),
				c.registration().checkedInAt(), c.todaysCheckIn());
	}

	record RegistrationRequest(String organizationId, String mode, Boolean visaSupport) {
	}

	record DecisionRequest(String decision, String reason) {
	}

	record BulkDecisionRequest(List<String> ids, String decision, String reason) {
	}

	record ModeRequest(String mode) {
	}

	record CodeRequest(String code) {
	}

	/**
	 * A check-in answered: {@code checkedInAt} when the badge was collected (the first scan),
	 * {@code checkedInToday} when today's scan was recorded.
	 */
	record CheckInJson(String registrationId, String name, String organization, String meeting, Instant checkedInAt,
			Instant checkedInToday) {
	}

	/** {@code invoiceId}: the invoice of a pay-as-you-go registration, else absent. */
	@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
	record RegistrationJson(String id, String meetingId, String organizationId, String status, String mode,
			boolean visaSupport, Instant createdAt, Instant decidedAt, String reason, String invoiceId) {

		static RegistrationJson of(Registration r) {
			return new RegistrationJson(r.id(), r.meetingId(), r.organizationId(), r.status().name(), r.mode().name(),
					r.visaSupport(), r.createdAt(), r.decidedAt(), r.reason(), r.invoiceId());
		}
	}

	/** A meeting's fee for pay-as-you-go participants, in CHF. */
	record FeeJson(java.math.BigDecimal amount, String currency) {
	}

	@org.springframework.web.bind.annotation.PutMapping("/meetings/{id}/fee")
	FeeJson fee(@PathVariable String id, @RequestBody FeeJson body) {
		return new FeeJson(fees.set(Actor.require(), id, body.amount(), body.currency()), "CHF");
	}
}
