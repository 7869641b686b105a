package org.sgbridge.bsg.course;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The course's arithmetic (API.md "The A.1 course"): a quiz asks min(10, bank size) questions; its
 * score is floor(100 × right / asked); the overall score is the floor of the mean of the modules'
 * best scores, once every module has one; the certificate is issued from the pass mark.
 */
public final class CourseScoring {

	public static final int MODULES = 6;
	public static final int QUESTIONS_PER_QUIZ = 10;
	public static final int PASS_MARK = 80;

	private CourseScoring() {
	}

	public static int questionsToAsk(int bankSize) {
		return Math.min(QUESTIONS_PER_QUIZ, bankSize);
	}

	public static int score(int right, int asked) {
		if (asked <= 0 || right < 0 || right > asked) {
			throw new IllegalArgumentException("right " + right + " of " + asked);
		}
		return Math.floorDiv(100 * right, asked);
	}

	/** The best of a module's scores, if it has any. */
	public static OptionalInt best(Collection<Integer> scores) {
		return scores.stream().filter(Objects::nonNull).mapToInt(Integer::intValue).max();
	}

	/** The floor of the mean of the six best scores; empty while a module has none. */
	public static OptionalInt overall(List<Integer> bestPerModule) {
		if (bestPerModule.size() != MODULES || bestPerModule.stream().anyMatch(Objects::isNull)) {
			return OptionalInt.empty();
		}
		int sum = bestPerModule.stream().mapToInt(Integer::intValue).sum();
		return OptionalInt.of(Math.floorDiv(sum, MODULES));
	}

	public static boolean passes(OptionalInt overall) {
		return overall.isPresent() && overall.getAsInt() >= PASS_MARK;
	}
}
