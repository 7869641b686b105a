package org.sgbridge.pilot.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.sgbridge.pilot.AdmissionManagement;
import org.sgbridge.pilot.CriteriaCheck;
import org.sgbridge.pilot.InterestRegister;
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
@RequestMapping("/api/v1")
class PilotApi {

	private final AdmissionManagement admissions;
	private final InterestRegister interest;

	PilotApi(AdmissionManagement admissions, InterestRegister interest) {
		this.admissions = admissions;
		this.interest = interest;
	}

	@PostMapping("/expressions-of-interest")
	@ResponseStatus(HttpStatus.CREATED)
	InterestRegister.Interest express(@RequestBody InterestRequest body, HttpServletRequest request, Locale locale) {
		return interest.express(body.organizationName(), body.country(), body.email(), body.studyGroups(),
				request.getRemoteAddr(), locale);
	}

	@GetMapping("/expressions-of-interest")
	ListResponse<InterestRegister.Interest> interests() {
		return ListResponse.page(interest.all(Actor.require()));
	}

	@PostMapping("/expressions-of-interest/{id}/invitation")
	InterestRegister.Interest invite(@PathVariable String id, Locale locale) {
		return interest.invite(Actor.require(), id, locale);
	}

	@PostMapping("/admission-requests")
	@ResponseStatus(HttpStatus.CREATED)
	RequestJson submit(@RequestBody SubmitRequest body) {
		return RequestJson.of(admissions.submit(Actor.require(), body.organizationId(), body.studyGroups()));
	}

	@GetMapping("/admission-requests")
	ListResponse<RequestJson> list(@RequestParam(required = false) String status,
			@RequestParam(required = false) String country, @RequestParam(required = false) String studyGroup,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		var result = admissions.list(Actor.require(), status, country, studyGroup, ListResponse.paging(page, size));
		return new ListResponse<>(result.items().stream().map(RequestJson::of).toList(), result.page(), result.size(),
				result.total());
	}

	@GetMapping("/admission-requests/{id}")
	RequestJson one(@PathVariable String id) {
		return RequestJson.of(admissions.find(Actor.require(), id));
	}

	@GetMapping("/admission-requests/{id}/history")
	ListResponse<?> history(@PathVariable String id) {
		return ListResponse.page(admissions.history(Actor.require(), id));
	}

	@PostMapping("/admission-requests/{id}/decision")
	RequestJson decide(@PathVariable String id, @RequestBody DecisionRequest body) {
		return RequestJson.of(admissions.decide(Actor.require(), id, body.decision(), body.reason()));
	}

	@PostMapping("/admission-requests/{id}/withdrawal")
	RequestJson withdraw(@PathVariable String id) {
		return RequestJson.of(admissions.withdraw(Actor.require(), id));
	}

	record InterestRequest(String organizationName, String country, String email, List<String> studyGroups) {
	}

	record SubmitRequest(String organizationId, List<String> studyGroups) {
	}

	record DecisionRequest(String decision, String reason) {
	}

	record RequestJson(String id, String status, String organizationId, String organizationName, String memberState,
			List<String> studyGroups, Map<String, String> criteriaCheck, Instant submittedAt, Instant decidedAt,
			String reason) {

		static RequestJson of(AdmissionManagement.RequestView v) {
			var r = v.request();
			CriteriaCheck c = v.criteriaCheck();
			return new RequestJson(r.id(), r.status().name(), r.organizationId(), v.organizationName(), r.country(),
					r.studyGroups(), Map.of("employees", c.employees().name(), "annualRevenue", c.annualRevenue().name()),
					r.submittedAt(), r.decidedAt(), r.reason());
		}
	}
}
