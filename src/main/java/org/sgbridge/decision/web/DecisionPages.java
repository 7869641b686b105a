package org.sgbridge.decision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.sgbridge.decision.Decisions;
import org.sgbridge.directory.Organization;
import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.document.Contributions;
import org.sgbridge.meeting.Meeting;
import org.sgbridge.meeting.Meetings;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.FormErrors;
import org.sgbridge.platform.web.ListResponse;
import org.sgbridge.studygroup.StudyGroup;
import org.sgbridge.studygroup.StudyGroups;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A study group's decisions, with the contributions that were their input (the benefit of the SMEs'
 * work made visible) and the positions taken; the secretariat records decisions and positions here,
 * judged as the API judges them (DecisionRights), the refusal naming the rule and the form keeping
 * what was typed.
 */
@Controller
class DecisionPages {

	static final int PAGE_SIZE = 20;

	private final Decisions decisions;
	private final Contributions contributions;
	private final StudyGroups groups;
	private final Meetings meetings;
	private final OrganizationDirectory organizations;
	private final MessageSource messages;
	private final Clock clock;

	DecisionPages(Decisions decisions, Contributions contributions, StudyGroups groups, Meetings meetings,
			OrganizationDirectory organizations, MessageSource messages, Clock clock) {
		this.decisions = decisions;
		this.contributions = contributions;
		this.groups = groups;
		this.meetings = meetings;
		this.organizations = organizations;
		this.messages = messages;
		this.clock = clock;
	}

	/** What the secretariat typed into the decision form, shown again on a refusal. */
	record DecisionForm(String subject, String procedure, String step, String meetingId, String decidedOn, String inputs) {

		static DecisionForm empty() {
			return new DecisionForm("", "", "", "", "", "");
		}
	}

	/** What the secretariat typed into the position form. */
	record PositionForm(String decision, String organization, String position, String comment) {

		static PositionForm empty(String decision) {
			return new PositionForm(decision == null ? "" : decision, "", "", "");
		}
	}

	/** A decision as the page shows it. */
	record DecisionView(String id, String subject, String step, String procedure, LocalDate decidedOn, String meeting,
			List<InputView> inputs, List<Decisions.Position> positions) {
	}

	/** An input contribution: its number and sources, or null where the reader may not see it. */
	record InputView(String label) {
	}

	/** A choice of a select list. */
	record Option(String value, String label) {
	}

	/**
	 * A heading with a code inside ("Decisions of ITU-T-SG16", "研究组ITU-T-SG16的决定"): the text
	 * around the code, so that the page keeps the code whole and left to right in any language.
	 */
	record Heading(String before, String code, String after) {

		static Heading of(MessageSource messages, String key, String code, Locale locale) {
			String marker = "\uE000";
			String text = messages.getMessage(key, new Object[] { marker }, key, locale);
			int at = text.indexOf(marker);
			return at < 0 ? new Heading(text, "", "") : new Heading(text.substring(0, at), code, text.substring(at + 1));
		}
	}

