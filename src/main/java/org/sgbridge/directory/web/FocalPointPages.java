package org.sgbridge.directory.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sgbridge.account.AccountManagement;
import org.sgbridge.directory.FocalPoints;
import org.sgbridge.directory.MemberState;
import org.sgbridge.directory.MemberStates;
import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.Confirmation;
import org.sgbridge.platform.web.FormErrors;
import org.sgbridge.platform.web.ListResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The secretariat's list of current focal points (the DFPs of Administrations and the focal points
 * of Sector Members, Associates and Academia), where one designation is ended after a confirmation
 * that shows the organisation's focal points now and after, and can be made again at once.
 */
@Controller
class FocalPointPages {

	static final int PAGE_SIZE = 50;

	private final FocalPoints focalPoints;
	private final MemberStates states;
	private final OrganizationDirectory organizations;
	private final AccountManagement accounts;
	private final MessageSource messages;
	private final Clock clock;

	FocalPointPages(FocalPoints focalPoints, MemberStates states, OrganizationDirectory organizations,
			AccountManagement accounts, MessageSource messages, Clock clock) {
		this.focalPoints = focalPoints;
		this.states = states;
		this.organizations = organizations;
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
	}

	/** A focal point as the list shows it. */
	record Row(long id, String organization, String kind, String country, String name, String email,
			java.time.Instant since) {
	}

	/** A choice of a select list. */
	record Option(String value, String label) {
	}

	/** The designation just ended, offered back. */
	record Ended(String organizationId, String accountId, String name, String organization) implements java.io.Serializable {
	}

