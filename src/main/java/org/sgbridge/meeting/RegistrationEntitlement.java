package org.sgbridge.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

import org.sgbridge.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.modulith.NamedInterface;

/**
 * Who may register for a meeting, and when (API.md "Entitlement"): while registration is open, in a
 * way the meeting offers; delegates of an Administration for any meeting; Sector Members and
 * Academia for the meetings of their sectors; an Associate for its study group's; an SME only for
 * the pilot groups it is approved for, while the pilot runs; an SME association for workshops;
 * anyone signed in, with or without an organisation, for trainings and forums. The one place of these rules: the registration refuses with them, and the pages mark
 * with them, before anyone submits, what a person may not register for. A refusal names the rule
 * that applies ("ASTEM is approved for ITU-T SG16 and ITU-D SG2; ITU-T SG17 is not in the pilot").
 */
@NamedInterface("api")
public final class RegistrationEntitlement {

	private RegistrationEntitlement() {
	}

	/**
	 * What the policy needs to know of an organisation: its kind, sectors and study groups, and for
	 * an SME where it stands in the pilot (whether the pilot runs, its groups, the groups the SME is
	 * approved for and those its request awaits).
	 */
	public record Entity(String id, String name, String kind, List<String> sectors, List<String> studyGroups,
			boolean pilotOpen, List<String> pilotGroups, Set<String> approvedPilotGroups, Set<String> awaitingPilotGroups,
			Set<String> suspendedSectors) {

		public Entity {
			suspendedSectors = Set.copyOf(suspendedSectors);
		}

		/** An organisation whose membership is suspended nowhere. */
		public Entity(String id, String name, String kind, List<String> sectors, List<String> studyGroups,
				boolean pilotOpen, List<String> pilotGroups, Set<String> approvedPilotGroups, Set<String> awaitingPilotGroups) {
			this(id, name, kind, sectors, studyGroups, pilotOpen, pilotGroups, approvedPilotGroups, awaitingPilotGroups, Set.of());
		}
	}

	/**
	 * Why one may not register: the API's slug, the message that names the rule with its arguments
	 * (days, lists and message codes are written in the reader's language), and, where one can do
	 * something about it, the next step (an address and its label's message key).
	 */
	public record Refusal(String slug, String messageKey, List<Object> args, String nextHref, String nextLabelKey) {

		public Refusal {
			args = List.copyOf(args);
		}

		static Refusal of(String slug, String messageKey, Object... args) {
			return new Refusal(slug, messageKey, List.of(args), null, null);
		}

		Refusal next(String href, String labelKey) {
			return new Refusal(slug, messageKey, args, href, labelKey);
		}

		/** The refusal as the API and the services raise it: 422 with its slug and this message. */
		public Problem problem() {
			return new Problem(HttpStatus.valueOf(422), slug, messageKey, args.toArray());
		}
	}

	/**
	 * A person's standing for a meeting, over all the organisations it takes part for: those it may
	 * register for, or why it may not (one refusal for the meeting, or one per organisation).
	 */
	public record Verdict(List<String> organizations, List<Refusal> refusals, boolean withoutOrganization,
			List<String> payingOrganizations) {

		public Verdict {
			organizations = List.copyOf(organizations);
			refusals = List.copyOf(refusals);
			payingOrganizations = List.copyOf(payingOrganizations);
		}

		public Verdict(List<String> organizations, List<Refusal> refusals, boolean withoutOrganization) {
			this(organizations, refusals, withoutOrganization, List.of());
		}

		public Verdict(List<String> organizations, List<Refusal> refusals) {
			this(organizations, refusals, false);
		}

		/** Whether one registers for this organisation by paying the meeting's fee (pay-as-you-go). */
		public boolean pays(String organizationId) {
			return payingOrganizations.contains(organizationId);
		}

		/** One may register: for one of {@link #organizations}, or (a training or forum) for none. */
		public boolean eligible() {
			return !organizations.isEmpty() || withoutOrganization;
		}
	}

	/** Whether this organisation is entitled to the meeting, registration dates and modes aside. */
	public static boolean entitled(Entity entity, Meeting meeting) {
		return entitlement(entity, meeting).isEmpty();
	}

