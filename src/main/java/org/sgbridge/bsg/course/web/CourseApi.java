package org.sgbridge.bsg.course.web;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sgbridge.bsg.course.A1Course;
import org.sgbridge.bsg.course.Certificate;
import org.sgbridge.bsg.course.Certificates;
import org.sgbridge.bsg.course.CourseScoring;
import org.sgbridge.bsg.course.Question;
import org.sgbridge.bsg.course.QuestionBank;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API.md "Bridging the Standardization Gap", "The A.1 course": the course, its banks, quizzes and certificates. */
@RestController
@RequestMapping("/api/v1")
class CourseApi {

	private final A1Course course;
	private final QuestionBank bank;
	private final Certificates certificates;
	private final MessageSource messages;

	CourseApi(A1Course course, QuestionBank bank, Certificates certificates, MessageSource messages) {
		this.course = course;
		this.bank = bank;
		this.certificates = certificates;
		this.messages = messages;
	}

	record ModuleJson(int number, String title) {
	}

	record CourseJson(String code, String title, int passMark, List<ModuleJson> modules) {
	}

	@GetMapping("/courses/{code}")
	CourseJson course(@PathVariable String code, Locale locale) {
		requireA1(code);
		return new CourseJson(A1Course.CODE, messages.getMessage("course.title", null, locale), CourseScoring.PASS_MARK,
				course.modules().stream().map(m -> new ModuleJson(m.number(), m.title().value())).toList());
	}

	@PostMapping("/courses/{code}/enrolment")
	ResponseEntity<Map<String, Object>> enrol(@PathVariable String code) {
		requireA1(code);
		boolean created = course.enrol(Actor.require());
		return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(Map.of("enrolled", true));
	}

	record ChoiceJson(String id, String text, Boolean correct) {
	}

	record QuestionJson(String id, String text, Map<String, String> texts, List<ChoiceJson> choices) {

		static QuestionJson withAnswers(Question q) {
			return new QuestionJson(q.id(), q.text(), q.texts(),
					q.choices().stream().map(c -> new ChoiceJson(c.id(), c.text(), c.correct())).toList());
		}
	}

	record Items<T>(List<T> items) {
	}

	record NewChoiceRequest(String text, Map<String, String> texts, Boolean correct) {
	}

	record NewQuestionRequest(String text, Map<String, String> texts, List<NewChoiceRequest> choices) {

		QuestionBank.NewQuestion form() {
			return new QuestionBank.NewQuestion(text, texts, choices == null ? null
					: choices.stream().map(c -> c == null ? null : new QuestionBank.NewChoice(c.text(), c.texts(), c.correct())).toList());
		}
	}

	@GetMapping("/courses/{code}/modules/{n}/questions")
	Items<QuestionJson> questions(@PathVariable String code, @PathVariable int n) {
		requireA1(code);
		return new Items<>(bank.bank(Actor.require(), n).stream().map(QuestionJson::withAnswers).toList());
	}

	@PostMapping("/courses/{code}/modules/{n}/questions")
	@ResponseStatus(HttpStatus.CREATED)
	QuestionJson addQuestion(@PathVariable String code, @PathVariable int n, @RequestBody NewQuestionRequest body) {
		requireA1(code);
		return QuestionJson.withAnswers(bank.add(Actor.require(), n, body.form()));
	}

	/** Takes a question out of its bank (the secretariat; attempts that drew it keep it). */
	@DeleteMapping("/course-questions/{id}")
	ResponseEntity<Void> retire(@PathVariable String id) {
		bank.retire(Actor.require(), id);
		return ResponseEntity.noContent().build();
	}

	record AskedChoiceJson(String id, String text) {
	}

	record AskedQuestionJson(String id, String text, List<AskedChoiceJson> choices) {
	}

	record AttemptJson(String id, int module, List<AskedQuestionJson> questions) {

		static AttemptJson of(A1Course.AttemptView v) {
			return new AttemptJson(v.attempt().id(), v.attempt().module(), v.questions().stream()
				.map(q -> new AskedQuestionJson(q.id(), q.text().value(),
						q.choices().stream().map(c -> new AskedChoiceJson(c.id(), c.text().value())).toList()))
				.toList());
		}
	}

	@PostMapping("/courses/{code}/modules/{n}/attempts")
	@ResponseStatus(HttpStatus.CREATED)
	AttemptJson start(@PathVariable String code, @PathVariable int n) {
		requireA1(code);
		return AttemptJson.of(course.start(Actor.require(), n));
	}

	record AnswerJson(String questionId, String choiceId) {
	}

	record AnswersRequest(List<AnswerJson> answers) {
	}

	record ResultJson(int score, int correct, int total) {
	}

	@PostMapping("/quiz-attempts/{id}/answers")
	ResultJson answer(@PathVariable String id, @RequestBody AnswersRequest body) {
		List<A1Course.Answer> answers = body.answers() == null ? null
				: body.answers().stream().map(a -> a == null ? null : new A1Course.Answer(a.questionId(), a.choiceId())).toList();
		A1Course.Result r = course.submit(Actor.require(), id, answers);
		return new ResultJson(r.score(), r.correct(), r.total());
	}

	record CertificateRef(String code, LocalDate issuedOn) {
	}

	record ModuleScoreJson(int number, Integer bestScore) {
	}

	record ProgressJson(List<ModuleScoreJson> modules, Integer overall, CertificateRef certificate) {
	}

	@GetMapping("/courses/{code}/progress")
	ProgressJson progress(@PathVariable String code) {
		requireA1(code);
		A1Course.Progress p = course.progress(Actor.require());
		Certificate c = p.certificate();
		return new ProgressJson(p.modules().stream().map(m -> new ModuleScoreJson(m.number(), m.bestScore())).toList(),
				p.overall(), c == null ? null : new CertificateRef(c.code(), c.issuedOn()));
	}

	record CertificateJson(String code, String name, String course, LocalDate issuedOn, boolean valid, LocalDate revokedOn) {

		static CertificateJson of(Certificate c) {
			return new CertificateJson(c.code(), c.holderName(), A1Course.CODE, c.issuedOn(), c.valid(), c.revokedOn());
		}
	}

	@GetMapping(path = "/certificates/{code}", produces = { MediaType.APPLICATION_JSON_VALUE, "application/*+json" })
	CertificateJson certificate(@PathVariable String code) {
		return CertificateJson.of(certificates.find(code).orElseThrow(Problem::notFound));
	}

	@GetMapping(path = "/certificates/{code}", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> certificatePdf(@PathVariable String code) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		certificates.write(code, out);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"certificate-" + code.replaceAll("[^A-Za-z0-9]", "") + ".pdf\"")
			.body(out.toByteArray());
	}

	record RevocationRequest(String reason) {
	}

	/** The secretariat revokes a certificate with a reason; the verification page then says so. */
	@PostMapping("/certificates/{code}/revocation")
	CertificateJson revoke(@PathVariable String code, @RequestBody RevocationRequest body) {
		return CertificateJson.of(certificates.revoke(Actor.require(), code, body.reason()));
	}

	private static void requireA1(String code) {
		if (!A1Course.CODE.equals(code)) {
			throw Problem.notFound();
		}
	}
}
