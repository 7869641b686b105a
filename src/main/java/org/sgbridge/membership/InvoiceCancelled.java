package org.sgbridge.membership;

import org.sgbridge.platform.Act;
import org.sgbridge.platform.Audited;
import org.springframework.modulith.NamedInterface;

/**
 * An invoice was cancelled ({@code CANCELLED}, while open) or refunded ({@code REFUNDED}, once paid)
 * by its credit note {@code creditNoteNumber} ({@code CN-YYYY-NNNNNN}).
 */
@NamedInterface("api")
public record InvoiceCancelled(String invoiceId, String organizationId, Invoice.Purpose purpose, String subjectId,
		Invoice.Status status, String creditNoteNumber, String reason, Act act) implements Audited {

	@Override
	public String action() {
		return status == Invoice.Status.REFUNDED ? "INVOICE_REFUNDED" : "INVOICE_CANCELLED";
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
