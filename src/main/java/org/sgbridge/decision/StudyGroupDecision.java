package org.sgbridge.decision;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.sgbridge.platform.Act;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.sgbridge.studygroup.DecisionRights;

/**
 * A decision of a study group (the consent, determination, approval or agreement of a text), as the
 * secretariat records it, and the positions organisations take on it. Its rules: a subject, one of
 * the three procedures with a step it has (by default its first: consent under AAP, determination
 * under TAP), every field at fault named at once; a position is SUPPORT, OBJECT or ABSTAIN, or a
 * comment alone, taken only as {@link DecisionRights} allows (an SME has no part in decisions) and
 * only by an organisation that takes part in the group. Each change raises its {@link DecisionEvent};
 * {@link Decisions} saves it and publishes them.
 */
final class StudyGroupDecision {

	static final List<String> PROCEDURES = List.of("AAP", "TAP", "CONSENSUS");
	static final List<String> STEPS = List.of("CONSENT", "DETERMINATION", "APPROVAL", "ADOPTION", "AGREEMENT");
	static final List<String> POSITIONS = List.of("SUPPORT", "OBJECT", "ABSTAIN");

	private final String id;
	private final String studyGroup;
	private final String meetingId;
	private final String subject;
	private final String procedure;
	private final String step;
	private final String outcome;
	private final LocalDate decidedOn;
	private final List<String> inputs;
	private final List<DecisionEvent> events = new ArrayList<>();

	private StudyGroupDecision(String id, String studyGroup, String meetingId, String subject, String procedure,
			String step, String outcome, LocalDate decidedOn, List<String> inputs) {
		this.id = id;
		this.studyGroup = studyGroup;
		this.meetingId = meetingId;
		this.subject = subject;
		this.procedure = procedure;
		this.step = step;
		this.outcome = outcome;
		this.decidedOn = decidedOn;
		this.inputs = List.copyOf(inputs);
	}

	/** A recorded decision, as far as taking a position on it needs. */
	static StudyGroupDecision of(String id, String studyGroup) {
		return new StudyGroupDecision(id, studyGroup, null, null, null, null, null, null, List.of());
	}

	/**
	 * Records a decision as the secretariat enters it. {@code found} holds what the caller found
	 * wrong while looking up the group, the meeting and the input contributions; with the rules of
	 * the fields themselves, every field at fault is named at once (400 {@code invalid-input}).
	 */
	static StudyGroupDecision record(Decisions.NewDecision form, List<String> inputIds, List<Problem.FieldProblem> found,
			Act act) {
		List<Problem.FieldProblem> problems = new ArrayList<>(found);
		String subject = form.subject() == null ? "" : form.subject().trim();
		if (subject.isEmpty()) {
			problems.add(new Problem.FieldProblem("subject", "validation.NotBlank"));
		}
		else if (subject.length() > 500) {
			problems.add(new Problem.FieldProblem("subject", "validation.Size", 500, 1));
		}
		String procedure = upper(form.procedure());
		if (!PROCEDURES.contains(procedure)) {
			problems.add(new Problem.FieldProblem("procedure", "validation.procedure"));
		}
		String step = form.step() == null || form.step().isBlank() ? firstStep(procedure) : upper(form.step());
		if (!STEPS.contains(step)) {
			problems.add(new Problem.FieldProblem("step", "validation.step"));
		}
		String outcome = form.outcome() == null || form.outcome().isBlank() ? null : upper(form.outcome());
		if (outcome != null && outcome.length() > 20) {
			problems.add(new Problem.FieldProblem("outcome", "validation.Size", 20, 0));
		}
		LocalDate decidedOn = null;
		if (form.decidedOn() != null && !form.decidedOn().isBlank()) {
			try {
				decidedOn = Dates.parse(form.decidedOn());
			}
			catch (DateTimeParseException e) {
				problems.add(new Problem.FieldProblem("decidedOn", "validation.date"));
			}
		}
		if (!problems.isEmpty()) {
			throw Problem.invalidInput(problems);
		}
		String meetingId = form.meetingId() == null || form.meetingId().isBlank() ? null : form.meetingId();
		StudyGroupDecision decision = new StudyGroupDecision(UUID.randomUUID().toString(), form.studyGroup(), meetingId,
				subject, procedure, step, outcome, decidedOn, inputIds);
		decision.events.add(new DecisionEvent.Recorded(decision.id, decision.studyGroup, act));
		return decision;
	}

	/** The first step of a procedure: consent under AAP, determination under TAP, agreement otherwise. */
	static String firstStep(String procedure) {
		return switch (procedure) {
			case "AAP" -> "CONSENT";
			case "TAP" -> "DETERMINATION";
			default -> "AGREEMENT";
		};
	}

	/** An organisation's position on the decision (null: a comment alone), as it is to be saved. */
	record Position(String id, String organizationId, String position, String comment) {
	}

	/** The organisation that takes a position, as the rules need it. */
	record Organization(String id, String name, String kind, String country, boolean takesPartInTheGroup) {
	}

	/**
	 * An organisation takes a position or only comments. {@code organization} is null when the caller
	 * did not find it ({@code found} then names the field); {@code callerKinds} are the kinds of the
	 * organisations the person acting takes part for (someone on an SME's staff decides for none).
	 */
	Position takePosition(Organization organization, List<String> callerKinds, String position, String comment,
			List<Problem.FieldProblem> found, Act act) {
		List<Problem.FieldProblem> problems = new ArrayList<>(found);
		String value = position == null || position.isBlank() ? null : upper(position);
		String text = comment == null || comment.isBlank() ? null : comment.trim();
		if (value != null && !POSITIONS.contains(value)) {
			problems.add(new Problem.FieldProblem("position", "validation.position"));
		}
		else if (value == null && text == null) {
			problems.add(new Problem.FieldProblem("position", "validation.position"));
		}
		if (text != null && text.length() > 4000) {
			problems.add(new Problem.FieldProblem("comment", "validation.Size", 4000, 0));
		}
		if (!problems.isEmpty()) {
			throw Problem.invalidInput(problems);
		}
		DecisionRights.requireMayDecide(organization.kind(), callerKinds, value == null);
		if (!organization.takesPartInTheGroup()) {
			throw Problem.refusal("not-entitled", "decisionrights.group", organization.name(), studyGroup);
		}
		Position taken = new Position(UUID.randomUUID().toString(), organization.id(), value, text);
		events.add(new DecisionEvent.PositionTaken(taken.id(), id, studyGroup, organization.id(), value, text,
				organization.country(), act));
		return taken;
	}

	/** The events raised since the decision was loaded, handed over once to be published. */
	List<DecisionEvent> pullEvents() {
		List<DecisionEvent> raised = List.copyOf(events);
		events.clear();
		return raised;
	}

	String id() {
		return id;
	}

	String studyGroup() {
		return studyGroup;
	}

	String meetingId() {
		return meetingId;
	}

	String subject() {
		return subject;
	}

	String procedure() {
		return procedure;
	}

	String step() {
		return step;
	}

	String outcome() {
		return outcome;
	}

	LocalDate decidedOn() {
		return decidedOn;
	}

	List<String> inputs() {
		return inputs;
	}

	private static String upper(String value) {
		return value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
	}
}
