package org.sgbridge.document.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.sgbridge.directory.Organization;
import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.document.ContributionEligibility;
import org.sgbridge.document.ContributionLists;
import org.sgbridge.document.ContributionRules;
import org.sgbridge.document.Contributions;
import org.sgbridge.meeting.Meeting;
import org.sgbridge.meeting.Meetings;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.FormErrors;
import org.sgbridge.platform.web.ListPage;
import org.sgbridge.platform.web.ListQuery;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The lists of contributions: every one the person may read (search, study group, meeting, status,
 * sort, pages), and a meeting's, with the form to submit one when the person may, or why not.
 */
@Controller
class DocumentListPages {

	static final List<String> STATUSES = List.of("SUBMITTED", "WITHDRAWN");
	static final List<String> SORTS = List.of("number", "newest", "title");

	private final ContributionLists lists;
	private final Contributions contributions;
	private final ContributionEligibility eligibility;
	private final Meetings meetings;
	private final OrganizationDirectory organizations;
	private final MessageSource messages;

	DocumentListPages(ContributionLists lists, Contributions contributions, ContributionEligibility eligibility,
			Meetings meetings, OrganizationDirectory organizations, MessageSource messages) {
		this.lists = lists;
		this.contributions = contributions;
		this.eligibility = eligibility;
		this.meetings = meetings;
		this.organizations = organizations;
		this.messages = messages;
	}

	/** A choice of a select list. */
	record Option(String value, String label) {
	}

	/** A refusal as the page says it: the rule's code (some carry a link) and its sentence. */
	record ReasonView(String code, String text) {
	}

	/** The submission form as typed, shown again on a refusal. */
	record TypedContribution(String title, String abstractText) {
	}

	@GetMapping("/documents")
	String all(@RequestParam(required = false) String q, @RequestParam(required = false) String studyGroup,
			@RequestParam(required = false) String meeting, @RequestParam(required = false) String status,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, Model model, Locale locale, HttpServletResponse response) {
		Actor actor = Actor.require();
		ListQuery query = ListQuery.at("/documents").pages(page, size);
		String text = query.text("q", "document.list.search", q);
		ContributionLists.Choices all = lists.choices(actor, null);
		String group = query.choice("studyGroup", "pilot.group", studyGroup, all.studyGroups(), null);
		ContributionLists.Choices choices = group == null ? all : lists.choices(actor, group);
		String chosenMeeting = null;
		if (meeting != null && !meeting.isBlank()) {
			// Any meeting whose documents the person reads, also one beyond the 200 offered in the list.
			var found = meetings.find(meeting.strip());
			if (found.isPresent() && (group == null || found.get().studyGroup().equals(group))) {
				chosenMeeting = found.get().id();
				query.keep("meeting", chosenMeeting);
			}
			else {
				query.refuse("meeting", "letter.meeting");
			}
		}
		String chosenStatus = query.choice("status", "pilot.status", status, STATUSES, null);
		String chosenSort = query.choice("sort", "list.sort", sort, SORTS, "number");
		String meetingFilter = chosenMeeting;
		boolean[] more = { false };
		var list = query.fetch(paging -> {
			ContributionLists.Found found = lists.find(actor, new ContributionLists.Query(meetingFilter, group, chosenStatus, text,
					sortOf(chosenSort)), paging);
			more[0] = found.more();
			return found.list();
		});
		if (query.hasProblems()) {
			response.setStatus(400);
		}
		List<String> meetingIds = new java.util.ArrayList<>(choices.meetingIds());
		if (chosenMeeting != null && !meetingIds.contains(chosenMeeting)) {
			meetingIds.add(0, chosenMeeting);
		}
		Map<String, Meeting> meetingsById = meetings.findAll(java.util.stream.Stream.concat(meetingIds.stream(),
				list.items().stream().map(Contributions.Contribution::meetingId)).distinct().toList());
		model.addAttribute("errors", query.errors(messages, locale));
		model.addAttribute("list", list);
		model.addAttribute("listMore", more[0]);
		model.addAttribute("q", text);
		model.addAttribute("studyGroup", group);
		model.addAttribute("meeting", chosenMeeting);
		model.addAttribute("status", chosenStatus);
		model.addAttribute("sort", chosenSort);
		model.addAttribute("statuses", STATUSES);
		model.addAttribute("sorts", SORTS);
		model.addAttribute("studyGroups", all.studyGroups());
		model.addAttribute("meetingOptions", meetingIds.stream().map(meetingsById::get).filter(java.util.Objects::nonNull)
			.sorted(Comparator.comparing(Meeting::startDate).reversed())
			.map(m -> new Option(m.id(), m.title()))
			.toList());
		model.addAttribute("meetingTitles", meetingsById.values().stream()
			.collect(java.util.stream.Collectors.toMap(Meeting::id, Meeting::title)));
		return "document/list";
	}