	/** Why registration is not open on that day, if it is not: not yet, or no more. */
	public static Optional<Refusal> window(Meeting meeting, LocalDate day) {
		if (day.isBefore(meeting.registrationOpens())) {
			return Optional.of(Refusal.of("registration-closed", "meeting.refusal.not-yet-open", meeting.registrationOpens()));
		}
		if (day.isAfter(meeting.registrationCloses())) {
			return Optional.of(Refusal.of("registration-closed", "meeting.refusal.closed", meeting.registrationCloses()));
		}
		return Optional.empty();
	}

	/** Why the meeting does not take this way of taking part, if it does not. */
	public static Optional<Refusal> mode(Meeting meeting, Registration.Mode mode) {
		if (mode == Registration.Mode.REMOTE && !meeting.remoteParticipation()) {
			return Optional.of(Refusal.of("mode-not-offered", "meeting.refusal.remote-not-offered"));
		}
		if (mode == Registration.Mode.IN_PERSON && meeting.isVirtual()) {
			return Optional.of(Refusal.of("mode-not-offered", "meeting.refusal.in-person-not-offered"));
		}
		return Optional.empty();
	}

	/**
	 * Whether registering this way counts the seats taken (in person, at a meeting with a capacity):
	 * only then must registrations for the meeting wait for one another while they count.
	 */
	public static boolean countsSeats(Meeting meeting, Registration.Mode mode) {
		return mode == Registration.Mode.IN_PERSON && meeting.capacity() != null;
	}

	/**
	 * The room's capacity: to come in person a seat must be free (409 {@code meeting-full}). The
	 * caller counts the seats taken under the meeting's lock; they are counted only when the rule
	 * needs them (in person, at a meeting with a capacity).
	 */
	public static Optional<Problem> capacity(Meeting meeting, Registration.Mode mode, LongSupplier seatsTaken) {
		if (!countsSeats(meeting, mode)) {
			return Optional.empty();
		}
		return seatsTaken.getAsLong() >= meeting.capacity() ? Optional.of(Problem.conflict("meeting-full")) : Optional.empty();
	}

	/**
	 * Whether this organisation may take part in the meeting by paying its fee (pay-as-you-go): a
	 * company that is not a member, or an SME not entitled otherwise (outside the pilot, or for a group
	 * it is not approved for), at a meeting of a study group that has a fee.
	 */
	public static boolean payAsYouGo(Entity e, Meeting meeting, java.math.BigDecimal fee) {
		return fee != null && !meeting.kind().isOpenEvent() && ("COMPANY".equals(e.kind()) || "SME".equals(e.kind()))
				&& entitlement(e, meeting).isPresent();
	}

	/** Why this organisation is not entitled to the meeting, if it is not, naming the rule. */
	public static Optional<Refusal> entitlement(Entity e, Meeting meeting) {
		String group = groupName(meeting.studyGroup());
		if (e.suspendedSectors().contains(meeting.sector())) {
			return Optional.of(Refusal.of("membership-suspended", "meeting.refusal.membership-suspended", e.name(),
					meeting.sector()));
		}
		return switch (e.kind()) {
			case "ADMINISTRATION" -> Optional.empty();
			case "SECTOR_MEMBER", "ACADEMIA" -> e.sectors().contains(meeting.sector()) ? Optional.empty()
					: Optional.of(e.sectors().isEmpty()
							? Refusal.of("not-entitled", "meeting.refusal.sector.none", e.name())
							: Refusal.of("not-entitled", "meeting.refusal.sector." + e.kind(), e.name(),
									e.sectors().stream().sorted().toList(), meeting.sector()));
			case "ASSOCIATE" -> e.studyGroups().contains(meeting.studyGroup()) ? Optional.empty()
					: Optional.of(e.studyGroups().isEmpty()
							? Refusal.of("not-entitled", "meeting.refusal.associate.none", e.name())
							: Refusal.of("not-entitled", "meeting.refusal.associate", e.name(), groupNames(e.studyGroups()), group));
			case "SME" -> sme(e, meeting, group);
			case "ASSOCIATION" -> meeting.kind() == Meeting.Kind.WORKSHOP || meeting.kind() == Meeting.Kind.TRAINING
					? Optional.empty() : Optional.of(Refusal.of("not-entitled", "meeting.refusal.association", e.name()));
			case "COMPANY" -> Optional.of(Refusal.of("not-entitled", "meeting.refusal.company", e.name()));
			default -> Optional.of(Refusal.of("not-entitled", "meeting.refusal.not-entitled", e.name()));
		};
	}

