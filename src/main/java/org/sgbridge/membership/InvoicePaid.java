package org.sgbridge.membership;

import java.time.LocalDate;

import org.sgbridge.platform.Act;
import org.sgbridge.platform.Audited;
import org.springframework.modulith.NamedInterface;

/**
 * A payment was booked on an invoice, which is now {@code PAID}: what a membership or a
 * pay-as-you-go registration waits for ({@code subjectId} is its id). Published in the transaction
 * of the booking; {@code paidOn} is the bank's booking date.
 */
@NamedInterface("api")
public record InvoicePaid(String invoiceId, String organizationId, Invoice.Purpose purpose, String subjectId,
		LocalDate paidOn, Act act) implements Audited {

	@Override
	public String action() {
		return "INVOICE_PAID";
	}

	@Override
	public String subjectType() {
		return "INVOICE";
	}

	@Override
	public String subject() {
		return invoiceId;
	}
}
