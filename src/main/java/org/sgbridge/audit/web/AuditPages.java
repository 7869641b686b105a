package org.sgbridge.audit.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.sgbridge.audit.AuditTrail;
import org.sgbridge.directory.FocalPoints;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.FormErrors;
import org.sgbridge.platform.web.NavigationItems;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail's page: the secretariat's search over all of it, a DFP's over its own state's. */
@Controller
class AuditPages {

	static final int PAGE_SIZE = 50;

	private final AuditTrail trail;

	private final MessageSource messages;

	private final org.sgbridge.directory.OrganizationDirectory organizations;

	AuditPages(AuditTrail trail, MessageSource messages, org.sgbridge.directory.OrganizationDirectory organizations) {
		this.trail = trail;
		this.messages = messages;
		this.organizations = organizations;
	}

	@GetMapping("/audit")
	String search(@RequestParam(required = false) String subject, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String memberState, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String page, Model model,
			Locale locale, HttpServletResponse response) {
		Actor caller = Actor.require();
		model.addAttribute("subject", subject);
		model.addAttribute("actor", actor);
		model.addAttribute("memberState", memberState);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("staff", caller.isSecretariat());
		int number = 0;
		try {
			number = page == null || page.isBlank() ? 0 : Math.max(0, Integer.parseInt(page.trim()));
		}
		catch (NumberFormatException e) {
			// an unreadable page number: the first page
		}
		try {
			AuditTrail.Query query = AuditApi.query(subject, actor, memberState, from, to);
			AuditTrail.Page found = trail.search(caller, query, number, PAGE_SIZE);
			model.addAttribute("entries", found.items());
			model.addAttribute("actingFor", actingFor(found.items()));
			model.addAttribute("pageNumber", found.page());
			model.addAttribute("pages", Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
			model.addAttribute("total", found.total());
			model.addAttribute("errors", FormErrors.none());
		}
		catch (Problem problem) {
			if (problem.status().value() != 400) {
				throw problem;
			}
			response.setStatus(400);
			model.addAttribute("entries", List.of());
			model.addAttribute("actingFor", java.util.Map.of());
			model.addAttribute("pageNumber", 0);
			model.addAttribute("pages", 1);
			model.addAttribute("total", 0);
			model.addAttribute("errors", FormErrors.of(problem, messages, locale));
		}
		return "audit/trail";
	}

	/**
	 * What each entry's designation was for, as people read it: the organisation's name for
	 * {@code MEMBER:<id>} and {@code FOCAL_POINT:<id>}, the state's code for {@code DFP:<code>} (one
	 * read of the directory for the page).
	 */
	private java.util.Map<String, String> actingFor(List<org.sgbridge.audit.AuditEntry> entries) {
		java.util.Map<String, String> qualifiers = new java.util.HashMap<>();
		java.util.Set<String> organizationIds = new java.util.HashSet<>();
		for (var e : entries) {
			String as = e.actingAs();
			int colon = as == null ? -1 : as.indexOf(':');
			if (colon > 0) {
				qualifiers.put(as, as.substring(colon + 1));
				if (!as.startsWith("DFP:")) {
					organizationIds.add(as.substring(colon + 1));
				}
			}
		}
		if (!organizationIds.isEmpty()) {
			var found = organizations.findAll(organizationIds);
			qualifiers.replaceAll((as, id) -> found.containsKey(id) ? found.get(id).name() : id);
		}
		return qualifiers;
	}

	/** The page's download: the entries found, as one CSV table. */
	@GetMapping(value = "/audit.csv", produces = "text/csv")
	void csv(@RequestParam(required = false) String subject, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String memberState, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
		Actor caller = Actor.require();
		AuditTrail.Query query = AuditApi.query(subject, actor, memberState, from, to);
		trail.search(caller, query, 0, 1);
		AuditApi.write(trail, caller, query, response);
	}

	/** The trail in the menu of the secretariat and of focal points of Administrations. */
	@Component
	static class Navigation implements NavigationItems {

		private final FocalPoints focalPoints;

		Navigation(FocalPoints focalPoints) {
			this.focalPoints = focalPoints;
		}

		@Override
		public List<Item> itemsFor(Actor actor) {
			return actor.isSecretariat() || !focalPoints.statesOf(actor.accountId()).isEmpty()
					? List.of(Item.tool("/audit", "nav.audit")) : List.of();
		}
	}
}