	@GetMapping("/meetings/{id}/documents")
	String documents(@PathVariable String id, @RequestParam(required = false) String q,
			@RequestParam(required = false) String status, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model,
			Locale locale, HttpServletResponse response) {
		Actor actor = Actor.require();
		Meeting meeting = meetings.find(id).orElseThrow(Problem::notFound);
		ListQuery query = ListQuery.at("/meetings/" + meeting.id() + "/documents").pages(page, size);
		String text = query.text("q", "document.search", q);
		String chosenStatus = query.choice("status", "pilot.status", status, STATUSES, null);
		String chosenSort = query.choice("sort", "list.sort", sort, SORTS, "number");
		ListPage<Contributions.Contribution> list = query.fetch(paging -> lists.list(actor,
				new ContributionLists.Query(meeting.id(), null, chosenStatus, text, sortOf(chosenSort)), paging));
		if (query.hasProblems() && !model.containsAttribute("errors")) {
			response.setStatus(400);
		}
		model.addAttribute("listErrors", query.errors(messages, locale));
		model.addAttribute("meeting", meeting);
		model.addAttribute("list", list);
		model.addAttribute("q", text);
		model.addAttribute("status", chosenStatus);
		model.addAttribute("sort", chosenSort);
		model.addAttribute("statuses", STATUSES);
		model.addAttribute("sorts", SORTS);
		ContributionEligibility.SubmissionCheck check = eligibility.submission(actor, meeting.id());
		model.addAttribute("canSubmit", check.allowed());
		model.addAttribute("reasons", reasons(check.reasons(), locale));
		model.addAttribute("submittedFor", check.organizationId() == null ? null
				: organizations.find(check.organizationId()).map(Organization::name).orElse(null));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.none());
		}
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", new TypedContribution("", ""));
		}
		return "document/documents";
	}

	@PostMapping("/meetings/{id}/documents")
	String submit(@PathVariable String id, @RequestParam(required = false) String title,
			@RequestParam(name = "abstract", required = false) String abstractText,
			@RequestParam(required = false) MultipartFile file, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes flash) {
		Actor actor = Actor.require();
		boolean chosen = file != null && !(file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()));
		try (InputStream in = chosen ? file.getInputStream() : null) {
			var c = contributions.submit(actor, id, title, abstractText, List.of(), List.of(),
					chosen ? file.getOriginalFilename() : null, in);
			flash.addFlashAttribute("notice", "document.submitted");
			return "redirect:/contributions/" + c.id();
		}
		catch (Problem problem) {
			if (problem.status().value() == 404) {
				throw problem;
			}
			// Everything typed is shown again, with each message beside its field; the file must be chosen again.
			model.addAttribute("errors", FormErrors.of(problem, messages, locale));
			model.addAttribute("typed", new TypedContribution(title, abstractText));
			model.addAttribute("fileAgain", chosen);
			String page = documents(id, null, null, null, null, null, model, locale, response);
			response.setStatus(problem.status().value());
			return page;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Each refusal as a sentence in the page's language, its dates written as the pages write them. */
	List<ReasonView> reasons(List<ContributionRules.Reason> reasons, Locale locale) {
		return reasons.stream()
			.map(r -> new ReasonView(r.code(), messages.getMessage(r.messageKey(), r.args().stream()
				.map(a -> a instanceof java.time.LocalDate d ? Dates.format(d, locale) : a).toArray(), r.messageKey(), locale)))
			.toList();
	}

	private static ContributionLists.Sort sortOf(String sort) {
		return ContributionLists.Sort.valueOf(sort.toUpperCase(Locale.ROOT));
	}
}
