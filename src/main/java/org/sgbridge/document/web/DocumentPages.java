package org.sgbridge.document.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.sgbridge.directory.Memberships;
import org.sgbridge.document.Contributions;
import org.sgbridge.meeting.MeetingRegistrations;
import org.sgbridge.meeting.Meetings;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
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

/** A meeting's documents page: the contributions, search, upload; a contribution's page, co-signing, download. */
@Controller
class DocumentPages {

	private final Contributions contributions;
	private final Meetings meetings;
	private final MeetingRegistrations registrations;
	private final Memberships memberships;
	private final MessageSource messages;

	DocumentPages(Contributions contributions, Meetings meetings, MeetingRegistrations registrations,
			Memberships memberships, MessageSource messages) {
		this.contributions = contributions;
		this.meetings = meetings;
		this.registrations = registrations;
		this.memberships = memberships;
		this.messages = messages;
	}

	@GetMapping("/meetings/{id}/documents")
	String documents(@PathVariable String id, @RequestParam(required = false) String q, Model model) {
		Actor actor = Actor.require();
		model.addAttribute("meeting", meetings.find(id).orElseThrow(Problem::notFound));
		model.addAttribute("q", q);
		model.addAttribute("items", contributions.search(actor, id, q));
		model.addAttribute("canSubmit", registrations.validatedFor(actor.accountId(), id).isPresent());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.none());
		}
		return "document/documents";
	}

	@PostMapping("/meetings/{id}/documents")
	String submit(@PathVariable String id, @RequestParam(required = false) String title,
			@RequestParam(name = "abstract", required = false) String abstractText,
			@RequestParam(required = false) MultipartFile file, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes flash) {
		Actor actor = Actor.require();
		try (InputStream in = file == null || file.isEmpty() && file.getOriginalFilename() == null ? null : file.getInputStream()) {
			var c = contributions.submit(actor, id, title, abstractText, List.of(), List.of(),
					file == null ? null : file.getOriginalFilename(), in);
			flash.addFlashAttribute("notice", "document.submitted");
			return "redirect:/contributions/" + c.id();
		}
		catch (Problem problem) {
			response.setStatus(problem.status().value());
			model.addAttribute("errors", FormErrors.of(problem, messages, locale));
			model.addAttribute("contributionTitle", title);
			return documents(id, null, model);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@GetMapping("/contributions/{id}")
	String contribution(@PathVariable String id, Model model) {
		Actor actor = Actor.require();
		var c = contributions.find(actor, id);
		model.addAttribute("c", c);
		model.addAttribute("meeting", meetings.find(c.meetingId()).orElseThrow());
		model.addAttribute("myOrganizations", memberships.of(actor.accountId()).stream()
			.filter(m -> c.sources().stream().noneMatch(s -> s.organizationId().equals(m.id()) && s.confirmed()))
			.toList());
		return "document/contribution";
	}

	@PostMapping("/contributions/{id}/co-sign")
	String coSign(@PathVariable String id, @RequestParam(required = false) String organizationId, RedirectAttributes flash) {
		contributions.coSign(Actor.require(), id, organizationId);
		flash.addFlashAttribute("notice", "document.cosigned");
		return "redirect:/contributions/" + id;
	}

	@PostMapping("/contributions/{id}/publish")
	String publish(@PathVariable String id, RedirectAttributes flash) {
		contributions.publish(Actor.require(), id);
		flash.addFlashAttribute("notice", "document.published");
		return "redirect:/contributions/" + id;
	}

	@PostMapping("/contributions/{id}/withdraw")
	String withdraw(@PathVariable String id, RedirectAttributes flash) {
		contributions.withdraw(Actor.require(), id);
		flash.addFlashAttribute("notice", "document.withdrawn");
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
}
