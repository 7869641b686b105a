package org.sgbridge.bsg.course.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.sgbridge.bsg.course.A1Course;
import org.sgbridge.bsg.course.Certificate;
import org.sgbridge.bsg.course.Certificates;
import org.sgbridge.bsg.course.Question;
import org.sgbridge.bsg.course.QuestionBank;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.Confirmation;
import org.sgbridge.platform.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's pages of the course: each module's question bank (the questions with their
 * right answers; a question added, corrected or taken out) and the certificates (revoked with a
 * reason, after a confirmation).
 */
@Controller
class CourseAdminPages {

	/** Choices offered by the question form. */
	static final int CHOICES = 4;

	private final A1Course course;
	private final QuestionBank bank;
	private final Certificates certificates;
	private final MessageSource messages;

	CourseAdminPages(A1Course course, QuestionBank bank, Certificates certificates, MessageSource messages) {
		this.course = course;
		this.bank = bank;
		this.certificates = certificates;
		this.messages = messages;
	}

	/** The question form as typed: the English text, the choices' texts and the index of the right one. */
	record QuestionForm(String text, List<String> choices, Integer correct) {

		static QuestionForm empty() {
			return new QuestionForm("", new ArrayList<>(java.util.Collections.nCopies(CHOICES, "")), null);
		}

		static QuestionForm of(Question q) {
			List<String> texts = new ArrayList<>(q.choices().stream().map(Question.Choice::text).toList());
			while (texts.size() < CHOICES) {
				texts.add("");
			}
			int correct = 0;
			for (int i = 0; i < q.choices().size(); i++) {
				if (q.choices().get(i).correct()) {
					correct = i;
				}
			}
			return new QuestionForm(q.text(), texts, correct);
		}

		/** The question to save: the choices left blank at the end of the form are not choices. */
		QuestionBank.NewQuestion toNew(Question kept) {
			List<QuestionBank.NewChoice> given = new ArrayList<>();
			List<String> list = choices == null ? List.of() : choices;
			int last = list.size() - 1;
			while (last >= 0 && (list.get(last) == null || list.get(last).isBlank()) && (correct == null || correct != last)) {
				last--;
			}
			for (int i = 0; i <= last; i++) {
				Map<String, String> texts = kept != null && i < kept.choices().size()
						&& kept.choices().get(i).text().equals(list.get(i) == null ? null : list.get(i).strip())
								? kept.choices().get(i).texts() : Map.of();
				given.add(new QuestionBank.NewChoice(list.get(i), texts, correct != null && correct == i));
			}
			Map<String, String> texts = kept != null && kept.text().equals(text == null ? null : text.strip()) ? kept.texts() : Map.of();
			return new QuestionBank.NewQuestion(text, texts, given);
		}
	}

	@GetMapping("/course/bank/{n}")
	String bank(@PathVariable int n, Model model) {
		return bankPage(n, QuestionForm.empty(), FormErrors.none(), model);
	}

	private String bankPage(int n, QuestionForm form, FormErrors errors, Model model) {
		Actor actor = Actor.require();
		model.addAttribute("module", course.module(n));
		model.addAttribute("modules", course.modules());
		model.addAttribute("questions", bank.bank(actor, n));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("choiceCount", CHOICES);
		return "course/bank";
	}

	@PostMapping("/course/bank/{n}")
	String add(@PathVariable int n, @RequestParam(required = false) String text,
			@RequestParam(name = "choice", required = false) List<String> choices,
			@RequestParam(required = false) Integer correct, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes flash) {
		QuestionForm form = new QuestionForm(text, padded(choices), correct);
		try {
			bank.add(Actor.require(), n, form.toNew(null));
		}
		catch (Problem problem) {
			if (problem.status().value() != 400) {
				throw problem;
			}
			response.setStatus(400);
			return bankPage(n, form, errors(problem, locale), model);
		}
		flash.addFlashAttribute("notice", "course.bank.added");
		return "redirect:/course/bank/" + n;
	}

	@GetMapping("/course/bank/questions/{id}")
	String edit(@PathVariable String id, Model model) {
		Question q = bank.find(Actor.require(), id);
		return editPage(q, QuestionForm.of(q), FormErrors.none(), model);
	}

	private String editPage(Question q, QuestionForm form, FormErrors errors, Model model) {
		model.addAttribute("module", course.module(q.module()));
		model.addAttribute("question", q);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("choiceCount", CHOICES);
		return "course/question";
	}