	@GetMapping("/study-groups/{code}/decisions")
	String decisions(@PathVariable String code, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String decision, Model model, Locale locale) {
		StudyGroup group = groups.find(code).orElseThrow(Problem::notFound);
		ListResponse.Paging paging = ListResponse.paging(page, PAGE_SIZE);
		ListResponse<Decisions.Decision> found = decisions.ofGroup(code, paging);
		List<Decisions.Decision> list = found.items();
		model.addAttribute("group", group);
		model.addAttribute("heading", Heading.of(messages, "decision.title", group.code(), locale));
		model.addAttribute("decisions", views(list));
		model.addAttribute("pageNumber", paging.page());
		model.addAttribute("pageCount", Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("total", found.total());
		if (Actor.current().filter(Actor::isSecretariat).isPresent()) {
			model.addAttribute("meetingOptions", meetingOptions(code, locale));
			model.addAttribute("decisionOptions", list.stream().map(d -> new Option(d.id(), d.subject())).toList());
			if (!model.containsAttribute("decisionForm")) {
				model.addAttribute("decisionForm", DecisionForm.empty());
			}
			if (!model.containsAttribute("positionForm")) {
				model.addAttribute("positionForm", PositionForm.empty(decision));
			}
		}
		if (!model.containsAttribute("decisionErrors")) {
			model.addAttribute("decisionErrors", FormErrors.none());
		}
		if (!model.containsAttribute("positionErrors")) {
			model.addAttribute("positionErrors", FormErrors.none());
		}
		return "decision/decisions";
	}

	/** The secretariat records a decision with its input contributions (by number); all faults at once. */
	@PostMapping("/study-groups/{code}/decisions")
	String record(@PathVariable String code, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String procedure, @RequestParam(required = false) String step,
			@RequestParam(required = false) String meetingId, @RequestParam(required = false) String decidedOn,
			@RequestParam(required = false) String inputs, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes flash) {
		Actor actor = Actor.requireSecretariat();
		groups.find(code).orElseThrow(Problem::notFound);
		List<String> numbers = inputs == null ? List.of()
				: Arrays.stream(inputs.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
		try {
			Decisions.Decision recorded = decisions.record(actor, new Decisions.NewDecision(code, meetingId, subject,
					procedure, step, null, decidedOn, numbers));
			flash.addFlashAttribute("noticeText", msg("decision.recorded", locale, recorded.subject()));
			return "redirect:/study-groups/" + code + "/decisions#d-" + recorded.id();
		}
		catch (Problem problem) {
			response.setStatus(problem.status().value());
			model.addAttribute("decisionErrors", FormErrors.of(problem, messages, locale));
			model.addAttribute("decisionForm", new DecisionForm(nz(subject), nz(procedure), nz(step), nz(meetingId),
					nz(decidedOn), nz(inputs)));
			return decisions(code, 0, null, model, locale);
		}
	}

	/**
	 * The secretariat records an organisation's position (or comment) on a decision of this group; the
	 * organisation is typed by name (or id). DecisionRights refuses, naming the rule.
	 */
	@PostMapping("/study-groups/{code}/decisions/positions")
	String position(@PathVariable String code, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String organization, @RequestParam(required = false) String position,
			@RequestParam(required = false) String comment, @RequestParam(required = false) Integer page, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes flash) {
		Actor actor = Actor.requireSecretariat();
		groups.find(code).orElseThrow(Problem::notFound);
		int shown = page == null || page < 0 ? 0 : page;
		List<Problem.FieldProblem> problems = new ArrayList<>();
		boolean decisionOfGroup = ofGroup(decision, code);
		if (!decisionOfGroup) {
			problems.add(new Problem.FieldProblem("decision", "decision.position.decision"));
		}
		String organizationId = null;
		List<Organization> matches = organizations.lookup(organization, 6);
		if (organization == null || organization.isBlank()) {
			problems.add(new Problem.FieldProblem("organization", "validation.NotBlank"));
		}
		else if (matches.isEmpty()) {
			problems.add(new Problem.FieldProblem("organization", "decision.organization.none", organization.trim()));
		}
		else if (matches.size() > 1) {
			problems.add(new Problem.FieldProblem("organization", "decision.organization.several", organization.trim(),
					String.join("; ", matches.stream().limit(5).map(o -> o.name() + " (" + o.country() + ")").toList())));
		}
		else {
			organizationId = matches.get(0).id();
		}
		try {
			if (!decisionOfGroup) {
				// the decision cannot be judged without one: the other fields are checked as the rule would
				if ((position == null || position.isBlank()) && (comment == null || comment.isBlank())) {
					problems.add(new Problem.FieldProblem("position", "validation.position"));
				}
				throw Problem.invalidInput(problems);
			}
			if (!problems.isEmpty()) {
				// the typed organisation is not known: the rest is judged by the rule with no organisation
				try {
					decisions.position(actor, decision, null, position, comment);
				}
				catch (Problem invalid) {
					invalid.fieldProblems().stream().filter(f -> !f.field().equals("organizationId")).forEach(problems::add);
				}
				throw Problem.invalidInput(problems);
			}
			decisions.position(actor, decision, organizationId, position, comment);
			flash.addFlashAttribute("noticeText", msg("decision.position.recorded", locale, matches.get(0).name()));
			return "redirect:/study-groups/" + code + "/decisions" + (shown > 0 ? "?page=" + shown : "") + "#d-" + decision;
		}
		catch (Problem problem) {
			if (problem.status().value() == 404) {
				throw problem;
			}
			response.setStatus(problem.status().value());
			FormErrors errors = FormErrors.of(problem, messages, locale).rename(Map.of("organizationId", "organization"));
			if (!problem.slug().equals("invalid-input")) {
				// a rule's refusal concerns the organisation chosen: said at the top and beside that field
				Map<String, String> fields = new java.util.LinkedHashMap<>(errors.fields());
				fields.put("organization", errors.summary());
				errors = new FormErrors(msg("decision.position.refused", locale), fields);
			}
			model.addAttribute("positionErrors", errors);
			model.addAttribute("positionForm", new PositionForm(nz(decision), nz(organization), nz(position), nz(comment)));
			return decisions(code, shown, null, model, locale);
		}
	}

	private boolean ofGroup(String decisionId, String code) {
		if (decisionId == null || decisionId.isBlank()) {
			return false;
		}
		try {
			return decisions.find(decisionId).studyGroup().equals(code);
		}
		catch (Problem notFound) {
			return false;
		}
	}

	private List<DecisionView> views(List<Decisions.Decision> list) {
		List<String> inputIds = list.stream().flatMap(d -> d.inputs().stream()).distinct().toList();
		Map<String, String> labels = new HashMap<>();
		Actor.current().ifPresent(actor -> contributions.readable(actor, inputIds).forEach(c -> labels.put(c.id(),
				c.number() + " (" + String.join("; ", c.sources().stream().map(Contributions.Source::name).toList()) + ")")));
		Map<String, Meeting> meetingsById = meetings.findAll(list.stream().map(Decisions.Decision::meetingId)
			.filter(java.util.Objects::nonNull).distinct().toList());
		return list.stream()
			.map(d -> new DecisionView(d.id(), d.subject(), d.step(), d.procedure(), d.decidedOn(),
					d.meetingId() == null || !meetingsById.containsKey(d.meetingId()) ? null
							: meetingsById.get(d.meetingId()).title(),
					d.inputs().stream().map(i -> new InputView(labels.get(i))).toList(), d.positions()))
			.toList();
	}

	/** The group's meetings from two years ago to a year ahead, the latest first. */
	private List<Option> meetingOptions(String code, Locale locale) {
		LocalDate today = Dates.today(clock);
		List<Meeting> found = new ArrayList<>(meetings.list(code, today.minusYears(2), today.plusYears(1),
				ListResponse.paging(0, ListResponse.MAX_SIZE)).items());
		java.util.Collections.reverse(found);
		return found.stream()
			.map(m -> new Option(m.id(), m.title() + " (" + Dates.formatRange(m.startDate(), m.endDate(), locale) + ")"))
			.toList();
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}
}
