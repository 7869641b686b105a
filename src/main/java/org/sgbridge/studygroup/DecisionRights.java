package org.sgbridge.studygroup;

import java.util.Collection;
import java.util.Set;

import org.sgbridge.platform.Problem;
import org.springframework.modulith.NamedInterface;

/**
 * The one answer to "may this participant take part in decision-making?" (DOMAIN.md, terms of
 * reference rule 3). An SME under the pilot has no role in decisions: whoever takes part for any
 * organisation of kind SME holds no leadership role and takes no position and makes no comment on a
 * decision, for any organisation, whatever the procedure. Otherwise: chairs, vice-chairs and working party
 * chairs come from Administrations and Sector Members; rapporteurs and associate rapporteurs also
 * from Associates and Academia; positions are taken for Administrations and Sector Members, and
 * comments also for Associates and Academia; an SME association takes no part.
 */
@NamedInterface("api")
public final class DecisionRights {

	/** The answer, with the problem slug of a refusal. */
	public enum Verdict {
		ALLOWED(null), SME_NO_DECISION_ROLE("sme-no-decision-role"), NOT_ENTITLED("not-entitled");

		private final String slug;

		Verdict(String slug) {
			this.slug = slug;
		}

		/** Throws the refusal (422 with its slug) unless allowed. */
		public void orRefuse() {
			if (this != ALLOWED) {
				throw Problem.rule(slug);
			}
		}

		/**
		 * Throws the refusal unless allowed, a refusal as {@code not-entitled} saying which rule with
		 * {@code notEntitledKey} (an SME's refusal keeps the terms of reference's own words).
		 */
		public void orRefuse(String notEntitledKey, Object... args) {
			if (this == NOT_ENTITLED) {
				throw Problem.refusal(slug, notEntitledKey, args);
			}
			orRefuse();
		}

		public String slug() {
			return slug;
		}
	}

	/**
	 * Refuses, naming the rule, unless a person who takes part for organisations of these kinds may
	 * hold this role: 422 {@code sme-no-decision-role} or {@code not-entitled}.
	 */
	public static void requireMayHold(Role role, Collection<String> organizationKinds) {
		boolean rapporteur = role == Role.RAPPORTEUR || role == Role.ASSOCIATE_RAPPORTEUR;
		mayHold(role, organizationKinds).orRefuse(rapporteur ? "decisionrights.role.rapporteur" : "decisionrights.role.chair");
	}

	/**
	 * Refuses, naming the rule, unless a person who takes part for organisations of {@code callerKinds}
	 * may take a position (or, when {@code commentOnly}, comment) for an organisation of this kind.
	 */
	public static void requireMayDecide(String organizationKind, Collection<String> callerKinds, boolean commentOnly) {
		if (callerKinds.contains("SME")) {
			throw Problem.refusal(Verdict.SME_NO_DECISION_ROLE.slug(), "decisionrights.sme-staff");
		}
		Verdict verdict = commentOnly ? mayComment(organizationKind) : mayTakePosition(organizationKind);
		verdict.orRefuse((commentOnly ? "decisionrights.comment." : "decisionrights.position.") + organizationKind);
	}

	/** Leadership roles in a study group. */
	public enum Role {
		CHAIR, VICE_CHAIR, WORKING_PARTY_CHAIR, RAPPORTEUR, ASSOCIATE_RAPPORTEUR
	}

	private static final Set<String> CHAIRS_FROM = Set.of("ADMINISTRATION", "SECTOR_MEMBER");
	private static final Set<String> RAPPORTEURS_FROM = Set.of("ADMINISTRATION", "SECTOR_MEMBER", "ASSOCIATE", "ACADEMIA");
	private static final Set<String> POSITIONS_FROM = Set.of("ADMINISTRATION", "SECTOR_MEMBER");
	private static final Set<String> COMMENTS_FROM = Set.of("ADMINISTRATION", "SECTOR_MEMBER", "ASSOCIATE", "ACADEMIA");

	private DecisionRights() {
	}

	/** May a person, who takes part for organisations of these kinds, hold this role? */
	public static Verdict mayHold(Role role, Collection<String> organizationKinds) {
		if (organizationKinds.contains("SME")) {
			return Verdict.SME_NO_DECISION_ROLE;
		}
		Set<String> from = role == Role.RAPPORTEUR || role == Role.ASSOCIATE_RAPPORTEUR ? RAPPORTEURS_FROM : CHAIRS_FROM;
		return organizationKinds.stream().anyMatch(from::contains) ? Verdict.ALLOWED : Verdict.NOT_ENTITLED;
	}

	/**
	 * May a person, who takes part for organisations of {@code callerKinds}, take a position for an
	 * organisation of this kind? Someone on an SME's staff may not, for any organisation, their
	 * Administration's included: an SME's staff may sit in a national delegation but not decide for it.
	 */
	public static Verdict mayTakePosition(String organizationKind, Collection<String> callerKinds) {
		return callerKinds.contains("SME") ? Verdict.SME_NO_DECISION_ROLE : mayTakePosition(organizationKind);
	}

	/** May a person, who takes part for organisations of {@code callerKinds}, comment for an organisation of this kind? */
	public static Verdict mayComment(String organizationKind, Collection<String> callerKinds) {
		return callerKinds.contains("SME") ? Verdict.SME_NO_DECISION_ROLE : mayComment(organizationKind);
	}

	/** May an organisation of this kind take a position (support, objection, abstention) on a decision? */
	public static Verdict mayTakePosition(String organizationKind) {
		if ("SME".equals(organizationKind)) {
			return Verdict.SME_NO_DECISION_ROLE;
		}
		return POSITIONS_FROM.contains(organizationKind) ? Verdict.ALLOWED : Verdict.NOT_ENTITLED;
	}

	/** May an organisation of this kind comment on a decision (during a Last Call or at the meeting)? */
	public static Verdict mayComment(String organizationKind) {
		if ("SME".equals(organizationKind)) {
			return Verdict.SME_NO_DECISION_ROLE;
		}
		return COMMENTS_FROM.contains(organizationKind) ? Verdict.ALLOWED : Verdict.NOT_ENTITLED;
	}
}
