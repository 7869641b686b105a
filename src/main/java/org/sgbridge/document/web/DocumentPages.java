package org.sgbridge.document.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.sgbridge.audit.AuditTrail;
import org.sgbridge.directory.Memberships;
import org.sgbridge.document.ContributionEligibility;
import org.sgbridge.document.ContributionRules;
import org.sgbridge.document.Contributions;
import org.sgbridge.meeting.Meetings;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.Confirmation;
import org.sgbridge.platform.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A contribution's page and what its readers may do there, as the API allows them and by the same
 * rules: download; for a source's member or the secretariat, upload a new version and withdraw it
 * (after confirming); for a co-source's member, confirm; co-sign for another organisation; make it
 * public (the secretariat); its history from the audit trail.
 */
@Controller
class DocumentPages {

	private final Contributions contributions;
	private final ContributionEligibility eligibility;
	private final Meetings meetings;
	private final Memberships memberships;
	private final DocumentListPages lists;
	private final MessageSource messages;
	private final AuditTrail audit;

	DocumentPages(Contributions contributions, ContributionEligibility eligibility, Meetings meetings,
			Memberships memberships, DocumentListPages lists, MessageSource messages, AuditTrail audit) {
		this.audit = audit;
		this.contributions = contributions;
		this.eligibility = eligibility;
		this.meetings = meetings;
		this.memberships = memberships;
		this.lists = lists;
		this.messages = messages;
	}

	@GetMapping("/contributions/{id}")
	String contribution(@PathVariable String id, Model model, Locale locale) {
		Actor actor = Actor.require();
		var c = contributions.find(actor, id);
		ContributionEligibility.Actions actions = eligibility.actions(actor, c);
		model.addAttribute("c", c);
		model.addAttribute("meeting", meetings.find(c.meetingId()).orElseThrow());
		model.addAttribute("actions", actions);
		// An editor is told why a change is closed to it (withdrawn, past the deadline); others are offered nothing.
		model.addAttribute("revisionClosed", actions.editor() ? lists.reasons(actions.revision(), locale) : List.of());
		model.addAttribute("myOrganizations", memberships.of(actor.accountId()).stream()
			.filter(m -> c.sources().stream().noneMatch(s -> s.organizationId().equals(m.id())))
			.toList());
		// its history for whoever may read it (find() has said so): who submitted, revised, confirmed, withdrew
		model.addAttribute("history", audit.history(actor, c.id()));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.none());
		}
		return "document/contribution";
	}

	/** A new version of the file: the number stays, the revision counts up (Rev.1, Rev.2). */
	@PostMapping("/contributions/{id}/revisions")
	String revise(@PathVariable String id, @RequestParam(required = false) MultipartFile file, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes flash) {
		boolean chosen = file != null && !(file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()));
		try (InputStream in = chosen ? file.getInputStream() : null) {
			contributions.revise(Actor.require(), id, in);
			flash.addFlashAttribute("notice", "document.revised");
			return "redirect:/contributions/" + id;
		}
		catch (Problem problem) {
			return refused(problem, "not-a-source", id, model, locale, response);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Withdraws in two steps: the first shows what is withdrawn and changes nothing, the second
	 * (confirmed) withdraws. Who may not withdraw is told so at once.
	 */
	@PostMapping("/contributions/{id}/withdraw")
	String withdraw(@PathVariable String id, @RequestParam(required = false) boolean confirmed, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes flash) {
		Actor actor = Actor.require();
		try {
			var c = contributions.find(actor, id);
			if (!confirmed && eligibility.actions(actor, c).mayWithdraw()) {
				String number = c.number() + (c.revision() > 0 ? " Rev." + c.revision() : "");
				model.addAttribute("confirmation", Confirmation.of(msg("document.withdraw.confirm.title", locale, number),
						msg("document.withdraw.confirm.lead", locale, c.title()), "/contributions/" + id + "/withdraw",
						"/contributions/" + id)
					.section("contribution", msg("document.withdraw.confirm.heading", locale), List.of(
							msg("document.number", locale) + ": " + number,
							msg("document.title", locale) + ": " + c.title(),
							msg("document.sources", locale) + ": "
									+ String.join("; ", c.sources().stream().map(Contributions.Source::name).toList())))
					.danger()
					.build());
				return Confirmation.VIEW;
			}
			contributions.withdraw(actor, id);
			flash.addFlashAttribute("notice", "document.withdrawn");
			return "redirect:/contributions/" + id;
		}
		catch (Problem problem) {
			return refused(problem, "not-a-source", id, model, locale, response);
		}
	}

	/** A member of a co-source confirms that its organisation is a source of the contribution. */
	@PostMapping("/contributions/{id}/confirmation")
	String confirm(@PathVariable String id, @RequestParam(required = false) String organizationId, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes flash) {
		try {
			contributions.confirm(Actor.require(), id, organizationId);
			flash.addFlashAttribute("notice", "document.source.confirmed");
			return "redirect:/contributions/" + id;
		}
		catch (Problem problem) {
			return refused(problem, "not-a-member", id, model, locale, response);
		}
	}

	@PostMapping("/contributions/{id}/co-sign")
	String coSign(@PathVariable String id, @RequestParam(required = false) String organizationId, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes flash) {
		try {
			contributions.coSign(Actor.require(), id, organizationId);
			flash.addFlashAttribute("notice", "document.cosigned");
			return "redirect:/contributions/" + id;
		}
		catch (Problem problem) {
			return refused(problem, "not-a-member", id, model, locale, response);
		}
	}

	@PostMapping("/contributions/{id}/publish")
	String publish(@PathVariable String id, RedirectAttributes flash) {
		contributions.publish(Actor.require(), id);
		flash.addFlashAttribute("notice", "document.published");
		return "redirect:/contributions/" + id;
	}

	@GetMapping("/contributions/{id}/download")
	ResponseEntity<Resource> download(@PathVariable String id) {
		Contributions.FileView f = contributions.file(Actor.require(), id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(f.contentType()))
			.contentLength(f.size())
			.eTag("\"" + f.sha256() + "\"")
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(f.fileName()).build().toString())
			.body(new FileSystemResource(f.path()));
	}

	/**
	 * A refusal shown on the contribution's page, naming the rule, for whoever may read it; for
	 * anyone else, the contribution is not found.
	 */
	private String refused(Problem problem, String forbiddenReason, String id, Model model, Locale locale,
			HttpServletResponse response) {
		if (problem.status().value() == 404 || problem.status().value() == 401) {
			throw problem;
		}
		FormErrors errors = FormErrors.of(problem, messages, locale);
		if (problem.status().value() == 403) {
			// Forbidden, said as the rule (only a source's member or the secretariat changes a contribution;
			// only an organisation's member speaks for it).
			errors = new FormErrors(lists.reasons(List.of(new ContributionRules.Reason(forbiddenReason, true, List.of())), locale)
				.get(0).text(), errors.fields());
		}
		model.addAttribute("errors", errors);
		String page = contribution(id, model, locale);
		response.setStatus(problem.status().value());
		return page;
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
