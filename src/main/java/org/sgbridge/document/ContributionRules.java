package org.sgbridge.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.sgbridge.platform.Problem;

/**
 * Who may submit, revise and withdraw a contribution, and why not: one policy that the service
 * obeys when it acts and the pages ask before they offer a form, so that what a page says and what
 * the service does never differ. Each refusal is a {@link Reason} with its message key
 * ({@code document.refusal.<code>}) and arguments; the first one decides the API's answer.
 */
public final class ContributionRules {

	private ContributionRules() {
	}

	/** Where the person's registration for the meeting stands (its latest, a validated one first). */
	public enum Registration {
		VALIDATED, PENDING_VALIDATION, REJECTED, CANCELLED, NONE
	}

	/**
	 * One of the person's organisations, as the meeting's entitlement judges it ({@code entitled});
	 * for an SME, the pilot groups it is approved for.
	 */
	public record Organization(String name, String kind, boolean entitled, Set<String> approvedPilotGroups) {

		boolean isSme() {
			return "SME".equals(kind);
		}
	}

	/** What the rule for submitting needs to know. */
	public record SubmissionFacts(LocalDate today, LocalDate deadline, String studyGroup, boolean pilotGroup,
			Registration registration, List<Organization> organizations) {
	}

	/**
	 * A refusal: {@code access} when the person may not take part in the meeting's documents at all
	 * (the API's 403), otherwise a rule of the meeting (422).
	 */
	public record Reason(String code, boolean access, List<Object> args) {

		public Reason {
			args = List.copyOf(args);
		}

		public String messageKey() {
			return "document.refusal." + code;
		}

		public Object[] arguments() {
			return args.toArray();
		}
	}

	/**
	 * Why the person may not submit a contribution to the meeting, in the order the service checks
	 * (who first, then when); empty when it may. A validated participant of the meeting may, before
	 * the meeting's deadline (the deadline's day included).
	 */
	public static List<Reason> submission(SubmissionFacts f) {
		List<Reason> reasons = new ArrayList<>();
		if (f.studyGroup() == null) {
			// a training or forum of no study group: contributions are numbered and kept by study group
			reasons.add(new Reason("no-study-group", false, List.of()));
			return reasons;
		}
		switch (f.registration()) {
			case VALIDATED -> {
			}
			case PENDING_VALIDATION -> reasons.add(access("registration-pending"));
			case REJECTED -> reasons.add(access("registration-rejected"));
			case CANCELLED -> reasons.add(access("registration-cancelled"));
			case NONE -> reasons.addAll(unregistered(f));
		}
		if (deadlinePassed(f.today(), f.deadline())) {
			reasons.add(new Reason("deadline-passed", false, List.of(f.deadline())));
		}
		return reasons;
	}

	/** Why someone not registered cannot submit: what keeps each of its organisations out of the meeting, or "register first". */
	private static List<Reason> unregistered(SubmissionFacts f) {
		if (f.organizations().isEmpty()) {
			return List.of(access("no-organization"));
		}
		if (f.organizations().stream().anyMatch(Organization::entitled)) {
			return List.of(access("not-registered"));
		}
		Set<Reason> reasons = new LinkedHashSet<>();
		for (Organization o : f.organizations()) {
			if (!o.isSme()) {
				reasons.add(access("not-entitled", o.name(), f.studyGroup()));
			}
			else if (!f.pilotGroup()) {
				reasons.add(access("group-not-in-pilot", o.name(), f.studyGroup()));
			}
			else if (o.approvedPilotGroups().isEmpty()) {
				reasons.add(access("sme-not-approved", o.name()));
			}
			else {
				reasons.add(access("group-not-approved", o.name(), String.join(", ", o.approvedPilotGroups()), f.studyGroup()));
			}
		}
		return List.copyOf(reasons);
	}

	/** What the rules for changing a contribution need to know. */
	public record ChangeFacts(boolean editor, boolean withdrawn, LocalDate today, LocalDate deadline) {
	}

	/**
	 * Why the person may not upload a new version: only the secretariat and the members of a source
	 * may, while the contribution is not withdrawn and before the meeting's deadline.
	 */
	public static List<Reason> revision(ChangeFacts f) {
		List<Reason> reasons = new ArrayList<>();
		if (!f.editor()) {
			reasons.add(access("not-a-source"));
			return reasons;
		}
		if (f.withdrawn()) {
			reasons.add(new Reason("withdrawn", false, List.of()));
		}
		if (deadlinePassed(f.today(), f.deadline())) {
			reasons.add(new Reason("deadline-passed", false, List.of(f.deadline())));
		}
		return reasons;
	}

	/** Why the person may not withdraw it: only the secretariat and the members of a source may, once. */
	public static List<Reason> withdrawal(ChangeFacts f) {
		if (!f.editor()) {
			return List.of(access("not-a-source"));
		}
		return f.withdrawn() ? List.of(new Reason("withdrawn", false, List.of())) : List.of();
	}

	/**
	 * Refuses with the first reason, if any: 403 when the person has no part in the meeting's
	 * documents, 409 {@code already-decided} for a withdrawn contribution, else 422 with the rule.
	 */
	static void enforce(List<Reason> reasons) {
		if (reasons.isEmpty()) {
			return;
		}
		Reason first = reasons.get(0);
		if (first.access()) {
			throw Problem.forbidden();
		}
		throw "withdrawn".equals(first.code()) ? Problem.conflict("already-decided") : Problem.rule(first.code());
	}

	static boolean deadlinePassed(LocalDate today, LocalDate deadline) {
		return deadline != null && today.isAfter(deadline);
	}

	private static Reason access(String code, Object... args) {
		return new Reason(code, true, List.of(args));
	}
}