	@PostMapping("/course/bank/questions/{id}")
	String save(@PathVariable String id, @RequestParam(required = false) String text,
			@RequestParam(name = "choice", required = false) List<String> choices,
			@RequestParam(required = false) Integer correct, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes flash) {
		Actor actor = Actor.require();
		Question q = bank.find(actor, id);
		QuestionForm form = new QuestionForm(text, padded(choices), correct);
		try {
			bank.replace(actor, id, form.toNew(q));
		}
		catch (Problem problem) {
			if (problem.status().value() != 400) {
				throw problem;
			}
			response.setStatus(400);
			return editPage(q, form, errors(problem, locale), model);
		}
		flash.addFlashAttribute("notice", "course.bank.saved");
		return "redirect:/course/bank/" + q.module();
	}

	/** Takes a question out of the bank, after a confirmation. */
	@PostMapping("/course/bank/questions/{id}/delete")
	String delete(@PathVariable String id, @RequestParam(required = false) boolean confirmed, Model model, Locale locale,
			RedirectAttributes flash) {
		Actor actor = Actor.require();
		Question q = bank.find(actor, id);
		if (!confirmed) {
			model.addAttribute("confirmation", Confirmation.of(msg("course.bank.delete.title", locale),
					msg("course.bank.delete.lead", locale), "/course/bank/questions/" + id + "/delete", "/course/bank/" + q.module())
				.section("question", msg("course.bank.question", locale), List.of(q.text()))
				.danger()
				.build());
			return Confirmation.VIEW;
		}
		bank.retire(actor, id);
		flash.addFlashAttribute("notice", "course.bank.deleted");
		return "redirect:/course/bank/" + q.module();
	}

	/** A row of the certificates page. */
	record CertificateRow(Certificate certificate, String issuedOn, String revokedOn) {
	}

	@GetMapping("/course/certificates")
	String certificates(Model model, Locale locale) {
		model.addAttribute("certificates", certificates.list(Actor.require()).stream()
			.map(c -> new CertificateRow(c, Dates.format(c.issuedOn(), locale),
					c.revokedOn() == null ? null : Dates.format(c.revokedOn(), locale)))
			.toList());
		model.addAttribute("errors", FormErrors.none());
		return "course/certificates";
	}

	/** Revokes a certificate with a reason, after a confirmation; without a reason the error is shown beside its field. */
	@PostMapping("/course/certificates/{code}/revocation")
	String revoke(@PathVariable String code, @RequestParam(required = false) String reason,
			@RequestParam(required = false) boolean confirmed, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes flash) {
		Actor actor = Actor.require();
		Certificate c = certificates.list(actor).stream().filter(x -> x.code().equals(code)).findFirst()
			.orElseThrow(Problem::notFound);
		if (reason == null || reason.isBlank() || reason.strip().length() > 2000) {
			response.setStatus(400);
			certificates(model, locale);
			model.addAttribute("errors", new FormErrors(msg("problem.invalid-input.detail", locale),
					Map.of("reason", msg(reason == null || reason.isBlank() ? "validation.NotBlank" : "validation.maxLength", locale, 2000))));
			model.addAttribute("errorCode", code);
			return "course/certificates";
		}
		if (!confirmed) {
			model.addAttribute("confirmation", Confirmation.of(msg("course.certificates.revoke.title", locale, c.code()),
					msg("course.certificates.revoke.lead", locale), "/course/certificates/" + code + "/revocation",
					"/course/certificates")
				.section("certificate", msg("course.certificates.certificate", locale), List.of(
						msg("course.certificates.holder", locale) + ": " + c.holderName(),
						msg("course.certificates.code", locale) + ": " + c.code(),
						msg("course.certificates.reason", locale) + ": " + reason.strip()))
				.field("reason", reason)
				.danger()
				.build());
			return Confirmation.VIEW;
		}
		certificates.revoke(actor, code, reason);
		flash.addFlashAttribute("notice", "course.certificates.revoked");
		return "redirect:/course/certificates";
	}

	private static List<String> padded(List<String> choices) {
		List<String> list = new ArrayList<>(choices == null ? List.of() : choices);
		while (list.size() < CHOICES) {
			list.add("");
		}
		return list;
	}

	private FormErrors errors(Problem problem, Locale locale) {
		Map<String, String> anchors = new java.util.HashMap<>();
		for (int i = 0; i < CHOICES; i++) {
			anchors.put("choices[" + i + "].text", "choice-" + i);
		}
		anchors.put("choices", "correct-0");
		return FormErrors.of(problem, messages, locale).at(anchors);
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
