package org.sgbridge.directory.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.sgbridge.directory.MemberStates;
import org.sgbridge.directory.NationalDelegations;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.FormErrors;
import org.sgbridge.platform.web.ListQuery;
import org.sgbridge.platform.web.NavigationItems;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The national delegation pages: a DFP sees its Administration's delegation, marked where a delegate
 * is also an SME's staff, and adds a person by e-mail (an SME's person among them, who then registers
 * as a delegate); the secretariat sees any state's, and the SMEs that take part this way in every state.
 */
@Controller
class DelegationPages implements NavigationItems {

	private final NationalDelegations delegations;
	private final MemberStates states;
	private final MessageSource messages;
	private final java.time.Clock clock;

	DelegationPages(NationalDelegations delegations, MemberStates states, MessageSource messages, java.time.Clock clock) {
		this.delegations = delegations;
		this.states = states;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<Item> itemsFor(Actor actor) {
		return actor.isSecretariat() || !delegations.statesOf(actor).isEmpty()
				? List.of(Item.tool("/delegation", "nav.delegation")) : List.of();
	}

	@GetMapping("/delegation")
	String delegation(@RequestParam(required = false) String country, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, Model model, Locale locale, HttpServletResponse response) {
		ListQuery query = ListQuery.at("/delegation").pages(page, size);
		String shown = page(country, "", query, model, locale);
		if (query.hasProblems()) {
			response.setStatus(400);
			model.addAttribute("errors", query.errors(messages, locale));
		}
		return shown;
	}

	private String page(String country, String email, FormErrors errors, Model model, Locale locale) {
		String shown = page(country, email, ListQuery.at("/delegation"), model, locale);
		model.addAttribute("errors", errors);
		return shown;
	}

	private String page(String country, String email, ListQuery query, Model model, Locale locale) {
		Actor actor = Actor.require();
		List<String> mine = delegations.statesOf(actor);
		String chosen = country != null && !country.isBlank() ? country : mine.isEmpty() ? null : mine.get(0);
		if (chosen == null && !actor.isSecretariat()) {
			throw Problem.forbidden("delegation", "");
		}
		if (chosen != null) {
			NationalDelegations.Delegation delegation = delegations.of(actor, chosen);
			model.addAttribute("delegation", delegation);
			query.keep("country", delegation.country());
			model.addAttribute("list", query.fetch(paging -> delegations.delegates(delegation, paging)));
			model.addAttribute("stateName", states.find(delegation.country(), Dates.today(clock))
				.map(s -> s.name(locale)).orElse(delegation.country()));
		}
		model.addAttribute("states", mine);
		model.addAttribute("stateNames", mine.stream().collect(java.util.stream.Collectors.toMap(c -> c,
				c -> states.find(c, Dates.today(clock)).map(s -> s.name(locale)).orElse(c))));
		if (actor.isSecretariat()) {
			model.addAttribute("allStates", states.all(Dates.today(clock)).stream()
				.sorted(java.util.Comparator.comparing(s -> s.name(locale), java.text.Collator.getInstance(locale)))
				.toList());
			model.addAttribute("smeDelegates", delegations.smeDelegates(actor));
		}
		model.addAttribute("secretariat", actor.isSecretariat());
		model.addAttribute("email", email);
		model.addAttribute("errors", FormErrors.none());
		return "directory/delegation";
	}

	@PostMapping("/delegation")
	String add(@RequestParam(required = false) String country, @RequestParam(required = false) String email, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes flash) {
		try {
			delegations.add(Actor.require(), country, email);
		}
		catch (Problem problem) {
			if (problem.status().value() == 403 || problem.status().value() == 404) {
				throw problem;
			}
			response.setStatus(problem.status().value());
			FormErrors errors = problem.status().value() == 409
					? FormErrors.of(Problem.invalidField("email", "delegation.already"), messages, locale)
					: FormErrors.of(problem, messages, locale);
			return page(country, email, errors, model, locale);
		}
		flash.addFlashAttribute("notice", "delegation.added");
		return "redirect:/delegation?country=" + country.trim().toUpperCase(Locale.ROOT);
	}
}
