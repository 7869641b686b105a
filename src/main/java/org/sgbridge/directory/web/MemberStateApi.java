package org.sgbridge.directory.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.sgbridge.directory.MemberState;
import org.sgbridge.directory.MemberStates;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.web.ListResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/member-states")
class MemberStateApi {

	private final MemberStates states;
	private final Clock clock;

	MemberStateApi(MemberStates states, Clock clock) {
		this.states = states;
		this.clock = clock;
	}

	/** Every Member State (194 today), all in one page; {@code asOf} gives the list of a past date. */
	@GetMapping
	ListResponse<MemberStateJson> all(@RequestParam(required = false) String asOf, Locale locale) {
		LocalDate on = Dates.parseOrToday(asOf, clock);
		return ListResponse.all(states.all(on).stream().map(s -> MemberStateJson.of(s, locale)).toList());
	}

	@GetMapping("/{code}")
	MemberStateJson one(@PathVariable String code, @RequestParam(required = false) String asOf, Locale locale) {
		return states.find(code, Dates.parseOrToday(asOf, clock))
			.map(s -> MemberStateJson.of(s, locale))
			.orElseThrow(org.sgbridge.platform.Problem::notFound);
	}

	/** The secretariat changes a state's region, developing status or LDC period, with a reason (kept in the history). */
	@org.springframework.web.bind.annotation.PatchMapping("/{code}")
	MemberStateJson change(@PathVariable String code, @org.springframework.web.bind.annotation.RequestBody ChangeRequest body,
			Locale locale) {
		LocalDate from = null;
		LocalDate until = null;
		if (body.ldc() != null) {
			from = date(body.ldc().from(), "ldc.from");
			until = date(body.ldc().until(), "ldc.until");
		}
		return MemberStateJson.of(states.change(org.sgbridge.platform.Actor.require(), code, body.region(), body.developing(),
				from, until, body.ldc() != null, body.reason(), clock), locale);
	}

	@GetMapping("/{code}/changes")
	ListResponse<Map<String, Object>> changes(@PathVariable String code) {
		org.sgbridge.platform.Actor.require();
		return ListResponse.page(states.changes(code));
	}

	private static LocalDate date(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return org.sgbridge.platform.Dates.parse(value);
		}
		catch (java.time.format.DateTimeParseException e) {
			throw org.sgbridge.platform.Problem.invalidField(field, "validation.date");
		}
	}

	record LdcPeriod(String from, String until) {
	}

	record ChangeRequest(String region, Boolean developing, LdcPeriod ldc, String reason) {
	}

	record MemberStateJson(String code, String name, Map<String, String> names, String m49, String region,
			boolean ldc, boolean developing, LocalDate memberSince, String administrationId) {

		static MemberStateJson of(MemberState s, Locale locale) {
			return new MemberStateJson(s.code(), s.name(locale), new java.util.TreeMap<>(s.names()), s.m49(),
					s.region().name(), s.ldc(), s.developing(), s.memberSince(), s.administrationId());
		}
	}
}
