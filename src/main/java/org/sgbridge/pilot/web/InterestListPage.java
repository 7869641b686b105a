package org.sgbridge.pilot.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.sgbridge.directory.MemberState;
import org.sgbridge.directory.MemberStates;
import org.sgbridge.pilot.InterestRegister;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.web.ListQuery;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The secretariat's list of expressions of interest, to follow them up: newest first, searched by
 * the company's name or e-mail, filtered by country, sector and follow-up, a page at a time.
 */
@Controller
class InterestListPage {

	static final List<String> SECTORS = List.of("ITU-T", "ITU-D");

	private final InterestRegister interest;
	private final MemberStates states;
	private final MessageSource messages;
	private final Clock clock;

	InterestListPage(InterestRegister interest, MemberStates states, MessageSource messages, Clock clock) {
		this.interest = interest;
		this.states = states;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/pilot/interests")
	String interests(@RequestParam(required = false) String q, @RequestParam(required = false) String country,
			@RequestParam(required = false) String sector, @RequestParam(required = false) String followUp,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model,
			Locale locale, HttpServletResponse response) {
		Actor actor = Actor.requireSecretariat();
		List<MemberState> all = states.all(Dates.today(clock));
		Map<String, String> names = all.stream().collect(Collectors.toMap(MemberState::code, s -> s.name(locale)));
		ListQuery query = ListQuery.at("/pilot/interests").pages(page, size);
		String text = query.text("q", "pilot.interests.search", q);
		String chosenCountry = query.choice("country", "pilot.country", country, names.keySet(), null);
		String chosenSector = query.choice("sector", "pilot.sector", sector, SECTORS, null);
		String chosenFollowUp = query.choice("followUp", "pilot.interests.followUp", followUp,
				Arrays.stream(InterestRegister.FollowUp.values()).map(Enum::name).toList(), null);
		var list = query.fetch(paging -> interest.search(actor, text, chosenCountry, chosenSector,
				chosenFollowUp == null ? null : InterestRegister.FollowUp.valueOf(chosenFollowUp), paging));
		if (query.hasProblems()) {
			response.setStatus(400);
		}
		model.addAttribute("errors", query.errors(messages, locale));
		model.addAttribute("list", list);
		model.addAttribute("q", text);
		model.addAttribute("country", chosenCountry);
		model.addAttribute("sector", chosenSector);
		model.addAttribute("followUp", chosenFollowUp);
		model.addAttribute("sectors", SECTORS);
		model.addAttribute("followUps", InterestRegister.FollowUp.values());
		model.addAttribute("stateNames", names);
		model.addAttribute("countries", all.stream()
			.map(s -> new PilotPages.Option(s.code(), names.get(s.code())))
			.sorted(java.util.Comparator.comparing(PilotPages.Option::label, java.text.Collator.getInstance(locale)))
			.toList());
		return "pilot/interests";
	}
}
