package org.sgbridge.studygroup.web;

import java.util.Map;

import org.sgbridge.platform.Actor;
import org.sgbridge.platform.web.ListResponse;
import org.sgbridge.studygroup.Leadership;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class LeadershipApi {

	private final Leadership leadership;

	LeadershipApi(Leadership leadership) {
		this.leadership = leadership;
	}

	@PostMapping("/study-groups/{code}/appointments")
	@ResponseStatus(HttpStatus.CREATED)
	Leadership.Appointment appoint(@PathVariable String code, @RequestBody AppointmentRequest body) {
		return leadership.appoint(Actor.require(), code, body.accountId(), body.role(), body.question());
	}

	@GetMapping("/study-groups/{code}/appointments")
	ListResponse<Leadership.Appointment> team(@PathVariable String code) {
		return ListResponse.page(leadership.team(code));
	}

	@DeleteMapping("/appointments/{id}")
	Map<String, String> end(@PathVariable String id) {
		leadership.end(Actor.require(), id);
		return Map.of("id", id, "status", "ENDED");
	}

	record AppointmentRequest(String accountId, String role, String question) {
	}
}
