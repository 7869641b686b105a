package org.sgbridge.bsg.course;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import org.sgbridge.platform.Act;
import org.sgbridge.platform.AccountLocales;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Languages;
import org.sgbridge.platform.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The A.1 course for its learners: the modules and their content, enrolment, quizzes drawn at
 * random from each module's bank and scored once, progress (the best score per module, the overall
 * score) and the certificate of achievement, issued as soon as the overall score reaches the pass
 * mark (once per learner).
 */
@org.springframework.modulith.NamedInterface("api")
@Service
@Transactional
public class A1Course {

	public static final String CODE = "A1";

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final CourseContent content;
	private final LearnerRecords records;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final org.springframework.beans.factory.ObjectProvider<AccountLocales> locales;

	A1Course(CourseContent content, LearnerRecords records, ApplicationEventPublisher events, Clock clock,
			org.springframework.beans.factory.ObjectProvider<AccountLocales> locales) {
		this.content = content;
		this.records = records;
		this.events = events;
		this.clock = clock;
		this.locales = locales;
	}

	/** A module in a language. */
	public record ModuleView(int number, Text title) {
	}

	/** A content page in a language: its title and paragraphs, in the language of {@code title}'s. */
	public record PageView(Text title, List<String> paragraphs) {
	}

	/**
	 * A question of an attempt as the learner sees it, without the right answer; once submitted, the
	 * choice given and whether it was right.
	 */
	public record AskedQuestion(String id, Text text, List<AskedChoice> choices, String chosen, Boolean right) {
	}

	public record AskedChoice(String id, Text text) {
	}

	/** An attempt as its owner sees it. */
	public record AttemptView(Attempt attempt, ModuleView module, List<AskedQuestion> questions) {
	}

	public record Answer(String questionId, String choiceId) {
	}

	/** The result of a submission, and the certificate when this submission issued it. */
	public record Result(int score, int correct, int total, Certificate issued) {
	}

	/** The best score of each module ({@code null} until there is one), the overall score, the certificate. */
	public record Progress(List<ModuleScore> modules, Integer overall, Certificate certificate) {
	}

	public record ModuleScore(int number, Integer bestScore) {
	}

	static void requireModule(int module) {
		if (module < 1 || module > CourseScoring.MODULES) {
			throw Problem.notFound();
		}
	}

	private static String language() {
		return LocaleContextHolder.getLocale().getLanguage();
	}

	@Transactional(readOnly = true)
	public List<ModuleView> modules() {
		String language = language();
		return content.modules().stream().map(m -> new ModuleView(m.number(), m.title(language))).toList();
	}

	@Transactional(readOnly = true)
	public ModuleView module(int number) {
		requireModule(number);
		return modules().get(number - 1);
	}

	/** The module's content pages, each in the request's language where translated (English otherwise). */
	@Transactional(readOnly = true)
	public List<PageView> pages(int module) {
		requireModule(module);
		String language = language();
		List<PageView> pages = new ArrayList<>();
		for (CourseContent.Page p : content.pages(module)) {
			Text title = Text.of(p.title(), p.titles(), language);
			List<String> translated = p.translatedParagraphs().get(language);
			boolean both = translated != null && title.unofficial();
			pages.add(both ? new PageView(title, translated)
					: new PageView(new Text(p.title(), Text.ENGLISH), p.paragraphs()));
		}
		return pages;
	}

	/** Enrols the signed-in account; false when it was enrolled already. */
	public boolean enrol(Actor actor) {
		return records.enrol(actor.accountId(), Dates.today(clock), clock.instant());
	}

	@Transactional(readOnly = true)
	public boolean enrolled(Actor actor) {
		return records.enrolled(actor.accountId());
	}

	/** Starts a quiz of min(10, bank size) questions drawn at random; 422 {@code not-enrolled}. */
	public AttemptView start(Actor actor, int module) {
		requireModule(module);
		requireEnrolled(actor);
		List<String> bank = new ArrayList<>(content.bankIds(module));
		if (bank.isEmpty()) {
			throw Problem.notFound();
		}
		Collections.shuffle(bank, RANDOM);
		List<Attempt.Drawn> drawn = bank.subList(0, CourseScoring.questionsToAsk(bank.size())).stream()
			.map(id -> new Attempt.Drawn(id, null)).toList();
		Attempt attempt = new Attempt(UUID.randomUUID().toString(), actor.accountId(), module, clock.instant(), null, null,
				drawn.size(), null, drawn);
		records.insertAttempt(attempt);
		return view(attempt);
	}

	/** An attempt, for its owner only. */
	@Transactional(readOnly = true)
	public AttemptView attempt(Actor actor, String attemptId) {
		return view(owned(actor, attemptId));
	}

