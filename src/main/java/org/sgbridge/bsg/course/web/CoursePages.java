package org.sgbridge.bsg.course.web;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.sgbridge.bsg.course.A1Course;
import org.sgbridge.bsg.course.Certificate;
import org.sgbridge.bsg.course.Certificates;
import org.sgbridge.bsg.course.CourseScoring;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The course's pages for learners: the course home (modules, progress, enrolment, the certificate),
 * a module's content, a quiz and its result; and the public page that verifies a certificate.
 */
@Controller
class CoursePages {

	/** The prefix of a quiz form's fields: {@code answer-<questionId>} = the chosen choice's id. */
	static final String ANSWER = "answer-";

	private final A1Course course;
	private final Certificates certificates;
	private final MessageSource messages;

	CoursePages(A1Course course, Certificates certificates, MessageSource messages) {
		this.course = course;
		this.certificates = certificates;
		this.messages = messages;
	}

	/** A row of the course home: the module, its best score, whether the learner may take its quiz. */
	record ModuleRow(int number, String title, boolean unofficial, Integer bestScore) {
	}

	@GetMapping("/course")
	String home(Model model) {
		Actor actor = Actor.current().orElse(null);
		boolean enrolled = actor != null && course.enrolled(actor);
		A1Course.Progress progress = enrolled ? course.progress(actor) : null;
		List<ModuleRow> rows = new ArrayList<>();
		for (A1Course.ModuleView m : course.modules()) {
			rows.add(new ModuleRow(m.number(), m.title().value(), m.title().unofficial(),
					progress == null ? null : progress.modules().get(m.number() - 1).bestScore()));
		}
		model.addAttribute("modules", rows);
		model.addAttribute("signedIn", actor != null);
		model.addAttribute("enrolled", enrolled);
		model.addAttribute("progress", progress);
		model.addAttribute("passMark", CourseScoring.PASS_MARK);
		model.addAttribute("done", progress == null ? 0 : progress.modules().stream().filter(s -> s.bestScore() != null).count());
		return "course/home";
	}

	@PostMapping("/course/enrolment")
	String enrol(RedirectAttributes flash) {
		Actor actor = Actor.current().orElse(null);
		if (actor == null) {
			return "redirect:/signin";
		}
		course.enrol(actor);
		flash.addFlashAttribute("notice", "course.enrolled");
		return "redirect:/course";
	}

	@GetMapping("/course/modules/{n}")
	String module(@PathVariable int n, Model model) {
		A1Course.ModuleView module = course.module(n);
		Actor actor = Actor.current().orElse(null);
		model.addAttribute("module", module);
		List<A1Course.PageView> pages = course.pages(n);
		model.addAttribute("pages", pages);
		model.addAttribute("anyUnofficial", module.title().unofficial() || pages.stream().anyMatch(p -> p.title().unofficial()));
		model.addAttribute("enrolled", actor != null && course.enrolled(actor));
		model.addAttribute("signedIn", actor != null);
		return "course/module";
	}

	@PostMapping("/course/modules/{n}/attempts")
	String start(@PathVariable int n, Model model, Locale locale, HttpServletResponse response) {
		Actor actor = Actor.current().orElse(null);
		if (actor == null) {
			return "redirect:/signin";
		}
		if (!course.enrolled(actor)) {
			return "redirect:/course";
		}
		return "redirect:/course/attempts/" + course.start(actor, n).attempt().id();
	}

	@GetMapping("/course/attempts/{id}")
	String attempt(@PathVariable String id, Model model) {
		Actor actor = Actor.current().orElse(null);
		if (actor == null) {
			return "redirect:/signin";
		}
		A1Course.AttemptView view = course.attempt(actor, id);
		model.addAttribute("quiz", view);
		model.addAttribute("anyUnofficial", view.questions().stream().anyMatch(q -> q.text().unofficial()));
		return "course/quiz";
	}

	@PostMapping("/course/attempts/{id}")
	String submit(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes flash) {
		Actor actor = Actor.current().orElse(null);
		if (actor == null) {
			return "redirect:/signin";
		}
		A1Course.AttemptView view = course.attempt(actor, id);
		List<A1Course.Answer> answers = new ArrayList<>();
		for (Map.Entry<String, List<String>> e : form.entrySet()) {
			if (e.getKey().startsWith(ANSWER)) {
				for (String choice : e.getValue()) {
					answers.add(new A1Course.Answer(e.getKey().substring(ANSWER.length()), choice));
				}
			}
		}
		try {
			A1Course.Result result = course.submit(actor, id, answers);
			flash.addFlashAttribute("submitted", true);
			if (result.issued() != null) {
				flash.addFlashAttribute("issued", true);
			}
			return "redirect:/course/attempts/" + view.attempt().id();
		}
		catch (Problem problem) {
			if (problem.status().value() == 409) {
				flash.addFlashAttribute("problem", messages.getMessage(problem.messageKey(), problem.args(), locale));
				return "redirect:/course/attempts/" + view.attempt().id();
			}
			throw problem;
		}
	}

	/** The public verification page of a certificate: valid, revoked, or unknown (404). */
	@GetMapping("/certificates/{code}")
	String verify(@PathVariable String code, Model model, Locale locale, HttpServletResponse response) {
		Certificate c = certificates.find(code).orElse(null);
		model.addAttribute("code", code);
		model.addAttribute("certificate", c);
		if (c == null) {
			response.setStatus(404);
		}
		else {
			model.addAttribute("issuedOn", Dates.format(c.issuedOn(), locale));
			model.addAttribute("revokedOn", c.revokedOn() == null ? null : Dates.format(c.revokedOn(), locale));
		}
		return "course/verify";
	}

	@GetMapping("/certificates/{code}/certificate.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String code) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		certificates.write(code, out);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("certificate-" + code.replaceAll("[^A-Za-z0-9]", "") + ".pdf").build().toString())
			.body(out.toByteArray());
	}
}
