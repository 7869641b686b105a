package org.sgbridge.bsg.course;

import java.time.Instant;
import java.util.List;

/**
 * A quiz taken by a learner: the questions drawn for it, in their order, and, once submitted
 * (only once), the choice given for each and the score.
 */
public record Attempt(String id, String accountId, int module, Instant startedAt, Instant submittedAt, Integer correct,
		int total, Integer score, List<Drawn> questions) {

	public Attempt {
		questions = List.copyOf(questions);
	}

	public boolean submitted() {
		return submittedAt != null;
	}

	/** A question drawn for the attempt and the choice given ({@code null} until submitted, or unanswered). */
	public record Drawn(String questionId, String choiceId) {
	}
}