	private static Optional<Refusal> sme(Entity e, Meeting meeting, String group) {
		String code = meeting.studyGroup();
		if (e.pilotOpen() && e.approvedPilotGroups().contains(code) && e.pilotGroups().contains(code)) {
			return Optional.empty();
		}
		if (!e.pilotOpen()) {
			return Optional.of(Refusal.of("not-entitled", "meeting.refusal.pilot-closed", e.name()));
		}
		List<String> approved = groupNames(e.approvedPilotGroups());
		if (!e.pilotGroups().contains(code)) {
			return Optional.of(approved.isEmpty()
					? Refusal.of("not-entitled", "meeting.refusal.sme-not-in-pilot.none", e.name(), groupNames(e.pilotGroups()), group)
					: Refusal.of("not-entitled", "meeting.refusal.sme-not-in-pilot", e.name(), approved, group));
		}
		if (e.awaitingPilotGroups().contains(code)) {
			return Optional.of(Refusal.of("not-entitled", "meeting.refusal.sme-awaiting", e.name(), group)
				.next("/pilot", "meeting.refusal.next.waiting"));
		}
		return Optional.of((approved.isEmpty()
				? Refusal.of("not-entitled", "meeting.refusal.sme-not-asked.none", e.name(), group)
				: Refusal.of("not-entitled", "meeting.refusal.sme-not-asked", e.name(), approved, group))
			.next("/pilot", "meeting.refusal.next.request"));
	}

	/**
	 * The first reason why this organisation may not register for the meeting on that day in that
	 * mode (none given: in any mode the meeting offers), in the order the registration checks them.
	 */
	public static Optional<Refusal> refusal(Entity entity, Meeting meeting, Registration.Mode mode, LocalDate day) {
		Optional<Refusal> refusal = window(meeting, day);
		if (refusal.isEmpty() && mode != null) {
			refusal = mode(meeting, mode);
		}
		return refusal.isPresent() ? refusal : entitlement(entity, meeting);
	}

	/** A person's verdict for the meeting on that day, over the organisations it takes part for (no fee). */
	public static Verdict verdict(List<Entity> organizations, Meeting meeting, LocalDate day) {
		return verdict(organizations, meeting, day, null);
	}

	/**
	 * A person's verdict for the meeting on that day, over the organisations it takes part for; with
	 * the meeting's {@code fee}, those that may take part by paying it (pay-as-you-go) may register too.
	 */
	public static Verdict verdict(List<Entity> organizations, Meeting meeting, LocalDate day, java.math.BigDecimal fee) {
		if (meeting.kind().isOpenEvent()) {
			// Trainings and forums: anyone signed in, for any of its organisations or for none.
			return window(meeting, day).map(closed -> new Verdict(List.of(), List.of(closed)))
				.orElseGet(() -> new Verdict(organizations.stream().map(Entity::id).toList(), List.of(), true));
		}
		if (organizations.isEmpty()) {
			return new Verdict(List.of(), List.of(Refusal.of("not-entitled", "meeting.refusal.no-organization")
				.next("/pilot#h-new-company", "meeting.refusal.next.company")));
		}
		Optional<Refusal> closed = window(meeting, day);
		if (closed.isPresent()) {
			return new Verdict(List.of(), List.of(closed.get()));
		}
		List<String> may = new ArrayList<>();
		List<String> paying = new ArrayList<>();
		List<Refusal> refusals = new ArrayList<>();
		for (Entity e : organizations) {
			Optional<Refusal> refused = entitlement(e, meeting);
			if (refused.isEmpty()) {
				may.add(e.id());
			}
			else if (payAsYouGo(e, meeting, fee)) {
				may.add(e.id());
				paying.add(e.id());
			}
			else {
				refusals.add(refused.get());
			}
		}
		return may.isEmpty() ? new Verdict(List.of(), refusals) : new Verdict(may, List.of(), false, paying);
	}

	/** A study group as people write it: "ITU-T SG16" for the code {@code ITU-T-SG16}. */
	public static String groupName(String code) {
		return code == null ? "" : code.replaceFirst("-(SG\\d+)$", " $1");
	}

	private static List<String> groupNames(java.util.Collection<String> codes) {
		return codes.stream().sorted().map(RegistrationEntitlement::groupName).toList();
	}
}
