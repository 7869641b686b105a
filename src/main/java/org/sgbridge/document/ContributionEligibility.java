package org.sgbridge.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sgbridge.directory.Memberships;
import org.sgbridge.directory.Organization;
import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.meeting.Meeting;
import org.sgbridge.meeting.MeetingRegistrations;
import org.sgbridge.meeting.Meetings;
import org.sgbridge.meeting.Registration;
import org.sgbridge.meeting.RegistrationEntitlement;
import org.sgbridge.pilot.AdmissionManagement;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers what {@link ContributionRules} needs about a person, a meeting and a contribution, and
 * answers with its verdict: for {@link Contributions} before it acts, and for the pages before they
 * offer a form or a button, so that both say the same.
 */
@Service
@Transactional(readOnly = true)
public class ContributionEligibility {

	private final Meetings meetings;
	private final MeetingRegistrations registrations;
	private final Memberships memberships;
	private final OrganizationDirectory organizations;
	private final AdmissionManagement admissions;
	private final Clock clock;

	ContributionEligibility(Meetings meetings, MeetingRegistrations registrations, Memberships memberships,
			OrganizationDirectory organizations, AdmissionManagement admissions, Clock clock) {
		this.meetings = meetings;
		this.registrations = registrations;
		this.memberships = memberships;
		this.organizations = organizations;
		this.admissions = admissions;
		this.clock = clock;
	}

	/** Whether the actor may submit a contribution to the meeting: for which organisation, or why not. */
	public record SubmissionCheck(String organizationId, List<ContributionRules.Reason> reasons) {

		public boolean allowed() {
			return reasons.isEmpty();
		}
	}

	/**
	 * Whether the actor may submit to the meeting now, and if not, each reason. 404 for no such
	 * meeting.
	 */
	public SubmissionCheck submission(Actor actor, String meetingId) {
		Meeting meeting = meetings.find(meetingId).orElseThrow(Problem::notFound);
		var mine = registrations.mine(actor).stream().filter(e -> e.registration().meetingId().equals(meetingId)).toList();
		var validated = mine.stream().filter(e -> e.registration().status() == Registration.Status.VALIDATED).findFirst();
		// Its latest registration speaks for it (mine() is newest first), a validated or waiting one first.
		ContributionRules.Registration state = validated.isPresent() ? ContributionRules.Registration.VALIDATED
				: mine.stream().anyMatch(e -> e.registration().status() == Registration.Status.PENDING_VALIDATION)
						? ContributionRules.Registration.PENDING_VALIDATION
						: mine.stream().findFirst()
							.map(e -> ContributionRules.Registration.valueOf(e.registration().status().name()))
							.orElse(ContributionRules.Registration.NONE);
		List<ContributionRules.Organization> theirs = state == ContributionRules.Registration.NONE
				? organizationsOf(actor, meeting) : List.of();
		boolean pilotGroup = admissions.pilotGroups().stream().anyMatch(g -> g.code().equals(meeting.studyGroup()));
		List<ContributionRules.Reason> reasons = ContributionRules.submission(new ContributionRules.SubmissionFacts(
				Dates.today(clock), meeting.contributionDeadline(), meeting.studyGroup(), pilotGroup, state, theirs));
		return new SubmissionCheck(validated.map(e -> e.registration().organizationId()).orElse(null), reasons);
	}

	/** The actor's organisations as the meeting's entitlement judges them (the rule registration applies). */
	private List<ContributionRules.Organization> organizationsOf(Actor actor, Meeting meeting) {
		var ids = memberships.of(actor.accountId()).stream().map(Memberships.Membership::id).toList();
		Map<String, Organization> found = organizations.findAll(ids);
		List<ContributionRules.Organization> theirs = new ArrayList<>();
		List<String> pilotGroups = admissions.pilotGroups().stream().map(g -> g.code()).toList();
		for (String id : ids) {
			Organization o = found.get(id);
			Set<String> approved = o.isSme() ? admissions.approvedGroups(id) : Set.of();
			// approvedGroups is empty once the pilot has closed: an SME is then entitled to no pilot group
			boolean entitled = RegistrationEntitlement.entitled(new RegistrationEntitlement.Entity(id, o.name(), o.kind().name(),
					o.sectors(), o.studyGroups(), true, pilotGroups, approved, Set.of()), meeting);
			theirs.add(new ContributionRules.Organization(o.name(), o.kind().name(), entitled, approved));
		}
		return theirs;
	}

	/** What the actor may do with a contribution on its page, and why not, by the rules the service applies. */
	public record Actions(List<ContributionRules.Reason> revision, List<ContributionRules.Reason> withdrawal,
			List<Contributions.Source> confirmable) {

		public boolean mayRevise() {
			return revision.isEmpty();
		}

		public boolean mayWithdraw() {
			return withdrawal.isEmpty();
		}

		/** Whether the actor has any part in changing it (a source's member, the secretariat). */
		public boolean editor() {
			return revision.stream().noneMatch(ContributionRules.Reason::access);
		}
	}

	/** What the actor, a reader of the contribution, may do with it. */
	public Actions actions(Actor actor, Contributions.Contribution c) {
		ContributionRules.ChangeFacts facts = changeFacts(actor, c);
		List<Contributions.Source> confirmable = c.sources().stream()
			.filter(s -> !s.confirmed() && organizations.isMember(actor.accountId(), s.organizationId()))
			.toList();
		return new Actions(ContributionRules.revision(facts), ContributionRules.withdrawal(facts), confirmable);
	}

	/** The secretariat and the members of a source (confirmed or not) change a contribution; others do not. */
	ContributionRules.ChangeFacts changeFacts(Actor actor, Contributions.Contribution c) {
		Editing editing = editing(actor, c.meetingId(), c.sources().stream().map(Contributions.Source::organizationId).toList());
		return new ContributionRules.ChangeFacts(editing.editor(), c.status().equals("WITHDRAWN"), Dates.today(clock),
				editing.deadline());
	}

	/**
	 * Who the actor is to a contribution: the first of its sources the actor is a member of (it acts
	 * for that organisation), whether it may change the contribution (a source's member, the
	 * secretariat) and the meeting's deadline.
	 */
	record Editing(String organizationId, boolean editor, LocalDate deadline) {
	}

	Editing editing(Actor actor, String meetingId, List<String> sourceIds) {
		Meeting meeting = meetings.find(meetingId).orElseThrow();
		String member = sourceIds.stream().filter(o -> organizations.isMember(actor.accountId(), o)).findFirst().orElse(null);
		return new Editing(member, actor.isSecretariat() || member != null, meeting.contributionDeadline());
	}
}
