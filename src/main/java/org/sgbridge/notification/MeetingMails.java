package org.sgbridge.notification;

import java.util.List;
import java.util.Locale;

import org.sgbridge.account.AccountManagement;
import org.sgbridge.account.AccountView;
import org.sgbridge.meeting.Registration;
import org.sgbridge.meeting.RegistrationEvent;
import org.sgbridge.meeting.ValidationDigestDue;
import org.sgbridge.platform.PublicAddress;
import org.sgbridge.platform.Audited;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The mails of meeting registration, from the meeting module's events: the focal points are told of
 * a registration that waits for them (or the secretariat, where there is none), the participant of
 * each change of its registration, and a focal point with several new ones gets the daily digest.
 * Queued in the transaction of the change, just before it commits, so that a mail exists exactly
 * when the change does and can be read as soon as the call has answered.
 */
@Component
class MeetingMails {

	private final Mailbox mailbox;
	private final AccountManagement accounts;
	private final PublicAddress publicAddress;

	MeetingMails(Mailbox mailbox, AccountManagement accounts, PublicAddress publicAddress) {
		this.mailbox = mailbox;
		this.accounts = accounts;
		this.publicAddress = publicAddress;
	}

	@Order(Audited.BEFORE_THE_AUDIT_ENTRY)
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(RegistrationEvent event) {
		RegistrationEvent.Facts r = event.facts();
		if (event instanceof RegistrationEvent.Registered registered) {
			if (registered.notifyFocalPoints()) {
				tellFocalPoints(r, registered.validators());
			}
			// A registration validated at once (by its own focal point) is told by its Validated event.
			if (r.status() != Registration.Status.VALIDATED) {
				tellParticipant(r, "meeting.registration." + r.status().name());
			}
		}
		else if (event instanceof RegistrationEvent.PaymentReceived paid) {
			// paid: it now waits for validation, as a new registration does
			if (paid.notifyFocalPoints()) {
				tellFocalPoints(r, paid.validators());
			}
			tellParticipant(r, "meeting.registration.paid");
		}
		else if (event instanceof RegistrationEvent.ModeChanged) {
			tellParticipant(r, "meeting.registration.mode");
		}
		else if (r.status() == Registration.Status.CANCELLED && Registration.UNPAID.equals(r.reason())) {
			tellParticipant(r, "meeting.registration.unpaid");
		}
		else {
			// validated, rejected, cancelled
			tellParticipant(r, "meeting.registration." + r.status().name());
		}
	}

	/** A pay-as-you-go registration still unpaid, its meeting's registration closing soon: the participant is reminded. */
	@Order(Audited.BEFORE_THE_AUDIT_ENTRY)
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(org.sgbridge.meeting.PaymentReminderDue due) {
		accounts.find(due.accountId())
			.ifPresent(a -> mailbox.queue(a.email(), Locale.forLanguageTag(a.locale()), "meeting.payment-reminder", a.name(),
					due.meetingTitle(), org.sgbridge.platform.Dates.format(due.registrationCloses(), Locale.forLanguageTag(a.locale())),
					publicAddress.url() + "/invoices"));
	}

	@Order(Audited.BEFORE_THE_AUDIT_ENTRY)
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ValidationDigestDue digest) {
		accounts.find(digest.accountId())
			.ifPresent(a -> mailbox.queue(a.email(), Locale.forLanguageTag(a.locale()), "meeting.digest", a.name(),
					digest.recent(), digest.waiting(), publicAddress.url() + "/meetings/validation"));
	}

	/**
	 * The responsible focal points, or where there is none the secretariat, are asked to validate: the
	 * validators the event names (found before the meeting was locked), read in one query.
	 */
	private void tellFocalPoints(RegistrationEvent.Facts r, List<String> validators) {
		AccountView participant = accounts.find(r.participantId()).orElseThrow();
		boolean responsible = !r.focalPoints().isEmpty();
		for (AccountView fp : accounts.findAll(validators)) {
			mailbox.queue(fp.email(), Locale.forLanguageTag(fp.locale()),
					responsible ? "meeting.to-validate" : "meeting.no-focal-point", fp.name(), participant.name(),
					r.organizationName(), r.meetingTitle(), link());
		}
	}

	/** The participant is told what became of its registration (a remote one, once validated, how to join). */
	private void tellParticipant(RegistrationEvent.Facts r, String template) {
		accounts.find(r.participantId())
			.ifPresent(p -> mailbox.queue(p.email(), Locale.forLanguageTag(p.locale()), template, p.name(), r.meetingTitle(),
					org.sgbridge.platform.Dates.format(r.meetingStart(), Locale.forLanguageTag(p.locale())), r.reason() == null ? "" : r.reason(), link(),
					r.remoteDetails() == null ? "" : r.remoteDetails()));
	}

	private String link() {
		return publicAddress.url() + "/meetings/registrations";
	}
}
