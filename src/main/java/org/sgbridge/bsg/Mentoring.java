package org.sgbridge.bsg;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sgbridge.account.AccountManagement;
import org.sgbridge.directory.MemberState;
import org.sgbridge.directory.MemberStates;
import org.sgbridge.directory.Organization;
import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.document.MeetingContributors;
import org.sgbridge.meeting.MeetingAttendance;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.sgbridge.studygroup.StudyGroups;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentoring: a new delegate of a least developed or developing country (its organisation's Member
 * State, today) who has not yet been checked in at a meeting of a study group asks for a mentor
 * there; the secretariat pairs it with an experienced participant of that group (checked in at one
 * of its meetings, or a contributor to one) for some months; both see the pairing on their home
 * page and are told by mail; the pairing ends on its last day, or when the secretariat ends it.
 */
@NamedInterface("api")
@Service
@Transactional
public class Mentoring {

	/** How many experienced participants of a group the secretariat is offered. */
	static final int CANDIDATES = 50;

	private final Mentorships mentorships;
	private final OrganizationDirectory organizations;
	private final MemberStates states;
	private final StudyGroups groups;
	private final MeetingAttendance attendance;
	private final MeetingContributors contributors;
	private final AccountManagement accounts;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Mentoring(Mentorships mentorships, OrganizationDirectory organizations, MemberStates states, StudyGroups groups,
			MeetingAttendance attendance, MeetingContributors contributors, AccountManagement accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.mentorships = mentorships;
		this.organizations = organizations;
		this.states = states;
		this.groups = groups;
		this.attendance = attendance;
		this.contributors = contributors;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** A request or pairing as the pages show it, with the names of the people and what it stands at today. */
	public record View(Mentorship mentorship, String menteeName, String organization, String mentorName,
			Mentorship.Standing standing) {
	}

	/** An experienced participant of a group: meetings it was checked in at, contributions it submitted. */
	public record Candidate(String accountId, String name, long meetings, long contributions) {
	}

	/** A request waiting for a mentor, with the experienced participants of its group to choose from. */
	public record Waiting(View request, List<Candidate> candidates) {
	}

	/** The actor asks for a mentor in a study group, as a member of an organisation of a developing country. */
	public View ask(Actor actor, String organizationId, String studyGroup, String note) {
		List<Problem.FieldProblem> problems = new ArrayList<>();
		if (studyGroup == null || studyGroup.isBlank()) {
			problems.add(new Problem.FieldProblem("studyGroup", "validation.NotBlank"));
		}
		else if (!groups.exists(studyGroup.trim())) {
			problems.add(new Problem.FieldProblem("studyGroup", "validation.studyGroup"));
		}
		if (organizationId == null || organizationId.isBlank()) {
			problems.add(new Problem.FieldProblem("organizationId", "validation.NotBlank"));
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > FellowshipManagement.TEXT_LIMIT) {
			problems.add(new Problem.FieldProblem("note", "validation.maxLength", FellowshipManagement.TEXT_LIMIT));
		}
		if (!problems.isEmpty()) {
			throw Problem.invalidInput(problems);
		}
		String group = studyGroup.trim();
		Organization organization = organizations.find(organizationId.trim())
			.orElseThrow(() -> Problem.invalidField("organizationId", "validation.organization"));
		if (!organizations.isMember(actor.accountId(), organization.id())) {
			throw Problem.forbidden("apply-member", organization.name());
		}
		LocalDate today = Dates.today(clock);
		MemberState state = states.findAsOf(organization.country(), today).orElse(null);
		if (state == null || FellowshipEligibility.of(state).isEmpty()) {
			throw Problem.refusal("not-eligible", "problem.not-eligible.mentoring",
					state == null ? organization.country() : state.name(LocaleContextHolder.getLocale()));
		}
		if (attendance.attendedGroup(actor.accountId(), group)) {
			throw Problem.refusal("not-new", "problem.not-new.mentoring", group);
		}
		mentorships.closeLapsed(actor.accountId(), group, today, clock.instant());
		Mentorship m = new Mentorship(UUID.randomUUID().toString(), actor.accountId(), organization.id(), state.code(), group,
				text, clock.instant(), Mentorship.Status.WAITING, null, null, null, null, null, 0);
		mentorships.insert(m);
		return views(List.of(m)).get(0);
	}

	/** The requests waiting for a mentor, each with the experienced participants of its group (the secretariat's). */
	@Transactional(readOnly = true)
	public List<Waiting> waiting(Actor actor) {
		requireSecretariat(actor);
		List<Mentorship> waiting = mentorships.waiting();
		Map<String, List<Candidate>> byGroup = new HashMap<>();
		for (String group : waiting.stream().map(Mentorship::studyGroup).distinct().toList()) {
			byGroup.put(group, candidates(group));
		}
		List<View> views = views(waiting);
		return views.stream()
			.map(v -> new Waiting(v, byGroup.get(v.mentorship().studyGroup()).stream()
				.filter(c -> !c.accountId().equals(v.mentorship().menteeId()))
				.toList()))
			.toList();
	}

	/** The pairings running or run out but not ended by the secretariat, newest first (the secretariat's). */
	@Transactional(readOnly = true)
	public List<View> pairings(Actor actor) {
		requireSecretariat(actor);
		return views(mentorships.paired(200));
	}

	/** The secretariat pairs a request with an experienced participant of its group, for some months. */
	public View pair(Actor actor, String id, String mentorId, String months) {
		requireSecretariat(actor);
		Mentorship m = mentorships.find(id).orElseThrow(Problem::notFound);
		if (mentorId == null || mentorId.isBlank()) {
			throw Problem.invalidField("mentorId", "validation.NotBlank");
		}
		int period;
		try {
			period = Integer.parseInt(months == null ? "" : months.trim());
		}
		catch (NumberFormatException e) {
			throw Problem.invalidField("months", "validation.mentoring.months", Mentorship.MAX_MONTHS);
		}
		String mentor = mentorId.trim();
		if (!attendance.attendedGroup(mentor, m.studyGroup()) && !contributors.contributedTo(mentor, m.studyGroup())) {
			throw Problem.refusal("not-experienced", "problem.not-experienced.mentoring", m.studyGroup());
		}
		Mentorship paired = m.pair(mentor, period, actor.accountId(), clock.instant(), Dates.today(clock));
		mentorships.save(paired);
		events.publishEvent(new MentoringPaired(paired.id(), paired.menteeId(), paired.mentorId(), paired.studyGroup(),
				paired.endsOn()));
		return views(List.of(paired)).get(0);
	}

	/** The secretariat ends a pairing before its last day, or withdraws a request. */
	public View end(Actor actor, String id) {
		requireSecretariat(actor);
		Mentorship m = mentorships.find(id).orElseThrow(Problem::notFound);
		Mentorship ended = m.end(clock.instant());
		mentorships.save(ended);
		return views(List.of(ended)).get(0);
	}

	/** The actor's requests and pairings, as mentee and as mentor, newest first. */
	@Transactional(readOnly = true)
	public List<View> mine(Actor actor) {
		return views(mentorships.of(actor.accountId()));
	}

	/** The organisations the actor may ask for a mentor for (those it is a member of), by id and name. */
	@Transactional(readOnly = true)
	public Map<String, String> organizationsOf(Actor actor) {
		Map<String, String> found = new LinkedHashMap<>();
		organizations.findAll(organizations.organizationsOf(actor.accountId())).values().stream()
			.sorted(java.util.Comparator.comparing(Organization::name))
			.forEach(o -> found.put(o.id(), o.name()));
		return found;
	}

	/** The experienced participants of a group: checked in at its meetings or contributors to them, most active first. */
	private List<Candidate> candidates(String group) {
		Map<String, Long> attended = attendance.attendedGroup(group, CANDIDATES);
		Map<String, Long> contributed = contributors.contributorsTo(group, CANDIDATES);
		List<String> ids = new ArrayList<>(attended.keySet());
		contributed.keySet().stream().filter(id -> !attended.containsKey(id)).forEach(ids::add);
		Map<String, String> names = accounts.names(ids);
		return ids.stream()
			.map(id -> new Candidate(id, names.getOrDefault(id, ""), attended.getOrDefault(id, 0L),
					contributed.getOrDefault(id, 0L)))
			.sorted(java.util.Comparator.comparingLong((Candidate c) -> -(c.meetings() + c.contributions()))
				.thenComparing(Candidate::name))
			.toList();
	}

	private List<View> views(List<Mentorship> some) {
		List<String> people = new ArrayList<>();
		some.forEach(m -> {
			people.add(m.menteeId());
			if (m.mentorId() != null) {
				people.add(m.mentorId());
			}
		});
		Map<String, String> names = accounts.names(people);
		Map<String, Organization> orgs = organizations.findAll(some.stream().map(Mentorship::organizationId).toList());
		LocalDate today = Dates.today(clock);
		return some.stream()
			.map(m -> new View(m, names.getOrDefault(m.menteeId(), ""),
					orgs.containsKey(m.organizationId()) ? orgs.get(m.organizationId()).name() : "",
					m.mentorId() == null ? null : names.getOrDefault(m.mentorId(), ""), m.standingOn(today)))
			.toList();
	}

	private static void requireSecretariat(Actor actor) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
	}

	/** For the pages: the study groups one may ask a mentor in (those of open study periods). */
	@Transactional(readOnly = true)
	public List<org.sgbridge.studygroup.StudyGroup> groups() {
		return groups.all(null).stream().filter(org.sgbridge.studygroup.StudyGroup::studyPeriodOpen).toList();
	}
}
