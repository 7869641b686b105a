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
import org.sgbridge.account.AccountView;
import org.sgbridge.directory.FocalPoints;
import org.sgbridge.directory.Organization;
import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.notification.Mailbox;
import org.sgbridge.pilot.AdmissionManagement;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.PublicAddress;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration for meetings: a participant registers itself for one of its organisations; the
 * responsible focal point validates (the Administration's DFPs for its delegates and its country's
 * SMEs, the entity's own focal points otherwise); in-person places never oversell.
 */
@Service
@Transactional
public class MeetingRegistrations {

	private final Registrations registrations;
	private final Meetings meetings;
	private final OrganizationDirectory organizations;
	private final FocalPoints focalPoints;
	private final AdmissionManagement admissions;
	private final AccountManagement accounts;
	private final Mailbox mailbox;
	private final Clock clock;
	private final PublicAddress publicAddress;

	MeetingRegistrations(Registrations registrations, Meetings meetings, OrganizationDirectory organizations,
			FocalPoints focalPoints, AdmissionManagement admissions, AccountManagement accounts, Mailbox mailbox,
			Clock clock, PublicAddress publicAddress) {
		this.registrations = registrations;
		this.meetings = meetings;
		this.organizations = organizations;
		this.focalPoints = focalPoints;
		this.admissions = admissions;
		this.accounts = accounts;
		this.mailbox = mailbox;
		this.clock = clock;
		this.publicAddress = publicAddress;
	}

	public Registration register(Actor actor, String meetingId, String organizationId, String mode, boolean visa) {
		Meeting meeting = meetings.find(meetingId).orElseThrow(Problem::notFound);
		Registration.Mode chosen = parseMode(mode);
		Organization organization = organizations.find(organizationId)
			.orElseThrow(() -> Problem.invalidField("organizationId", "validation.organization"));
		if (!organizations.isMember(actor.accountId(), organizationId)) {
			throw Problem.forbidden("register-member", organization.name());
		}
		LocalDate today = Dates.today(clock);
		if (!meeting.registrationOpenOn(today)) {
			throw Problem.rule("registration-closed");
		}
		if (chosen == Registration.Mode.REMOTE && !meeting.remoteParticipation()
				|| chosen == Registration.Mode.IN_PERSON && meeting.isVirtual()) {
			throw Problem.rule("mode-not-offered");
		}
		RegistrationEntitlement.Entity entity = new RegistrationEntitlement.Entity(organization.kind().name(),
				organization.sectors(), organization.studyGroups(),
				organization.isSme() ? admissions.approvedGroups(organizationId) : Set.of());
		if (!RegistrationEntitlement.entitled(entity, meeting)) {
			throw Problem.rule("not-entitled");
		}
		registrations.lockMeeting(meetingId);
		if (registrations.isRegistered(meetingId, actor.accountId())) {
			// Said before "full": the seat a person already holds is not one they are refused.
			throw Problem.conflict("already-registered");
		}
		if (chosen == Registration.Mode.IN_PERSON && meeting.capacity() != null
				&& registrations.seatsTaken(meetingId) >= meeting.capacity()) {
			throw Problem.conflict("meeting-full");
		}
		List<String> responsible = responsibleFor(organization);
		boolean selfValidated = responsible.contains(actor.accountId());
		Registration registration = registrations.insert(meetingId, actor.accountId(), organizationId, chosen, visa,
				selfValidated ? Registration.Status.VALIDATED : Registration.Status.PENDING_VALIDATION,
				selfValidated ? actor.accountId() : null, clock.instant());
		notifyRegistered(registration, meeting, organization, responsible, selfValidated);
		return registration;
	}

	/** The focal points who validate a registration for this organisation. */
	List<String> responsibleFor(Organization organization) {
		return switch (organization.kind()) {
			case SME -> focalPoints.ofState(organization.country());
			default -> focalPoints.current(organization.id());
		};
	}

	private void notifyRegistered(Registration r, Meeting meeting, Organization organization, List<String> responsible,
			boolean selfValidated) {
		AccountView participant = accounts.find(r.accountId()).orElseThrow();
		String link = publicAddress.url() + "/meetings/registrations";
		// Beyond the first registration of a day for the same organisation, the focal points get the daily digest.
		boolean firstToday = registrations.pendingSince(r.organizationId(), clock.instant().minus(java.time.Duration.ofDays(1))) <= 1;
		if (!selfValidated && firstToday) {
			List<AccountView> recipients = responsible.isEmpty() ? accounts.secretariat()
					: responsible.stream().map(accounts::find).flatMap(java.util.Optional::stream).toList();
			for (AccountView fp : recipients) {
				mailbox.queue(fp.email(), Locale.forLanguageTag(fp.locale()),
						responsible.isEmpty() ? "meeting.no-focal-point" : "meeting.to-validate", fp.name(),
						participant.name(), organization.name(), meeting.title(), link);
			}
		}
		tellParticipant(r, meeting, "meeting.registration." + r.status().name());
	}

	private void tellParticipant(Registration r, Meeting meeting, String template) {
		accounts.find(r.accountId()).ifPresent(p -> mailbox.queue(p.email(), Locale.forLanguageTag(p.locale()), template,
				p.name(), meeting.title(), meeting.startDate().toString(), r.reason() == null ? "" : r.reason(),
				publicAddress.url() + "/meetings/registrations", r.mode() == Registration.Mode.REMOTE ? remoteDetails(r, meeting) : ""));
	}

	/** Remote participants get the connection details by mail once validated. */
	private String remoteDetails(Registration r, Meeting meeting) {
		return r.status() == Registration.Status.VALIDATED && meeting.remoteDetails() != null ? meeting.remoteDetails() : "";
	}

	/** The responsible focal point validates or rejects (with a reason); where there is none, the secretariat may. */
	public Registration decide(Actor actor, String registrationId, String decision, String reason) {
		Registration r = registrations.find(registrationId).orElseThrow(Problem::notFound);
		Organization organization = organizations.find(r.organizationId()).orElseThrow();
		List<String> responsible = responsibleFor(organization);
		boolean allowed = responsible.contains(actor.accountId()) || (responsible.isEmpty() && actor.isSecretariat());
		if (!allowed) {
			throw Problem.forbidden();
		}
		String choice = decision == null ? "" : decision.trim().toUpperCase(Locale.ROOT);
		switch (choice) {
			case "APPROVE", "VALIDATE" -> r.validate(actor.accountId(), clock.instant());
			case "REJECT" -> r.reject(actor.accountId(), clock.instant(), reason);
			default -> throw Problem.invalidField("decision", "validation.decision");
		}
		registrations.save(r, actor.accountId(), clock.instant());
		tellParticipant(r, meetings.find(r.meetingId()).orElseThrow(), "meeting.registration." + r.status().name());
		return r;
	}

	/** Decides several registrations at once; each answer says what became of one. */
	public List<BulkResult> decideAll(Actor actor, List<String> ids, String decision, String reason) {
		List<BulkResult> results = new ArrayList<>();
		for (String id : new LinkedHashSet<>(ids)) {
			try {
				results.add(new BulkResult(id, decide(actor, id, decision, reason).status().name(), null));
			}
			catch (Problem problem) {
				results.add(new BulkResult(id, null, problem.slug()));
			}
		}
		return results;
	}

	/** What became of one registration in a bulk decision: its new status, or the refusal's slug. */
	public record BulkResult(String id, String status, String problem) {
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
				var a = accounts.find(accountId).orElseThrow();
				mailbox.queue(a.email(), Locale.forLanguageTag(a.locale()), "meeting.digest", a.name(), recent, waiting.size(),
						publicAddress.url() + "/meetings/validation");
				sent++;
			}
		}
		return sent;
	}

	/** The participant, or a responsible focal point, cancels. */
	public Registration cancel(Actor actor, String registrationId) {
		Registration r = registrations.find(registrationId).orElseThrow(Problem::notFound);
		boolean participant = r.accountId().equals(actor.accountId());
		boolean focalPoint = responsibleFor(organizations.find(r.organizationId()).orElseThrow()).contains(actor.accountId());
		if (!participant && !focalPoint && !actor.isSecretariat()) {
			throw Problem.forbidden("cancel-registration");
		}
		refuseAfterTheMeeting(meetings.find(r.meetingId()).orElseThrow());
		r.cancel(actor.accountId(), clock.instant());
		registrations.save(r, actor.accountId(), clock.instant());
		tellParticipant(r, meetings.find(r.meetingId()).orElseThrow(), "meeting.registration.CANCELLED");
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
		if (chosen == Registration.Mode.REMOTE && !meeting.remoteParticipation()
				|| chosen == Registration.Mode.IN_PERSON && meeting.isVirtual()) {
			throw Problem.rule("mode-not-offered");
		}
		if (chosen == r.mode()) {
			return r;
		}
		registrations.lockMeeting(meeting.id());
		if (chosen == Registration.Mode.IN_PERSON && meeting.capacity() != null
				&& registrations.seatsTaken(meeting.id()) >= meeting.capacity()) {
			throw Problem.conflict("meeting-full");
		}
		r.changeMode(chosen);
		registrations.save(r, actor.accountId(), clock.instant());
		tellParticipant(r, meeting, "meeting.registration.mode");
		return r;
	}

	/** The secretariat checks a participant in by the code of the badge or letter. */
	public CheckIn checkIn(Actor actor, String code) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		Registration r = registrations.byCode(code)
			.orElseThrow(() -> new Problem(org.springframework.http.HttpStatus.NOT_FOUND, "not-found", "problem.unknown-code.detail"));
		Instant before = r.checkedInAt();
		if (before == null) {
			r.checkIn(clock.instant());
			registrations.save(r, actor.accountId(), clock.instant());
		}
		else {
			r.checkIn(clock.instant());
		}
		return view(r);
	}

	/** A participant as the check-in desk sees it. */
	public record CheckIn(Registration registration, String name, String organization, String meeting) {
	}

	/** A registration by its verification code, for the public verification of a letter. */
	@Transactional(readOnly = true)
	java.util.Optional<Registration> byCodePublic(String code) {
		return registrations.byCode(code);
	}

	@Transactional(readOnly = true)
	public CheckIn lookUp(Actor actor, String code) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		return view(registrations.byCode(code).orElseThrow(Problem::notFound));
	}

	private CheckIn view(Registration r) {
		return new CheckIn(r, accounts.find(r.accountId()).map(AccountView::name).orElse(""),
				organizations.find(r.organizationId()).map(Organization::name).orElse(""),
				meetings.find(r.meetingId()).map(Meeting::title).orElse(""));
	}

	@Transactional(readOnly = true)
	public Registration find(Actor actor, String registrationId) {
		Registration r = registrations.find(registrationId).orElseThrow(Problem::notFound);
		boolean allowed = r.accountId().equals(actor.accountId()) || actor.isSecretariat()
				|| responsibleFor(organizations.find(r.organizationId()).orElseThrow()).contains(actor.accountId());
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
			.map(r -> new Participant(names.getOrDefault(r.accountId(), ""), orgs.get(r.organizationId()).name(),
					orgs.get(r.organizationId()).country(), r.mode().name()))
			.sorted(java.util.Comparator.comparing(Participant::name))
			.toList();
	}

	/** A registration with what a list shows of it. */
	public record Entry(Registration registration, Meeting meeting, String participant, String organization) {
	}

	/** The actor's own registrations, newest meeting first. */
	@Transactional(readOnly = true)
	public List<Entry> mine(Actor actor) {
		return entries(registrations.where("WHERE account_id = :a ORDER BY created_at DESC", Map.of("a", actor.accountId())));
	}

	/**
	 * The registrations waiting for this focal point's validation (or, where none exists, the
	 * secretariat's), in a fixed number of queries whatever their number.
	 */
	@Transactional(readOnly = true)
	public List<Entry> toValidate(Actor actor) {
		Set<String> orgIds = new LinkedHashSet<>();
		Set<String> states = new LinkedHashSet<>();
		for (var duty : focalPoints.dutiesOf(actor.accountId())) {
			orgIds.add(duty.organizationId());
			if ("ADMINISTRATION".equals(duty.kind())) {
				states.add(duty.country());
			}
		}
		orgIds.addAll(organizations.idsIn(states, Organization.Kind.SME));
		List<Registration> pending = new ArrayList<>();
		if (!orgIds.isEmpty()) {
			pending.addAll(registrations.where(
					"WHERE status = 'PENDING_VALIDATION' AND organization_id IN (:o) ORDER BY created_at",
					Map.of("o", List.copyOf(orgIds))));
		}
		if (actor.isSecretariat()) {
			List<Registration> others = registrations.where("WHERE status = 'PENDING_VALIDATION' ORDER BY created_at", Map.of())
				.stream().filter(r -> !orgIds.contains(r.organizationId())).toList();
			// Those whose organisation has nobody responsible: responsibleFor, asked for all of them at once.
			Map<String, Organization> orgs = organizations.findAll(others.stream().map(Registration::organizationId).toList());
			Set<String> statesWithDfp = focalPoints.statesWithFocalPoints(orgs.values().stream()
				.filter(o -> o.kind() == Organization.Kind.SME).map(Organization::country).toList());
			Set<String> withOwnFocalPoints = focalPoints.withCurrentFocalPoints(orgs.values().stream()
				.filter(o -> o.kind() != Organization.Kind.SME).map(Organization::id).toList());
			for (Registration r : others) {
				Organization o = orgs.get(r.organizationId());
				boolean someoneResponsible = o.kind() == Organization.Kind.SME ? statesWithDfp.contains(o.country())
						: withOwnFocalPoints.contains(o.id());
				if (!someoneResponsible) {
					pending.add(r);
				}
			}
		}
		return entries(pending);
	}

	private List<Entry> entries(List<Registration> list) {
		Map<String, String> names = accounts.names(list.stream().map(Registration::accountId).toList());
		Map<String, Organization> orgs = organizations.findAll(list.stream().map(Registration::organizationId).toList());
		Map<String, Meeting> byId = meetings.findAll(list.stream().map(Registration::meetingId).toList());
		return list.stream()
			.map(r -> new Entry(r, byId.get(r.meetingId()), names.getOrDefault(r.accountId(), ""),
					orgs.get(r.organizationId()).name()))
			.toList();
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
