package org.sgbridge.membership;

import java.math.BigDecimal;

import org.sgbridge.platform.Act;
import org.sgbridge.platform.Audited;
import org.springframework.modulith.NamedInterface;

/** An invoice was issued, for the audit trail. */
@NamedInterface("api")
public record InvoiceIssued(String invoiceId, String number, String organizationId, Invoice.Purpose purpose,
		String subjectId, BigDecimal amount, Act act) implements Audited {

	@Override
	public String action() {
		return "INVOICE_ISSUED";
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