	/**
	 * Scores the attempt, once (409 {@code already-submitted}); an unanswered question is wrong; an
	 * answer naming a question or choice that is not the attempt's is 400 {@code invalid-input}.
	 * Issues the certificate when the overall score reaches the pass mark for the first time.
	 */
	public Result submit(Actor actor, String attemptId, List<Answer> answers) {
		Attempt attempt = owned(actor, attemptId);
		if (attempt.submitted()) {
			throw Problem.conflict("already-submitted");
		}
		if (answers == null) {
			throw Problem.invalidField("answers", "validation.NotNull");
		}
		Map<String, Question> questions = new HashMap<>();
		content.questions(attempt.questions().stream().map(Attempt.Drawn::questionId).toList())
			.forEach(q -> questions.put(q.id(), q));
		List<Problem.FieldProblem> problems = new ArrayList<>();
		Map<String, String> chosen = new HashMap<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < answers.size(); i++) {
			Answer a = answers.get(i);
			Question q = a == null ? null : questions.get(a.questionId());
			if (q == null || !seen.add(q.id())) {
				problems.add(new Problem.FieldProblem("answers[" + i + "].questionId", "validation.course.notThisAttempt"));
				continue;
			}
			if (a.choiceId() == null || a.choiceId().isBlank()) {
				continue;
			}
			if (q.choices().stream().noneMatch(c -> c.id().equals(a.choiceId()))) {
				problems.add(new Problem.FieldProblem("answers[" + i + "].choiceId", "validation.course.notThisQuestion"));
				continue;
			}
			chosen.put(q.id(), a.choiceId());
		}
		if (!problems.isEmpty()) {
			throw Problem.invalidInput(problems);
		}
		int right = 0;
		for (var e : chosen.entrySet()) {
			Question q = questions.get(e.getKey());
			if (q.choices().stream().anyMatch(c -> c.correct() && c.id().equals(e.getValue()))) {
				right++;
			}
		}
		int score = CourseScoring.score(right, attempt.total());
		if (!records.score(attempt.id(), chosen, right, score, clock.instant())) {
			throw Problem.conflict("already-submitted");
		}
		return new Result(score, right, attempt.total(), issueIfPassed(actor));
	}

	/** The learner's progress; 422 {@code not-enrolled}. */
	@Transactional(readOnly = true)
	public Progress progress(Actor actor) {
		requireEnrolled(actor);
		Map<Integer, Integer> best = records.bestScores(actor.accountId());
		List<ModuleScore> modules = new ArrayList<>();
		List<Integer> bests = new ArrayList<>();
		for (int n = 1; n <= CourseScoring.MODULES; n++) {
			modules.add(new ModuleScore(n, best.get(n)));
			bests.add(best.get(n));
		}
		OptionalInt overall = CourseScoring.overall(bests);
		return new Progress(modules, overall.isPresent() ? overall.getAsInt() : null,
				records.certificateOf(actor.accountId()).orElse(null));
	}

	/** The course's figures over a period, for the BSG report: enrolments by their day, certificates by their day of issue. */
	public record Figures(long enrolments, long certificates) {
	}

	@Transactional(readOnly = true)
	public Figures figures(java.time.LocalDate from, java.time.LocalDate to) {
		long[] counts = records.counts(from, to);
		return new Figures(counts[0], counts[1]);
	}

	private Certificate issueIfPassed(Actor actor) {
		List<Integer> bests = new ArrayList<>();
		Map<Integer, Integer> best = records.bestScores(actor.accountId());
		for (int n = 1; n <= CourseScoring.MODULES; n++) {
			bests.add(best.get(n));
		}
		OptionalInt overall = CourseScoring.overall(bests);
		if (!CourseScoring.passes(overall) || records.certificateOf(actor.accountId()).isPresent()) {
			return null;
		}
		// the holder's language: the account's, else the one it is using
		AccountLocales store = locales.getIfAvailable();
		String language = (store == null ? java.util.Optional.<java.util.Locale>empty() : store.localeOf(actor.getName()))
			.flatMap(l -> Languages.supported(l.toLanguageTag()))
			.or(() -> Languages.supported(language()))
			.orElse(Languages.DEFAULT)
			.getLanguage();
		// issued by the platform on its own when the pass mark is reached, not by a person
		Act act = Act.system(clock);
		Certificate certificate = new Certificate(newCode(), actor.accountId(), actor.name(), language, overall.getAsInt(),
				Dates.today(clock), act.at(), false, null, null, null);
		if (!records.insertCertificate(certificate)) {
			return null;
		}
		events.publishEvent(new CertificateEvent.Issued(certificate.code(), actor.accountId(), certificate.overall(), act));
		return certificate;
	}

	private static String newCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	private void requireEnrolled(Actor actor) {
		if (!records.enrolled(actor.accountId())) {
			throw Problem.rule("not-enrolled");
		}
	}

	private Attempt owned(Actor actor, String attemptId) {
		Attempt attempt = records.attempt(attemptId).orElseThrow(Problem::notFound);
		if (!CourseAccess.owns(actor, attempt)) {
			throw Problem.forbidden("attempt-owner");
		}
		return attempt;
	}

	private AttemptView view(Attempt attempt) {
		String language = language();
		List<Question> questions = content.questions(attempt.questions().stream().map(Attempt.Drawn::questionId).toList());
		Map<String, String> chosen = new HashMap<>();
		attempt.questions().forEach(d -> {
			if (d.choiceId() != null) {
				chosen.put(d.questionId(), d.choiceId());
			}
		});
		List<AskedQuestion> asked = questions.stream()
			.map(q -> new AskedQuestion(q.id(), q.in(language),
					q.choices().stream().map(c -> new AskedChoice(c.id(), c.in(language))).toList(), chosen.get(q.id()),
					!attempt.submitted() ? null
							: q.choices().stream().anyMatch(c -> c.correct() && c.id().equals(chosen.get(q.id())))))
			.toList();
		return new AttemptView(attempt, module(attempt.module()), asked);
	}
}
