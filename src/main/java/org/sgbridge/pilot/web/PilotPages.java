package org.sgbridge.pilot.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sgbridge.account.AccountManagement;
import org.sgbridge.directory.FocalPoints;
import org.sgbridge.directory.MemberStates;
import org.sgbridge.directory.NationalSmeCriteria;
import org.sgbridge.directory.Organization;
import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.pilot.AdmissionManagement;
import org.sgbridge.pilot.AdmissionRequest;
import org.sgbridge.pilot.InterestRegister;
import org.sgbridge.pilot.PilotTerms;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.Fields;
import org.sgbridge.platform.web.FormErrors;
import org.sgbridge.platform.web.ListQuery;
import org.sgbridge.studygroup.StudyGroup;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pilot's pages: the public interest form, the SME's page, the DFP's inbox and a request's page. */
@Controller
class PilotPages {

	private final AdmissionManagement admissions;
	private final InterestRegister interest;
	private final PilotTerms terms;
	private final OrganizationDirectory organizations;
	private final FocalPoints focalPoints;
	private final NationalSmeCriteria criteria;
	private final MemberStates states;
	private final AccountManagement accounts;
	private final MessageSource messages;
	private final java.time.Clock clock;
	private final org.sgbridge.audit.AuditTrail audit;
	private final org.springframework.beans.factory.ObjectProvider<org.sgbridge.pilot.SmeCategoryTerms> categories;

	PilotPages(AdmissionManagement admissions, InterestRegister interest, PilotTerms terms,
			OrganizationDirectory organizations, FocalPoints focalPoints, NationalSmeCriteria criteria,
			MemberStates states, AccountManagement accounts, MessageSource messages, java.time.Clock clock,
			org.sgbridge.audit.AuditTrail audit,
			org.springframework.beans.factory.ObjectProvider<org.sgbridge.pilot.SmeCategoryTerms> categories) {
		this.categories = categories;
		this.admissions = admissions;
		this.interest = interest;
		this.terms = terms;
		this.organizations = organizations;
		this.focalPoints = focalPoints;
		this.criteria = criteria;
		this.states = states;
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
		this.audit = audit;
	}

