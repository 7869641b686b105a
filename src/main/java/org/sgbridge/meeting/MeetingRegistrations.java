package org.sgbridge.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sgbridge.account.AccountManagement;
import org.sgbridge.directory.FocalPoints;
import org.sgbridge.directory.Memberships;
import org.sgbridge.directory.Organization;
import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.pilot.AdmissionManagement;
import org.sgbridge.pilot.PilotStanding;
import org.sgbridge.platform.Act;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.springframework.modulith.NamedInterface;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration for meetings: a participant registers itself for one of its organisations; the
 * responsible focal point validates (the Administration's DFPs for its delegates and its country's
 * SMEs, the entity's own focal points otherwise); in-person places never oversell. Each change
 * raises a {@link RegistrationEvent}, which the audit trail records and the notification module
 * turns into mail; the daily digest is a {@link ValidationDigestDue} per focal point.
 */
@NamedInterface("api")
@Service
@Transactional
public class MeetingRegistrations {

	private final Registrations registrations;
	private final Meetings meetings;
	private final OrganizationDirectory organizations;
	private final FocalPoints focalPoints;
	private final AdmissionManagement admissions;
	private final AccountManagement accounts;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final ValidationQueue queue;
	private final Memberships memberships;
	private final MeetingFees fees;
	private final org.springframework.beans.factory.ObjectProvider<RegistrationCharges> charges;
	private final org.springframework.beans.factory.ObjectProvider<MembershipStanding> standing;

	MeetingRegistrations(Registrations registrations, Meetings meetings, OrganizationDirectory organizations,
			FocalPoints focalPoints, AdmissionManagement admissions, AccountManagement accounts,
			ApplicationEventPublisher events, Clock clock, ValidationQueue queue, Memberships memberships, MeetingFees fees,
			org.springframework.beans.factory.ObjectProvider<RegistrationCharges> charges,
			org.springframework.beans.factory.ObjectProvider<MembershipStanding> standing) {
		this.fees = fees;
		this.charges = charges;
		this.standing = standing;
		this.queue = queue;
		this.memberships = memberships;
		this.registrations = registrations;
		this.meetings = meetings;
		this.organizations = organizations;
		this.focalPoints = focalPoints;
		this.admissions = admissions;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	public Registration register(Actor actor, String meetingId, String organizationId, String mode, boolean visa) {
		Meeting meeting = meetings.find(meetingId).orElseThrow(Problem::notFound);
		Registration.Mode chosen = parseMode(mode);
		if (meeting.kind().isOpenEvent()) {
			return registerForOpenEvent(actor, meeting, organizationId, chosen);
		}
		Organization organization = organizations.find(organizationId)
			.orElseThrow(() -> Problem.invalidField("organizationId", "validation.organization"));
		if (!organizations.isMember(actor.accountId(), organizationId)) {
			throw Problem.forbidden("register-member", organization.name());
		}
		// The rules that the pages show before anyone submits: dates, modes, entitlement (one policy);
		// an organisation not entitled may still take part by paying the meeting's fee (pay-as-you-go).
		RegistrationEntitlement.window(meeting, Dates.today(clock))
			.or(() -> RegistrationEntitlement.mode(meeting, chosen))
			.ifPresent(refusal -> {
				throw refusal.problem();
			});
		RegistrationEntitlement.Entity entity = entities(List.of(organization)).get(0);
		java.util.Optional<RegistrationEntitlement.Refusal> notEntitled = RegistrationEntitlement.entitlement(entity, meeting);
		java.math.BigDecimal fee = notEntitled.isPresent() ? fees.of(meetingId).orElse(null) : null;
		boolean paying = notEntitled.isPresent() && RegistrationEntitlement.payAsYouGo(entity, meeting, fee)
				&& charges.getIfAvailable() != null;
		if (notEntitled.isPresent() && !paying) {
			throw notEntitled.get().problem();
		}
		// Who validates is looked up before the meeting's row is locked: registrations for the meeting
		// wait for one another only while seats are counted and the registration written, and only
		// where seats are counted (a second registration of the same person is refused by the
		// registration's unique key whether the meeting is locked or not).
		Registration.Context context = context(meeting, organization);
		List<String> validators = context.focalPoints().isEmpty() ? accounts.secretariatIds() : context.focalPoints();
		if (RegistrationEntitlement.countsSeats(meeting, chosen)) {
			registrations.lockMeeting(meetingId);
		}
		if (registrations.isRegistered(meetingId, actor.accountId())) {
			// Said before "full": the seat a person already holds is not one they are refused.
			throw Problem.conflict("already-registered");
		}
		RegistrationEntitlement.capacity(meeting, chosen, () -> registrations.seatsTaken(meetingId)).ifPresent(full -> {
			throw full;
		});
		Act act = Act.of(actor, Act.member(organizationId), clock);
		if (paying) {
			Registration r = Registration.registerPayAsYouGo(meetingId, actor.accountId(), organizationId, chosen, visa,
					context, validators, act);
			r.invoicedBy(charges.getObject().invoice(new RegistrationCharges.Charge(r.id(), meetingId, meeting.title(),
					meeting.startDate(), organizationId, actor.accountId(), fee, meeting.registrationCloses())));
			return registrations.insert(r);
		}
		// Beyond the first registration of a day for the same organisation, the focal points get the daily digest.
		boolean firstToday = registrations.pendingSince(organizationId, act.at().minus(java.time.Duration.ofDays(1))) == 0;
		return registrations.insert(Registration.register(meetingId, actor.accountId(), organizationId, chosen, visa,
				context, validators, firstToday, act));
	}

	/** Whether a registration of this id exists. */
	@Transactional(readOnly = true)
	public boolean exists(String registrationId) {
		return registrations.find(registrationId).isPresent();
	}

	/**
	 * The invoice of a pay-as-you-go registration was paid (the invoicing module says so when the
	 * payment is booked): it goes on to validation by its focal points, who are told as for a new
	 * registration. A registration no longer waiting for its payment (cancelled meanwhile, or moved
	 * on already) is left as it is and answered as it is.
	 */
	public Registration paymentReceived(String registrationId) {
		Registration r = registrations.find(registrationId).orElseThrow(Problem::notFound);
		if (r.status() != Registration.Status.PENDING_PAYMENT) {
			return r;
		}
		Organization organization = organizations.find(r.organizationId()).orElse(null);
		Registration.Context context = context(r, organization);
		List<String> validators = context.focalPoints().isEmpty() ? accounts.secretariatIds() : context.focalPoints();
		Act act = Act.system(clock);
		boolean firstToday = registrations.pendingSince(r.organizationId(), act.at().minus(java.time.Duration.ofDays(1))) == 0;
		r.paymentReceived(act, context, firstToday, validators);
		registrations.save(r, act.actorId(), act.at());
		return r;
	}

	/**
	 * Pay-as-you-go registrations still unpaid: reminded once when their meeting's registration closes
	 * within three days, and cancelled (reason {@code unpaid}) once it has closed. Answers how many were
	 * cancelled.
	 */
	public int settleUnpaid() {
		LocalDate today = Dates.today(clock);
		for (Registration r : registrations.where(
				"WHERE status = 'PENDING_PAYMENT' AND payment_reminded_on IS NULL"
						+ " AND meeting_id IN (SELECT id FROM meeting WHERE registration_closes BETWEEN :today AND :soon)",
				Map.of("today", today, "soon", today.plusDays(3)))) {
			Meeting meeting = meetings.find(r.meetingId()).orElseThrow();
			registrations.markPaymentReminded(r.id(), today);
			events.publishEvent(new PaymentReminderDue(r.id(), r.accountId(), r.invoiceId(), meeting.title(),
					meeting.registrationCloses()));
		}
		int cancelled = 0;
		for (Registration r : registrations.where("WHERE status = 'PENDING_PAYMENT'"
				+ " AND meeting_id IN (SELECT id FROM meeting WHERE registration_closes < :today)", Map.of("today", today))) {
			Organization organization = organizations.find(r.organizationId()).orElse(null);
			Act act = Act.system(clock);
			r.cancelUnpaid(act, context(r, organization));
			registrations.save(r, act.actorId(), act.at());
			cancelled++;
		}
		return cancelled;
	}

	/**
	 * A training or forum: anyone signed in, for one of its organisations or none (an organisation
	 * named must exist, 400, and have the person as a member, 403); registration dates, modes and
	 * capacity hold as for any meeting; validated at once.
	 */
	private Registration registerForOpenEvent(Actor actor, Meeting meeting, String organizationId, Registration.Mode chosen) {
		String orgId = organizationId == null || organizationId.isBlank() ? null : organizationId.trim();
		Organization organization = orgId == null ? null : organizations.find(orgId)
			.orElseThrow(() -> Problem.invalidField("organizationId", "validation.organization"));
		if (organization != null && !organizations.isMember(actor.accountId(), orgId)) {
			throw Problem.forbidden("register-member", organization.name());
		}
		LocalDate today = Dates.today(clock);
		RegistrationEntitlement.window(meeting, today)
			.or(() -> RegistrationEntitlement.mode(meeting, chosen))
			.ifPresent(refusal -> {
				throw refusal.problem();
			});
		if (RegistrationEntitlement.countsSeats(meeting, chosen)) {
			registrations.lockMeeting(meeting.id());
		}
		if (registrations.isRegistered(meeting.id(), actor.accountId())) {
			throw Problem.conflict("already-registered");
		}
		RegistrationEntitlement.capacity(meeting, chosen, () -> registrations.seatsTaken(meeting.id())).ifPresent(full -> {
			throw full;
		});
		Act act = Act.of(actor, orgId == null ? Act.PARTICIPANT : Act.member(orgId), clock);
		return registrations.insert(Registration.registerOpen(meeting.id(), actor.accountId(), orgId, chosen,
				context(meeting, organization), act));
	}

	/** What the entitlement policy needs of these organisations (the pilot asked once for all the SMEs among them). */
	private List<RegistrationEntitlement.Entity> entities(List<Organization> list) {
		List<String> smes = list.stream().filter(Organization::isSme).map(Organization::id).toList();
		Map<String, PilotStanding> pilot = smes.isEmpty() ? Map.of() : admissions.standing(smes);
		List<String> members = list.stream().filter(o -> o.kind() == Organization.Kind.SECTOR_MEMBER
				|| o.kind() == Organization.Kind.ASSOCIATE || o.kind() == Organization.Kind.ACADEMIA).map(Organization::id).toList();
		MembershipStanding membership = members.isEmpty() ? null : standing.getIfAvailable();
		Map<String, Set<String>> suspended = membership == null ? Map.of() : membership.suspendedSectors(members);
		Map<String, Set<String>> ended = membership == null ? Map.of() : membership.endedSectors(members);
		return list.stream().map(o -> {
			PilotStanding p = pilot.get(o.id());
			// a membership whose notice of cancellation took effect no longer entitles in its sector
			Set<String> gone = ended.getOrDefault(o.id(), Set.of());
			List<String> sectors = o.sectors().stream().filter(sector -> !gone.contains(sector)).toList();
			List<String> groups = o.studyGroups().stream().filter(g -> gone.stream().noneMatch(g::startsWith)).toList();
			return new RegistrationEntitlement.Entity(o.id(), o.name(), o.kind().name(), sectors, groups,
					p != null && p.open(), p == null ? List.of() : p.pilotGroups(), p == null ? Set.of() : p.approved(),
					p == null ? Set.of() : p.awaiting(), suspended.getOrDefault(o.id(), Set.of()));
		}).toList();
	}

	/**
	 * What a person sees of these meetings before registering: the organisations it takes part for,
	 * for each meeting whether it may register and for which organisations, or why not (the rules of
	 * {@link #register}, from {@link RegistrationEntitlement}), and its own registrations that count.
	 * A fixed number of queries, whatever the number of meetings.
	 */
	@Transactional(readOnly = true)
	public Outlook outlook(Actor actor, java.util.Collection<Meeting> shown) {
		List<String> ids = memberships.of(actor.accountId()).stream().map(Memberships.Membership::id).toList();
		Map<String, Organization> found = organizations.findAll(ids);
		List<Organization> mine = ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
		List<RegistrationEntitlement.Entity> entities = entities(mine);
		LocalDate today = Dates.today(clock);
		Map<String, RegistrationEntitlement.Verdict> verdicts = new java.util.HashMap<>();
		boolean payable = entities.stream().anyMatch(e -> "COMPANY".equals(e.kind()) || "SME".equals(e.kind()));
		Map<String, java.math.BigDecimal> fee = payable && charges.getIfAvailable() != null
				? fees.of(shown.stream().map(Meeting::id).distinct().toList()) : Map.of();
		shown.forEach(m -> verdicts.put(m.id(), RegistrationEntitlement.verdict(entities, m, today, fee.get(m.id()))));
		Map<String, Registration> registered = new java.util.HashMap<>();
		List<String> meetingIds = shown.stream().map(Meeting::id).distinct().toList();
		if (!meetingIds.isEmpty()) {
			registrations.where("WHERE account_id = :a AND meeting_id IN (:m) AND active_key IS NOT NULL",
					Map.of("a", actor.accountId(), "m", meetingIds)).forEach(r -> registered.put(r.meetingId(), r));
		}
		return new Outlook(mine, verdicts, registered);
	}

	/**
	 * A person's outlook on a list of meetings: its organisations (by name), a verdict per meeting id
	 * and its registration per meeting id, where it holds one that counts (pending or validated).
	 */
	public record Outlook(List<Organization> organizations, Map<String, RegistrationEntitlement.Verdict> verdicts,
			Map<String, Registration> registrations) {

		public RegistrationEntitlement.Verdict verdict(String meetingId) {
			return verdicts.get(meetingId);
		}

		public Registration registration(String meetingId) {
			return registrations.get(meetingId);
		}
	}

	/** The focal points who validate a registration for this organisation (none without one: a training's). */
	List<String> responsibleFor(Organization organization) {
		if (organization == null) {
			return List.of();
		}
		return switch (organization.kind()) {
			// an SME, and a company taking part by paying (pay-as-you-go), are its country's DFPs' to validate
			case SME, COMPANY -> focalPoints.ofState(organization.country());
			default -> focalPoints.current(organization.id());
		};
	}

	/** What a registration's events tell of its meeting and organisation, and who validates it. */
	private Registration.Context context(Meeting meeting, Organization organization) {
		if (organization == null) {
			return new Registration.Context(meeting.title(), meeting.startDate(), meeting.remoteDetails(), null, null,
					List.of(), null);
		}
		return new Registration.Context(meeting.title(), meeting.startDate(), meeting.remoteDetails(), organization.name(),
				organization.country(), responsibleFor(organization), focalPointRole(organization));
	}

	private Registration.Context context(Registration r, Organization organization) {
		return context(meetings.find(r.meetingId()).orElseThrow(), organization);
	}

	/** The role under which an organisation's responsible focal points act: its state's DFPs, or its own focal points. */
	private static String focalPointRole(Organization organization) {
		if (organization == null) {
			return null;
		}
		return switch (organization.kind()) {
			case SME, COMPANY, ADMINISTRATION -> Act.dfp(organization.country());
			default -> Act.focalPoint(organization.id());
		};
	}

	/** The responsible focal point validates or rejects (with a reason); where there is none, the secretariat may. */
	public Registration decide(Actor actor, String registrationId, String decision, String reason) {
		Registration r = registrations.find(registrationId).orElseThrow(Problem::notFound);
		Organization organization = organizations.find(r.organizationId()).orElse(null);
		List<String> responsible = responsibleFor(organization);
		boolean allowed = responsible.contains(actor.accountId()) || (responsible.isEmpty() && actor.isSecretariat());
		if (!allowed) {
			throw new Problem(org.springframework.http.HttpStatus.FORBIDDEN, "forbidden", "problem.not-responsible.detail");
		}
		String choice = decision == null ? "" : decision.trim().toUpperCase(Locale.ROOT);
		Act act = responsible.contains(actor.accountId()) ? Act.of(actor, focalPointRole(organization), clock)
				: Act.ofStaff(actor, clock);
		Registration.Context context = context(r, organization);
		switch (choice) {
			case "APPROVE", "VALIDATE" -> r.validate(act, context);
			case "REJECT" -> r.reject(act, context, reason);
			default -> throw Problem.invalidField("decision", "validation.decision");
		}
		registrations.save(r, actor.accountId(), act.at());
		return r;
	}

	/** Decides several registrations at once; each answer says what became of one. */
	public List<BulkResult> decideAll(Actor actor, List<String> ids, String decision, String reason) {
		List<BulkResult> results = new ArrayList<>();
		for (String id : new LinkedHashSet<>(ids)) {
			try {
				results.add(new BulkResult(id, decide(actor, id, decision, reason).status().name(), null, null));
			}
			catch (Problem problem) {
				results.add(new BulkResult(id, null, problem.slug(), problem));
			}
		}
		return results;
	}

	/**
	 * What became of one registration in a bulk decision: its new status, or the refusal's slug (and,
	 * for the pages, the refusal itself, which names the rule).
	 */
	public record BulkResult(String id, String status, String problem,
			@com.fasterxml.jackson.annotation.JsonIgnore Problem refusal) {
	}

	/**
	 * The daily digest: each focal point with registrations that arrived in the last day beyond the
	 * first one of their organisation gets one mail that says how many wait.
	 */
	public int sendDigests() {
		Instant since = clock.instant().minus(java.time.Duration.ofDays(1));
		int sent = 0;
		for (String accountId : focalPoints.allCurrent()) {
			Actor fp = accounts.find(accountId).map(a -> new Actor(a.id(), a.email(), a.name(), a.roles())).orElse(null);
			if (fp == null) {
				continue;
			}
			List<Entry> waiting = toValidate(fp);
			long recent = waiting.stream().filter(e -> e.registration().createdAt().isAfter(since)).count();
			if (recent >= 2) {
				events.publishEvent(new ValidationDigestDue(accountId, recent, waiting.size()));
				sent++;
			}
		}
		return sent;
	}

	/** The participant, or a responsible focal point, cancels. */
	public Registration cancel(Actor actor, String registrationId) {
		Registration r = registrations.find(registrationId).orElseThrow(Problem::notFound);
		Organization organization = organizations.find(r.organizationId()).orElse(null);
		boolean participant = r.accountId().equals(actor.accountId());
		boolean focalPoint = responsibleFor(organization).contains(actor.accountId());
		if (!participant && !focalPoint && !actor.isSecretariat()) {
			throw Problem.forbidden("cancel-registration");
		}
		Meeting meeting = meetings.find(r.meetingId()).orElseThrow();
		refuseAfterTheMeeting(meeting);
		Act act = participant ? Act.of(actor, memberRole(r), clock)
				: focalPoint ? Act.of(actor, focalPointRole(organization), clock) : Act.ofStaff(actor, clock);
		r.cancel(act, context(meeting, organization));
		registrations.save(r, actor.accountId(), act.at());
		return r;
	}

	/** A meeting that has ended keeps its registrations as they were: 422 {@code meeting-ended}. */
	private void refuseAfterTheMeeting(Meeting meeting) {
		if (meeting.endDate().isBefore(Dates.today(clock))) {
			throw Problem.rule("meeting-ended");
		}
	}

	/** The participant changes between in person and remote; a seat must be free to come in person. */
	public Registration changeMode(Actor actor, String registrationId, String mode) {
		Registration r = registrations.find(registrationId).orElseThrow(Problem::notFound);
		if (!r.accountId().equals(actor.accountId())) {
			throw Problem.forbidden("change-mode");
		}
		Registration.Mode chosen = parseMode(mode);
		Meeting meeting = meetings.find(r.meetingId()).orElseThrow();
		refuseAfterTheMeeting(meeting);
		RegistrationEntitlement.mode(meeting, chosen).ifPresent(refusal -> {
			throw refusal.problem();
		});
		if (chosen == r.mode()) {
			return r;
		}
		if (RegistrationEntitlement.countsSeats(meeting, chosen)) {
			registrations.lockMeeting(meeting.id());
		}
		RegistrationEntitlement.capacity(meeting, chosen, () -> registrations.seatsTaken(meeting.id())).ifPresent(full -> {
			throw full;
		});
		Act act = Act.of(actor, memberRole(r), clock);
		r.changeMode(chosen, act, context(meeting, organizations.find(r.organizationId()).orElse(null)));
		registrations.save(r, actor.accountId(), act.at());
		return r;
	}

	/** A registration by its verification code, for the public verification of a letter. */
	@Transactional(readOnly = true)
	java.util.Optional<Registration> byCodePublic(String code) {
		return registrations.byCode(code);
	}

	@Transactional(readOnly = true)
	public Registration find(Actor actor, String registrationId) {
		Registration r = registrations.find(registrationId).orElseThrow(Problem::notFound);
		boolean allowed = r.accountId().equals(actor.accountId()) || actor.isSecretariat()
				|| responsibleFor(organizations.find(r.organizationId()).orElse(null)).contains(actor.accountId());
		if (!allowed) {
			throw Problem.notFound();
		}
		return r;
	}

	/** The organisation for which the account takes part in the meeting, if its registration is validated. */
	@Transactional(readOnly = true)
	public java.util.Optional<String> validatedFor(String accountId, String meetingId) {
		return registrations.where("WHERE meeting_id = :m AND account_id = :a AND status = 'VALIDATED'",
				Map.of("m", meetingId, "a", accountId)).stream().map(Registration::organizationId).findFirst();
	}

	/** A validated participant, as the list shows it. */
	public record Participant(String name, String organization, String country, String mode) {
	}

	@Transactional(readOnly = true)
	public List<Participant> participants(String meetingId) {
		meetings.find(meetingId).orElseThrow(Problem::notFound);
		List<Registration> validated = registrations.where("WHERE meeting_id = :m AND status = 'VALIDATED' ORDER BY created_at",
				Map.of("m", meetingId));
		Map<String, String> names = accounts.names(validated.stream().map(Registration::accountId).toList());
		Map<String, Organization> orgs = organizations.findAll(validated.stream().map(Registration::organizationId).toList());
		return validated.stream()
			.map(r -> {
				Organization o = r.organizationId() == null ? null : orgs.get(r.organizationId());
				return new Participant(names.getOrDefault(r.accountId(), ""), o == null ? "" : o.name(),
						o == null ? null : o.country(), r.mode().name());
			})
			.sorted(java.util.Comparator.comparing(Participant::name))
			.toList();
	}

	/** A registration with what a list shows of it. */
	public record Entry(Registration registration, Meeting meeting, String participant, String organization) {
	}

	/** The actor's own registrations, newest meeting first. */
	@Transactional(readOnly = true)
	public List<Entry> mine(Actor actor) {
		return entriesOf(registrations.where("WHERE account_id = :a ORDER BY created_at DESC", Map.of("a", actor.accountId())));
	}

	/** Whether the account validates registrations: the secretariat, and every focal point in office. */
	@Transactional(readOnly = true)
	public boolean mayValidate(Actor actor) {
		return actor.isSecretariat() || !focalPoints.dutiesOf(actor.accountId()).isEmpty();
	}

	/**
	 * The registrations waiting for this focal point's validation (or, where none exists, the
	 * secretariat's), oldest first, in a fixed number of queries whatever their number.
	 */
	@Transactional(readOnly = true)
	public List<Entry> toValidate(Actor actor) {
		return entries(queue.all(actor));
	}

	/** Whether any registration waits for this account's validation. */
	@Transactional(readOnly = true)
	public boolean anyToValidate(Actor actor) {
		return queue.any(actor);
	}

	/**
	 * A page of the registrations waiting for this account's validation, oldest first, narrowed to a
	 * meeting and to words of the participant's or organisation's name (each optional), paged in SQL;
	 * a page past the last is empty, or the last one when {@code lastIfBeyond} (for links kept from
	 * a longer list).
	 */
	@Transactional(readOnly = true)
	public org.sgbridge.platform.web.ListResponse<Entry> toValidate(Actor actor, String meetingId, String q,
			org.sgbridge.platform.web.ListResponse.Paging paging, boolean lastIfBeyond) {
		var page = queue.page(actor, new ValidationQueue.Filter(meetingId, q, null), paging, lastIfBeyond);
		return new org.sgbridge.platform.web.ListResponse<>(entries(page.items()), page.page(), page.size(), page.total());
	}

	/** Those of these registrations that wait for this account's validation, oldest first. */
	@Transactional(readOnly = true)
	public List<Entry> toValidate(Actor actor, java.util.Collection<String> ids) {
		return entries(queue.page(actor, new ValidationQueue.Filter(null, null, ids),
				new org.sgbridge.platform.web.ListResponse.Paging(0, Math.max(1, ids.size())), false).items());
	}

	/**
	 * Those of these registrations that this account is responsible for validating, whatever their
	 * state now (to name, in a refusal, one that someone else decided meanwhile).
	 */
	@Transactional(readOnly = true)
	public List<Entry> responsibleFor(Actor actor, java.util.Collection<String> ids) {
		return entries(queue.page(actor, new ValidationQueue.Filter(null, null, ids, false),
				new org.sgbridge.platform.web.ListResponse.Paging(0, Math.max(1, ids.size())), false).items());
	}

	/** The meetings that have registrations waiting for this account, soonest first, with how many wait. */
	@Transactional(readOnly = true)
	public List<Waiting> meetingsToValidate(Actor actor) {
		Map<String, Long> counts = queue.meetings(actor);
		return meetings.findAll(counts.keySet()).values().stream()
			.sorted(java.util.Comparator.comparing(Meeting::startDate).thenComparing(Meeting::title))
			.map(m -> new Waiting(m, counts.get(m.id())))
			.toList();
	}

	/** A meeting with the number of registrations that wait for someone's validation. */
	public record Waiting(Meeting meeting, long count) {
	}

	private List<Entry> entries(List<ValidationQueue.Row> rows) {
		Map<String, Meeting> byId = meetings.findAll(rows.stream().map(r -> r.registration().meetingId()).toList());
		return rows.stream()
			.map(r -> new Entry(r.registration(), byId.get(r.registration().meetingId()), r.participant(), r.organization()))
			.toList();
	}

	private List<Entry> entriesOf(List<Registration> list) {
		Map<String, String> names = accounts.names(list.stream().map(Registration::accountId).toList());
		Map<String, Organization> orgs = organizations.findAll(list.stream().map(Registration::organizationId).toList());
		Map<String, Meeting> byId = meetings.findAll(list.stream().map(Registration::meetingId).toList());
		return list.stream()
			.map(r -> new Entry(r, byId.get(r.meetingId()), names.getOrDefault(r.accountId(), ""),
					r.organizationId() == null || !orgs.containsKey(r.organizationId()) ? ""
							: orgs.get(r.organizationId()).name()))
			.toList();
	}

	/** The role of the participant acting on its own registration: a member of its organisation, if it has one. */
	private static String memberRole(Registration r) {
		return r.organizationId() == null ? Act.PARTICIPANT : Act.member(r.organizationId());
	}

	private static Registration.Mode parseMode(String mode) {
		try {
			return Registration.Mode.valueOf(mode == null ? "" : mode.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw Problem.invalidField("mode", "validation.mode");
		}
	}
}
