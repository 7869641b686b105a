package org.sgbridge.audit.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sgbridge.audit.AuditEntry;
import org.sgbridge.audit.AuditTrail;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.ListResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/audit} (JSON or CSV) and its verification (API.md "The audit trail"). */
@RestController
class AuditApi {

	private final AuditTrail trail;

	AuditApi(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping(value = "/api/v1/audit", produces = "application/json")
	ListResponse<AuditEntry> search(@RequestParam(required = false) String subject,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String memberState,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		ListResponse.Paging paging = ListResponse.paging(page, size);
		AuditTrail.Page found = trail.search(Actor.require(), query(subject, actor, memberState, from, to), paging.page(),
				paging.size());
		return new ListResponse<>(found.items(), found.page(), found.size(), found.total());
	}

	@GetMapping(value = "/api/v1/audit", produces = "text/csv")
	void csv(@RequestParam(required = false) String subject, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String memberState, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
		Actor caller = Actor.require();
		AuditTrail.Query query = query(subject, actor, memberState, from, to);
		// refused before the first byte is written
		trail.search(caller, query, 0, 1);
		write(trail, caller, query, response);
	}

	@GetMapping("/api/v1/audit/verification")
	AuditTrail.Verification verification() {
		return trail.verify(Actor.require());
	}

	static AuditTrail.Query query(String subject, String actor, String memberState, String from, String to) {
		return new AuditTrail.Query(subject, actor, memberState, date(from, "from"), date(to, "to"));
	}

	private static LocalDate date(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Dates.parse(value.trim());
		}
		catch (java.time.format.DateTimeParseException e) {
			throw Problem.invalidField(field, "validation.date");
		}
	}

	/** The entries as one CSV table, newest first, streamed. */
	static void write(AuditTrail trail, Actor caller, AuditTrail.Query query, HttpServletResponse response)
			throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
		CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
				CSVFormat.RFC4180);
		csv.printRecord("at", "actor_id", "actor_name", "acting_as", "action", "subject_type", "subject", "member_state",
				"reason", "client_address", "hash");
		trail.each(caller, query, e -> {
			try {
				csv.printRecord(e.at(), e.actorId(), e.actorName(), e.actingAs(), e.action(), e.subjectType(), e.subject(),
						e.memberState(), e.reason(), e.clientAddress(), e.hash());
			}
			catch (IOException io) {
				throw new java.io.UncheckedIOException(io);
			}
		});
		csv.flush();
	}
}