	private void common(Model model, Locale locale) {
		model.addAttribute("pilotGroups", terms.groups());
		model.addAttribute("countries", states.all(Dates.today(clock)).stream()
			.map(s -> new Option(s.code(), s.name(locale)))
			.sorted(java.util.Comparator.comparing(Option::label, java.text.Collator.getInstance(locale)))
			.toList());
		model.addAttribute("period", terms.current().orElse(null));
		model.addAttribute("open", terms.isOpen());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.none());
		}
	}

	record Option(String value, String label) {
	}

	// --- Expression of interest (public) -------------------------------------------------

	@GetMapping("/pilot/interest")
	String interestForm(Model model, Locale locale) {
		common(model, locale);
		model.addAttribute("form", new InterestForm("", "", "", List.of(), ""));
		return "pilot/interest";
	}

	@PostMapping("/pilot/interest")
	String expressInterest(InterestForm form, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		common(model, locale);
		if (form.website() != null && !form.website().isBlank()) {
			// The honeypot: people do not see this field, robots fill it. Say thanks, keep nothing.
			model.addAttribute("thanks", true);
			return "pilot/interest";
		}
		try {
			interest.express(form.organizationName(), form.country(), form.email(), form.studyGroups(),
					request.getRemoteAddr(), locale);
			model.addAttribute("thanks", true);
		}
		catch (Problem problem) {
			response.setStatus(problem.status().value());
			model.addAttribute("form", form);
			model.addAttribute("errors", FormErrors.of(problem, messages, locale));
		}
		return "pilot/interest";
	}

	record InterestForm(String organizationName, String country, String email, List<String> studyGroups,
			String website) {
	}

	// --- The SME's page --------------------------------------------------------------------

	/** The status of one pilot group for an SME, and what it may do next. */
	record GroupStatus(StudyGroup group, String status, String requestId) {

		public boolean requestable() {
			return PilotPages.requestable(status);
		}
	}

	record CompanyView(Organization organization, List<GroupStatus> groups, List<AdmissionManagement.RequestView> requests,
			boolean representative, boolean canRequest, AfterPilot after) {
	}

	/**
	 * What an approved SME is told once the pilot has a last day: whether it has ended, that day,
	 * and the SME category in the sectors of its approved groups (or pay-as-you-go).
	 */
	record AfterPilot(boolean ended, java.time.LocalDate endsOn, List<Offer> offers) {
	}

	/** The SME category in a sector: its yearly fee (formatted, null while not set) and employee threshold. */
	record Offer(String sector, String fee, Integer maxEmployees) {
	}

	private AfterPilot after(Map<String, GroupStatus> byGroup, Locale locale) {
		var period = terms.current().orElse(null);
		if (period == null || period.endsOn() == null) {
			return null;
		}
		List<String> sectors = byGroup.values().stream().filter(s -> s.status().equals("APPROVED"))
			.map(s -> s.group().sector()).distinct().sorted(java.util.Comparator.reverseOrder()).toList();
		if (sectors.isEmpty()) {
			return null;
		}
		org.sgbridge.pilot.SmeCategoryTerms offered = categories.getIfAvailable();
		Map<String, org.sgbridge.pilot.SmeCategoryTerms.Terms> sme = offered == null ? Map.of() : offered.smeCategory();
		List<Offer> offers = new ArrayList<>();
		for (String sector : sectors) {
			var c = sme.get(sector);
			String fee = null;
			if (c != null && c.annualFee() != null) {
				java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
				format.setMinimumFractionDigits(2);
				format.setMaximumFractionDigits(2);
				fee = format.format(c.annualFee());
			}
			offers.add(new Offer(sector, fee, c == null || fee == null ? null : c.maxEmployees()));
		}
		return new AfterPilot(!terms.isOpen(), period.endsOn(), offers);
	}

	@GetMapping("/pilot")
	String smePage(Model model, Locale locale) {
		Actor actor = Actor.require();
		common(model, locale);
		List<CompanyView> companies = new ArrayList<>();
		for (String id : organizations.organizationsOf(actor.accountId(), Organization.Kind.SME)) {
			Organization org = organizations.find(id).orElseThrow();
			List<AdmissionManagement.RequestView> requests = admissions.forOrganization(actor, id);
			Map<String, GroupStatus> byGroup = new LinkedHashMap<>();
			for (StudyGroup g : terms.groups()) {
				byGroup.put(g.code(), new GroupStatus(g, "NONE", null));
			}
			for (AdmissionManagement.RequestView r : requests) {
				for (String g : r.request().studyGroups()) {
					GroupStatus old = byGroup.get(g);
					if (old != null && rank(r.request().status()) >= rank(old.status())) {
						byGroup.put(g, new GroupStatus(old.group(), r.request().status().name(), r.request().id()));
					}
				}
			}
			boolean rep = organizations.isRepresentative(actor.accountId(), id);
			boolean canRequest = rep && byGroup.values().stream().anyMatch(s -> requestable(s.status()));
			companies.add(new CompanyView(org, List.copyOf(byGroup.values()), requests, rep, canRequest, after(byGroup, locale)));
		}
		model.addAttribute("companies", companies);
		model.addAttribute("duties", focalPoints.statesOf(actor.accountId()));
		if (!model.containsAttribute("companyForm")) {
			model.addAttribute("companyForm", new CompanyForm("", "", "", "", "", "", ""));
		}
		return "pilot/sme";
	}

	static boolean requestable(String status) {
		return status.equals("NONE") || status.equals("REJECTED") || status.equals("WITHDRAWN") || status.equals("LAPSED");
	}

	private static int rank(Object status) {
		return switch (String.valueOf(status)) {
			case "APPROVED" -> 4;
			case "SUBMITTED" -> 3;
			case "REJECTED", "WITHDRAWN", "LAPSED" -> 1;
			default -> 0;
		};
	}

	/** The company form as typed (numbers as text, so that a wrong one is shown again with its message). */
	record CompanyForm(String name, String country, String employees, String revenueAmount, String revenueCurrency,
			String website, String description) {
	}

	@PostMapping("/pilot/companies")
	String createCompany(CompanyForm form, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes flash) {
		try {
			List<Problem.FieldProblem> problems = new java.util.ArrayList<>();
			Integer employees = Fields.integer(form.employees(), "employees", problems);
			BigDecimal revenue = Fields.decimal(form.revenueAmount(), "annualRevenue.amount", problems);
			if (!problems.isEmpty()) {
				throw Problem.invalidInput(problems);
			}
			organizations.create(Actor.require(), new OrganizationDirectory.NewOrganization(form.name(), "SME",
					form.country(), employees, revenue, form.revenueCurrency(), form.website(),
					form.description(), List.of(), List.of()));
		}
		catch (Problem problem) {
			response.setStatus(problem.status().value());
			model.addAttribute("companyForm", form);
			model.addAttribute("errors", FormErrors.of(problem, messages, locale)
				.rename(Map.of("annualRevenue.amount", "revenueAmount", "annualRevenue.currency", "revenueCurrency"))
				.at(Map.of("country", "company-country")));
			return smePage(model, locale);
		}
		flash.addFlashAttribute("notice", "pilot.company.created");
		return "redirect:/pilot";
	}

	@PostMapping("/pilot/companies/{id}/members")
	String addColleague(@PathVariable String id, @RequestParam(required = false) String email, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes flash) {
		try {
			String accountId = accounts.findByEmail(email)
				.orElseThrow(() -> Problem.invalidField("email", "validation.account"))
				.id();
			organizations.addMember(Actor.require(), id, accountId);
		}
		catch (Problem problem) {
			response.setStatus(problem.status().value());
			model.addAttribute("errors", FormErrors.of(problem, messages, locale).at(Map.of("email", "colleague-" + id)));
			return smePage(model, locale);
		}
		flash.addFlashAttribute("notice", "pilot.member.added");
		return "redirect:/pilot";
	}

	@PostMapping("/pilot/requests")
	String submit(@RequestParam(required = false) String organizationId,
			@RequestParam(required = false) List<String> studyGroups, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes flash) {
		try {
			var view = admissions.submit(Actor.require(), organizationId, studyGroups);
			flash.addFlashAttribute("notice", "pilot.request.submitted");
			return "redirect:/pilot/requests/" + view.request().id();
		}
		catch (Problem problem) {
			response.setStatus(problem.status().value());
			model.addAttribute("errors", FormErrors.of(problem, messages, locale));
			return smePage(model, locale);
		}
	}

	// --- A request's page, the decision, the withdrawal ------------------------------------

	@GetMapping("/pilot/requests/{id}")
	String request(@PathVariable String id, Model model, Locale locale) {
		Actor actor = Actor.require();
		common(model, locale);
		AdmissionManagement.RequestView view = admissions.find(actor, id);
		AdmissionRequest r = view.request();
		model.addAttribute("view", view);
		model.addAttribute("r", r);
		model.addAttribute("criteria", criteria.current(r.country()).orElse(null));
		model.addAttribute("state", states.find(r.country(), Dates.today(clock)).map(s -> s.name(locale)).orElse(r.country()));
		model.addAttribute("history", audit.history(actor, id));
		model.addAttribute("canDecide", r.isPending() && focalPoints.ofState(r.country()).contains(actor.accountId()));
		model.addAttribute("canWithdraw", r.isPending() && organizations.isRepresentative(actor.accountId(), r.organizationId()));
		return "pilot/request";
	}

	@PostMapping("/pilot/requests/{id}/decision")
	String decide(@PathVariable String id, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String reason, @RequestParam(required = false) boolean confirmed, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes flash) {
		boolean approve = "APPROVE".equals(decision);
		boolean complete = approve || ("REJECT".equals(decision) && reason != null && !reason.isBlank());
		if (!confirmed && complete) {
			// First step: what the decision does, before it is made (it cannot be taken back). A
			// decision that would be refused (no reason, not this DFP's) goes on to the refusal.
			Actor actor = Actor.require();
			AdmissionManagement.RequestView view = admissions.find(actor, id);
			AdmissionRequest r = view.request();
			if (r.isPending() && focalPoints.ofState(r.country()).contains(actor.accountId())) {
				String state = states.find(r.country(), Dates.today(clock)).map(st -> st.name(locale)).orElse(r.country());
				String groups = String.join(", ", r.studyGroups());
				var confirmation = org.sgbridge.platform.web.Confirmation.of(
						msg(approve ? "pilot.decide.confirm.approve" : "pilot.decide.confirm.reject", locale, view.organizationName()),
						msg(approve ? "pilot.decide.confirm.approve.lead" : "pilot.decide.confirm.reject.lead", locale,
								view.organizationName(), state, groups),
						"/pilot/requests/" + id + "/decision", "/pilot/requests/" + id)
					.section("request", msg("pilot.decide.confirm.request", locale), List.of(
							msg("pilot.company.name", locale) + ": " + view.organizationName(),
							msg("pilot.country", locale) + ": " + state,
							msg("pilot.groups", locale) + ": " + groups))
					.field("decision", decision)
					.field("reason", reason);
				if (!approve) {
					confirmation.section("reason", msg("pilot.reason", locale), List.of(reason.strip())).danger();
				}
				model.addAttribute("confirmation", confirmation.build());
				return org.sgbridge.platform.web.Confirmation.VIEW;
			}
		}
		try {
			var view = admissions.decide(Actor.require(), id, decision, reason);
			flash.addFlashAttribute("notice", "pilot.decision." + view.request().status().name());
			return "redirect:/pilot/requests/" + id;
		}
		catch (Problem problem) {
			response.setStatus(problem.status().value());
			model.addAttribute("errors", FormErrors.of(problem, messages, locale));
			model.addAttribute("reason", reason);
			return request(id, model, locale);
		}
	}

	@PostMapping("/pilot/requests/{id}/withdrawal")
	String withdraw(@PathVariable String id, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes flash) {
		try {
			admissions.withdraw(Actor.require(), id);
			flash.addFlashAttribute("notice", "pilot.decision.WITHDRAWN");
			return "redirect:/pilot/requests/" + id;
		}
		catch (Problem problem) {
			response.setStatus(problem.status().value());
			model.addAttribute("errors", FormErrors.of(problem, messages, locale));
			return request(id, model, locale);
		}
	}

	// --- The DFP's inbox and national criteria ----------------------------------------------

	static final List<String> INBOX_STATUSES = List.of("SUBMITTED", "APPROVED", "REJECTED", "WITHDRAWN", "LAPSED", "ALL");
	static final List<String> INBOX_SORTS = List.of("oldest", "newest", "name", "name-desc");

	/**
	 * A focal point's inbox (the secretariat sees every state's): the requests of its country's
	 * SMEs, filtered by status and group, searched by the company's name, sorted by date or name,
	 * a page at a time; what the address asks that is not understood is said and left out.
	 */
	@GetMapping("/pilot/inbox")
	String inbox(@RequestParam(required = false) String status, @RequestParam(required = false) String studyGroup,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model,
			Locale locale, HttpServletResponse response) {
		Actor actor = Actor.require();
		List<String> dutyStates = focalPoints.statesOf(actor.accountId());
		if (dutyStates.isEmpty() && !actor.isSecretariat()) {
			throw Problem.forbidden("inbox");
		}
		common(model, locale);
		ListQuery query = ListQuery.at("/pilot/inbox").pages(page, size);
		String chosenStatus = query.choice("status", "pilot.status", status, INBOX_STATUSES, "SUBMITTED");
		String chosenGroup = query.choice("studyGroup", "pilot.group", studyGroup,
				terms.groups().stream().map(StudyGroup::code).toList(), null);
		String name = query.text("q", "pilot.inbox.search", q);
		String chosenSort = query.choice("sort", "list.sort", sort, INBOX_SORTS, "oldest");
		AdmissionRequest.Status filter = "ALL".equals(chosenStatus) ? null : AdmissionRequest.Status.valueOf(chosenStatus);
		var sortBy = AdmissionManagement.InboxSort.valueOf(chosenSort.replace('-', '_').toUpperCase(Locale.ROOT));
		var list = query.fetch(paging -> admissions.inbox(actor, filter, chosenGroup, name, sortBy, paging));
		if (query.hasProblems()) {
			response.setStatus(400);
			model.addAttribute("errors", query.errors(messages, locale));
		}
		model.addAttribute("list", list);
		model.addAttribute("status", chosenStatus);
		model.addAttribute("studyGroup", chosenGroup);
		model.addAttribute("q", name);
		model.addAttribute("sort", chosenSort);
		model.addAttribute("statuses", INBOX_STATUSES);
		model.addAttribute("sorts", INBOX_SORTS);
		var today = Dates.today(clock);
		model.addAttribute("stateNames", states.all(today).stream()
			.collect(java.util.stream.Collectors.toMap(s -> s.code(), s -> s.name(locale))));
		model.addAttribute("dutyStates", dutyStates.stream()
			.map(c -> new Option(c, states.find(c, today).map(s -> s.name(locale)).orElse(c)))
			.toList());
		model.addAttribute("criteriaByState", dutyStates.stream()
			.collect(java.util.stream.Collectors.toMap(c -> c, c -> criteria.current(c).map(Object.class::cast).orElse(""))));
		return "pilot/inbox";
	}

	/** What the focal point typed in the criteria form, shown again when it is refused. */
	record TypedCriteria(String maxEmployees, String maxRevenueAmount, String maxRevenueCurrency, String note) {
	}

	@PostMapping("/pilot/criteria/{country}")
	String setCriteria(@PathVariable String country, @RequestParam(required = false) String maxEmployees,
			@RequestParam(required = false) String maxRevenue, @RequestParam(required = false) String currency,
			@RequestParam(required = false) String note, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes flash) {
		try {
			List<Problem.FieldProblem> problems = new java.util.ArrayList<>();
			Integer employees = Fields.integer(maxEmployees, "maxEmployees", problems);
			BigDecimal revenue = Fields.decimal(maxRevenue, "maxAnnualRevenue.amount", problems);
			if (!problems.isEmpty()) {
				throw Problem.invalidInput(problems);
			}
			criteria.set(Actor.require(), country, employees, revenue, currency, note);
		}
		catch (Problem problem) {
			if (problem.status().value() != 400) {
				throw problem;
			}
			String state = country.toUpperCase(Locale.ROOT);
			model.addAttribute("errors", FormErrors.of(problem, messages, locale).at(Map.of("maxEmployees",
					"maxEmployees-" + state, "maxAnnualRevenue.amount", "maxRevenue-" + state, "currency", "currency-" + state,
					"note", "note-" + state)));
			String page = inbox(null, null, null, null, null, null, model, locale, response);
			response.setStatus(400);
			@SuppressWarnings("unchecked")
			Map<String, Object> byState = (Map<String, Object>) model.getAttribute("criteriaByState");
			byState.put(state, new TypedCriteria(maxEmployees, maxRevenue, currency, note));
			return page;
		}
		flash.addFlashAttribute("notice", "pilot.criteria.saved");
		return "redirect:/pilot/inbox";
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
