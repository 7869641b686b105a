package org.sgbridge.bsg.course;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Languages;
import org.sgbridge.platform.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The question bank of each module, kept by the secretariat: read with the right answers, a
 * question added (two choices or more, exactly one correct, English required, nothing saved
 * otherwise) or taken out of the bank (it stays for the attempts that drew it).
 */
@org.springframework.modulith.NamedInterface("api")
@Service
@Transactional
public class QuestionBank {

	static final int TEXT_LIMIT = 2000;
	static final int CHOICE_LIMIT = 1000;

	private final CourseContent content;
	private final Clock clock;

	QuestionBank(CourseContent content, Clock clock) {
		this.content = content;
		this.clock = clock;
	}

	/** A question as entered: the English text, optional translations by language, and the choices. */
	public record NewQuestion(String text, Map<String, String> texts, List<NewChoice> choices) {
	}

	public record NewChoice(String text, Map<String, String> texts, Boolean correct) {
	}

	@Transactional(readOnly = true)
	public List<Question> bank(Actor actor, int module) {
		requireBankKeeper(actor);
		A1Course.requireModule(module);
		return content.bank(module);
	}

	public Question add(Actor actor, int module, NewQuestion form) {
		requireBankKeeper(actor);
		A1Course.requireModule(module);
		Question question = validated(module, form);
		content.insertQuestion(question, clock.instant(), actor.accountId());
		return question;
	}

	/** Takes a question out of its bank (404 when it is not in a bank). */
	public Question retire(Actor actor, String questionId) {
		requireBankKeeper(actor);
		Question question = content.question(questionId).orElseThrow(Problem::notFound);
		if (!content.retire(questionId, clock.instant(), actor.accountId())) {
			throw Problem.notFound();
		}
		return question;
	}

	/**
	 * Replaces a question of the bank by its corrected version: the old one is retired (attempts
	 * that drew it keep it), the new one takes its place. Returns the new question.
	 */
	public Question replace(Actor actor, String questionId, NewQuestion form) {
		requireBankKeeper(actor);
		Question old = content.question(questionId).orElseThrow(Problem::notFound);
		Question question = validated(old.module(), form);
		if (!content.retire(questionId, clock.instant(), actor.accountId())) {
			throw Problem.notFound();
		}
		content.insertQuestion(question, clock.instant(), actor.accountId());
		return question;
	}

	@Transactional(readOnly = true)
	public Question find(Actor actor, String questionId) {
		requireBankKeeper(actor);
		return content.question(questionId).orElseThrow(Problem::notFound);
	}

	private static void requireBankKeeper(Actor actor) {
		if (!CourseAccess.mayKeepBank(actor)) {
			throw Problem.forbidden("secretariat");
		}
	}

	/** The question of a form, or 400 {@code invalid-input} naming every field at fault. */
	static Question validated(int module, NewQuestion form) {
		List<Problem.FieldProblem> problems = new ArrayList<>();
		String text = text(form == null ? null : form.text(), "text", TEXT_LIMIT, problems);
		Map<String, String> texts = translations(form == null ? null : form.texts(), "texts", TEXT_LIMIT, problems);
		List<NewChoice> given = form == null || form.choices() == null ? List.of() : form.choices();
		List<Question.Choice> choices = new ArrayList<>();
		int correct = 0;
		for (int i = 0; i < given.size(); i++) {
			NewChoice c = given.get(i);
			String field = "choices[" + i + "]";
			if (c == null) {
				problems.add(new Problem.FieldProblem(field + ".text", "validation.NotBlank"));
				continue;
			}
			String choiceText = text(c.text(), field + ".text", CHOICE_LIMIT, problems);
			Map<String, String> choiceTexts = translations(c.texts(), field + ".texts", CHOICE_LIMIT, problems);
			boolean right = Boolean.TRUE.equals(c.correct());
			if (right) {
				correct++;
			}
			choices.add(new Question.Choice(UUID.randomUUID().toString(), choiceText, choiceTexts, right));
		}
		if (given.size() < 2) {
			problems.add(new Problem.FieldProblem("choices", "validation.course.twoChoices"));
		}
		else if (correct == 0) {
			problems.add(new Problem.FieldProblem("choices", "validation.course.noCorrect"));
		}
		else if (correct > 1) {
			problems.add(new Problem.FieldProblem("choices", "validation.course.oneCorrect"));
		}
		if (!problems.isEmpty()) {
			throw Problem.invalidInput(problems);
		}
		return new Question(UUID.randomUUID().toString(), module, text, texts, choices);
	}

	private static String text(String value, String field, int limit, List<Problem.FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			problems.add(new Problem.FieldProblem(field, "validation.NotBlank"));
			return null;
		}
		if (value.strip().length() > limit) {
			problems.add(new Problem.FieldProblem(field, "validation.maxLength", limit));
			return null;
		}
		return value.strip();
	}

	private static Map<String, String> translations(Map<String, String> given, String field, int limit,
			List<Problem.FieldProblem> problems) {
		if (given == null) {
			return Map.of();
		}
		Map<String, String> kept = new java.util.LinkedHashMap<>();
		for (var e : given.entrySet()) {
			String language = e.getKey();
			if (!Languages.CODES.contains(language) || Text.ENGLISH.equals(language)) {
				problems.add(new Problem.FieldProblem(field, "validation.course.language"));
				continue;
			}
			if (e.getValue() == null || e.getValue().isBlank()) {
				continue;
			}
			if (e.getValue().strip().length() > limit) {
				problems.add(new Problem.FieldProblem(field + "." + language, "validation.maxLength", limit));
				continue;
			}
			kept.put(language, e.getValue().strip());
		}
		return kept;
	}
}
