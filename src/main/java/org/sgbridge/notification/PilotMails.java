package org.sgbridge.notification;

import java.util.List;
import java.util.Locale;

import org.sgbridge.account.AccountManagement;
import org.sgbridge.account.AccountView;
import org.sgbridge.directory.FocalPoints;
import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.pilot.AdmissionReminderDue;
import org.sgbridge.pilot.AdmissionRequestEvent;
import org.sgbridge.pilot.InterestEvent;
import org.sgbridge.platform.PublicAddress;
import org.sgbridge.platform.Audited;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The pilot's mails: the Administration's focal points learn of a request (the secretariat, where
 * the state has none yet), of a withdrawal and of a request that waits; the company's
 * representatives of the decision or the lapse; a company that expressed interest is thanked and
 * later invited. Written in the outbox in the transaction of the change.
 */
@Component
class PilotMails {

	private final Mailbox mailbox;
	private final AccountManagement accounts;
	private final FocalPoints focalPoints;
	private final OrganizationDirectory organizations;
	private final PublicAddress publicAddress;

	PilotMails(Mailbox mailbox, AccountManagement accounts, FocalPoints focalPoints, OrganizationDirectory organizations,
			PublicAddress publicAddress) {
		this.mailbox = mailbox;
		this.accounts = accounts;
		this.focalPoints = focalPoints;
		this.organizations = organizations;
		this.publicAddress = publicAddress;
	}

	@Order(Audited.BEFORE_THE_AUDIT_ENTRY)
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(AdmissionRequestEvent event) {
		String organization = organizations.find(event.organizationId()).map(o -> o.name()).orElse(event.organizationId());
		String groups = String.join(", ", event.studyGroups());
		if (event instanceof AdmissionRequestEvent.Submitted e) {
			String link = publicAddress.url() + "/pilot/requests/" + e.requestId();
			List<String> dfps = focalPoints.ofState(e.country());
			if (dfps.isEmpty()) {
				for (AccountView staff : accounts.secretariat()) {
					send(staff, "pilot.no-dfp", organization, e.country(), groups, link);
				}
			}
			dfps.forEach(dfp -> accounts.find(dfp).ifPresent(a -> send(a, "pilot.submitted", a.name(), organization, groups, link)));
		}
		else if (event instanceof AdmissionRequestEvent.Withdrawn e) {
			focalPoints.ofState(e.country())
				.forEach(dfp -> accounts.find(dfp).ifPresent(a -> send(a, "pilot.withdrawn", a.name(), organization, groups)));
		}
		else if (event instanceof AdmissionRequestEvent.Approved e) {
			tellRepresentatives(e, "pilot.approved", organization, groups, "");
		}
		else if (event instanceof AdmissionRequestEvent.Rejected e) {
			tellRepresentatives(e, "pilot.rejected", organization, groups, e.reason() == null ? "" : e.reason());
		}
		else if (event instanceof AdmissionRequestEvent.Lapsed e && org.sgbridge.platform.Act.SYSTEM.equals(e.act().actingAs())) {
			// A lapse by the Conference's end, recorded by the secretariat, is told in the end's mail
			// (PilotDecisionMails), once to each person.
			tellRepresentatives(e, "pilot.lapsed", organization, groups, "");
		}
	}

	@Order(Audited.BEFORE_THE_AUDIT_ENTRY)
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(AdmissionReminderDue event) {
		String organization = organizations.find(event.organizationId()).map(o -> o.name()).orElse(event.organizationId());
		String link = publicAddress.url() + "/pilot/requests/" + event.requestId();
		focalPoints.ofState(event.country()).forEach(dfp -> accounts.find(dfp)
			.ifPresent(a -> send(a, "pilot.reminder", a.name(), organization, event.daysWaiting(), link)));
	}

	@Order(Audited.BEFORE_THE_AUDIT_ENTRY)
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(InterestEvent event) {
		String template = event instanceof InterestEvent.Invited ? "pilot.invitation" : "pilot.interest";
		mailbox.queue(event.email(), event.locale(), template, event.organizationName(), publicAddress.url() + "/signup");
	}

	private void tellRepresentatives(AdmissionRequestEvent e, String template, String organization, String groups,
			String reason) {
		for (String rep : organizations.representatives(e.organizationId())) {
			accounts.find(rep).ifPresent(a -> send(a, template, a.name(), organization, groups, reason,
					publicAddress.url() + "/pilot"));
		}
	}

	private void send(AccountView to, String template, Object... args) {
		mailbox.queue(to.email(), Locale.forLanguageTag(to.locale()), template, args);
	}
}