	@GetMapping("/focal-points")
	String list(@RequestParam(required = false) String country, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, Model model, Locale locale,
			jakarta.servlet.http.HttpServletResponse response) {
		Actor.requireSecretariat();
		List<MemberState> all = states.all(Dates.today(clock));
		Map<String, String> stateNames = new java.util.HashMap<>();
		all.forEach(s -> stateNames.put(s.code(), s.name(locale)));
		model.addAttribute("countries", all.stream()
			.map(s -> new Option(s.code(), s.name(locale)))
			.sorted(java.util.Comparator.comparing(Option::label, java.text.Collator.getInstance(locale)))
			.toList());
		String chosen = country == null ? "" : country.trim().toUpperCase(Locale.ROOT);
		model.addAttribute("country", chosen);
		model.addAttribute("q", q == null ? "" : q);
		List<Problem.FieldProblem> problems = new ArrayList<>();
		if (!chosen.isEmpty() && !stateNames.containsKey(chosen)) {
			problems.add(new Problem.FieldProblem("country", "validation.country"));
		}
		if (q != null && q.length() > 300) {
			problems.add(new Problem.FieldProblem("q", "validation.Size", 300, 0));
		}
		ListResponse.Paging paging = ListResponse.paging(page == null || page < 0 ? 0 : page, PAGE_SIZE);
		List<Row> rows = List.of();
		long total = 0;
		if (problems.isEmpty()) {
			ListResponse<FocalPoints.Designation> found = focalPoints.designations(chosen, q, paging);
			Map<String, AccountManagement.Contact> contacts = accounts.contacts(
					found.items().stream().map(FocalPoints.Designation::accountId).distinct().toList());
			rows = found.items().stream().map(d -> {
				AccountManagement.Contact c = contacts.get(d.accountId());
				return new Row(d.id(), d.organizationName(), d.kind(), stateNames.getOrDefault(d.country(), d.country()),
						c == null ? "" : c.name(), c == null ? "" : c.email(), d.since());
			}).toList();
			total = found.total();
			model.addAttribute("errors", FormErrors.none());
		}
		else {
			response.setStatus(400);
			model.addAttribute("errors", FormErrors.of(Problem.invalidInput(problems), messages, locale));
		}
		model.addAttribute("rows", rows);
		model.addAttribute("total", total);
		model.addAttribute("pageNumber", paging.page());
		model.addAttribute("pageCount", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
		return "directory/focal-points";
	}

	/**
	 * Ends one designation, in two steps: the first shows the organisation's focal points now and
	 * after, and changes nothing; the confirmed second ends it and offers to designate again.
	 */
	@PostMapping("/focal-points/{id}/end")
	String end(@PathVariable String id, @RequestParam(required = false) boolean confirmed,
			@RequestParam(required = false) String country, @RequestParam(required = false) String q, Model model,
			Locale locale, RedirectAttributes flash) {
		Actor actor = Actor.requireSecretariat();
		FocalPoints.Designation ending = focalPoints.designation(parse(id)).orElseThrow(Problem::notFound);
		List<String> now = focalPoints.current(ending.organizationId());
		Map<String, AccountManagement.Contact> contacts = accounts.contacts(now);
		AccountManagement.Contact leaving = contacts.get(ending.accountId());
		String name = leaving == null ? ending.accountId() : leaving.name();
		String back = back(country, q);
		if (!confirmed) {
			List<String> after = now.stream().filter(a -> !a.equals(ending.accountId())).map(a -> line(contacts.get(a))).toList();
			boolean administration = "ADMINISTRATION".equals(ending.kind());
			Confirmation.Builder confirmation = Confirmation.of(
					msg("focalpoints.end.confirm.title", locale, name, ending.organizationName()),
					msg(administration ? "focalpoints.end.confirm.lead.dfp" : "focalpoints.end.confirm.lead", locale, name),
					"/focal-points/" + ending.id() + "/end", back)
				.section("fp-ending", msg("focalpoints.end.confirm.ending", locale), List.of(line(leaving)))
				.section("fp-now", msg("focalpoints.end.confirm.now", locale, ending.organizationName()),
						now.stream().map(a -> line(contacts.get(a))).toList())
				.section("fp-after", msg("focalpoints.end.confirm.after", locale, ending.organizationName()),
						after.isEmpty() ? List.of(msg("focalpoints.end.confirm.none", locale)) : after)
				.field("country", country)
				.field("q", q)
				.danger();
			model.addAttribute("confirmation", confirmation.build());
			return Confirmation.VIEW;
		}
		focalPoints.end(actor, ending.id());
		flash.addFlashAttribute("noticeText", msg("focalpoints.ended", locale, name, ending.organizationName()));
		flash.addFlashAttribute("ended", new Ended(ending.organizationId(), ending.accountId(), name, ending.organizationName()));
		return "redirect:" + back;
	}

	/** Designates again a focal point whose designation was just ended (the undo of an end), keeping the others. */
	@PostMapping("/focal-points/designate-again")
	String designateAgain(@RequestParam(required = false) String organization, @RequestParam(required = false) String account,
			@RequestParam(required = false) String country, @RequestParam(required = false) String q, Locale locale,
			RedirectAttributes flash) {
		Actor actor = Actor.requireSecretariat();
		var organizationFound = organizations.find(organization).orElseThrow(Problem::notFound);
		if (account == null || accounts.find(account).isEmpty()) {
			throw Problem.notFound();
		}
		List<String> ids = new ArrayList<>(focalPoints.current(organizationFound.id()));
		if (!ids.contains(account)) {
			ids.add(account);
		}
		focalPoints.designate(actor, organizationFound.id(), ids);
		flash.addFlashAttribute("noticeText", msg("focalpoints.designated-again", locale,
				accounts.find(account).map(a -> a.name()).orElse(account), organizationFound.name()));
		return "redirect:" + back(country, q);
	}

	private static long parse(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException e) {
			throw Problem.notFound();
		}
	}

	/** The list as it was filtered, to come back to. */
	private static String back(String country, String q) {
		return UriComponentsBuilder.fromPath("/focal-points")
			.queryParamIfPresent("country", java.util.Optional.ofNullable(country).filter(c -> !c.isBlank()))
			.queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter(c -> !c.isBlank()))
			.encode()
			.build()
			.toUriString();
	}

	private static String line(AccountManagement.Contact contact) {
		return contact == null ? "?" : contact.name() + " <" + contact.email() + ">";
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
