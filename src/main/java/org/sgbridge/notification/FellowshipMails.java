package org.sgbridge.notification;

import java.util.List;
import java.util.Locale;

import org.sgbridge.account.AccountManagement;
import org.sgbridge.account.AccountView;
import org.sgbridge.bsg.FellowshipEvent;
import org.sgbridge.directory.FocalPoints;
import org.sgbridge.directory.MemberStates;
import org.sgbridge.directory.Organization;
import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.meeting.Meeting;
import org.sgbridge.meeting.Meetings;
import org.sgbridge.platform.Audited;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The mails of fellowships, in each recipient's language: the DFPs of the applicant's Member State
 * are asked to endorse an application (the secretariat, where the state has none); the applicant is
 * told of the endorsement or its refusal, and of the award or its refusal. Written in the outbox in
 * the transaction of the change.
 */
@Component
class FellowshipMails {

	private final Mailbox mailbox;
	private final AccountManagement accounts;
	private final FocalPoints focalPoints;
	private final OrganizationDirectory organizations;
	private final Meetings meetings;
	private final MemberStates states;

	FellowshipMails(Mailbox mailbox, AccountManagement accounts, FocalPoints focalPoints, OrganizationDirectory organizations,
			Meetings meetings, MemberStates states) {
		this.mailbox = mailbox;
		this.accounts = accounts;
		this.focalPoints = focalPoints;
		this.organizations = organizations;
		this.meetings = meetings;
		this.states = states;
	}

	@Order(Audited.BEFORE_THE_AUDIT_ENTRY)
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(FellowshipEvent event) {
		FellowshipEvent.Facts f = event.facts();
		Meeting meeting = meetings.find(f.meetingId()).orElseThrow();
		if (event instanceof FellowshipEvent.Submitted e) {
			AccountView applicant = accounts.find(f.accountId()).orElseThrow();
			String organization = organizations.find(f.organizationId()).map(Organization::name).orElse(f.organizationId());
			DefaultMessageSourceResolvable kind = kind(e.kind());
			List<String> dfps = focalPoints.ofState(f.memberState());
			if (dfps.isEmpty()) {
				var state = states.find(f.memberState(), meeting.startDate());
				for (AccountView staff : accounts.secretariat()) {
					send(staff, "fellowship.no-dfp", staff.name(), applicant.name(), organization, kind, meeting.title(),
							meeting.startDate(), state.map(s -> s.name(locale(staff))).orElse(f.memberState()));
				}
			}
			for (AccountView dfp : accounts.findAll(dfps)) {
				send(dfp, "fellowship.submitted", dfp.name(), applicant.name(), organization, kind, meeting.title(),
						meeting.startDate(), f.applicationId());
			}
		}
		else if (event instanceof FellowshipEvent.Endorsed) {
			tellApplicant(f, "fellowship.endorsed", meeting.title());
		}
		else if (event instanceof FellowshipEvent.NotEndorsed e) {
			tellApplicant(f, "fellowship.not-endorsed", meeting.title(), e.reason());
		}
		else if (event instanceof FellowshipEvent.Awarded e) {
			tellApplicant(f, "fellowship.awarded", meeting.title(), kind(e.kind()), e.amount(), meeting.startDate());
		}
		else if (event instanceof FellowshipEvent.Declined e) {
			tellApplicant(f, "fellowship.declined", meeting.title(), e.reason());
		}
	}

	/** A call closes soon and applications wait: each DFP of the state is reminded, in its language. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(org.sgbridge.bsg.FellowshipEndorsementsDue due) {
		Meeting meeting = meetings.find(due.meetingId()).orElseThrow();
		for (AccountView dfp : accounts.findAll(focalPoints.ofState(due.memberState()))) {
			send(dfp, "fellowship.reminder", dfp.name(), meeting.title(), due.waiting(),
					org.sgbridge.platform.Dates.format(due.closes(), locale(dfp)));
		}
	}

	/** A new delegate is paired with a mentor: both are told, each in its language, with the other's name and address. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(org.sgbridge.bsg.MentoringPaired paired) {
		AccountView mentee = accounts.find(paired.menteeId()).orElseThrow();
		AccountView mentor = accounts.find(paired.mentorId()).orElseThrow();
		send(mentee, "mentoring.mentee", mentee.name(), mentor.name(), mentor.email(), paired.studyGroup(),
				org.sgbridge.platform.Dates.format(paired.endsOn(), locale(mentee)));
		send(mentor, "mentoring.mentor", mentor.name(), mentee.name(), mentee.email(), paired.studyGroup(),
				org.sgbridge.platform.Dates.format(paired.endsOn(), locale(mentor)));
	}

	/** The kind of fellowship, in the recipient's language (resolved with the mail's own locale). */
	private static DefaultMessageSourceResolvable kind(String kind) {
		return new DefaultMessageSourceResolvable("fellowship.kind." + kind);
	}

	private void tellApplicant(FellowshipEvent.Facts f, String template, Object... rest) {
		accounts.find(f.accountId()).ifPresent(applicant -> {
			Object[] args = new Object[rest.length + 1];
			args[0] = applicant.name();
			System.arraycopy(rest, 0, args, 1, rest.length);
			send(applicant, template, args);
		});
	}

	private static Locale locale(AccountView to) {
		return Locale.forLanguageTag(to.locale());
	}

	private void send(AccountView to, String template, Object... args) {
		mailbox.queue(to.email(), locale(to), template, args);
	}
}
