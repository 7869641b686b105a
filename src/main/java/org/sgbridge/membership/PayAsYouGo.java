package org.sgbridge.membership;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.sgbridge.meeting.MeetingRegistrations;
import org.sgbridge.meeting.Registration;
import org.sgbridge.meeting.RegistrationCharges;
import org.sgbridge.meeting.RegistrationEvent;
import org.sgbridge.platform.Act;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Pay-as-you-go, the money side: a registration for a meeting with a fee is invoiced at once (in its
 * own transaction); once the invoice is paid the registration goes on to validation; a registration
 * cancelled before it was paid (left unpaid when registration closed, or withdrawn) has its invoice
 * cancelled by a credit note; a paid one cancelled before the meeting's first day is refunded by one.
 * The listeners run in the transaction that raised the event, so the two never part.
 */
@Component
class PayAsYouGo implements RegistrationCharges {

	private final Invoices invoices;
	private final MeetingRegistrations registrations;
	private final java.time.Clock clock;

	PayAsYouGo(Invoices invoices, MeetingRegistrations registrations, java.time.Clock clock) {
		this.invoices = invoices;
		this.registrations = registrations;
		this.clock = clock;
	}

	@Override
	public String invoice(Charge charge) {
		String description = "Participation in " + charge.meetingTitle() + " ("
				+ charge.meetingStart().format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE) + ")";
		return invoices.issue(charge.organizationId(), Invoice.Purpose.MEETING, charge.registrationId(), description,
				charge.amount(), charge.dueOn(), Act.system(clock)).id();
	}

	@EventListener
	void on(InvoicePaid paid) {
		if (paid.purpose() == Invoice.Purpose.MEETING && registrations.exists(paid.subjectId())) {
			registrations.paymentReceived(paid.subjectId());
		}
	}

	@EventListener
	void on(RegistrationEvent.Cancelled cancelled) {
		RegistrationEvent.Facts r = cancelled.facts();
		LocalDate day = LocalDate.ofInstant(cancelled.act().at(), ZoneOffset.UTC);
		for (Invoice invoice : invoices.of(Invoice.Purpose.MEETING, r.registrationId())) {
			if (invoice.status() == Invoice.Status.OPEN) {
				invoices.cancel(invoice.id(), Registration.UNPAID.equals(r.reason()) ? Registration.UNPAID
						: "registration cancelled", cancelled.act());
			}
			else if (invoice.status() == Invoice.Status.PAID && day.isBefore(r.meetingStart())) {
				invoices.refund(invoice.id(), "registration cancelled before the meeting", cancelled.act());
			}
		}
	}
}
