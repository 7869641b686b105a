package org.sgbridge.membership;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/**
 * An invoice in CHF: its number ({@code YYYY-NNNNNN}, per year of issue, without gaps), the
 * organisation it is addressed to, what it is for ({@link Purpose} and the id of the membership or
 * registration), its Swiss QR reference (27 digits, the last a modulo-10 recursive check digit) and
 * where it stands.
 */
@NamedInterface("api")
public record Invoice(String id, String number, String organizationId, Purpose purpose, String subjectId,
		String description, BigDecimal amount, String currency, Status status, String reference, LocalDate issuedOn,
		LocalDate dueOn, BigDecimal paidAmount, LocalDate paidOn) {

	/** What an invoice is for: a yearly membership fee or a pay-as-you-go meeting fee. */
	@NamedInterface("api")
	public enum Purpose {
		MEMBERSHIP, MEETING
	}

	@NamedInterface("api")
	public enum Status {
		OPEN, PAID, CANCELLED, REFUNDED
	}

	/** Open past its due date, as of {@code day}. */
	public boolean overdueOn(LocalDate day) {
		return status == Status.OPEN && day.isAfter(dueOn);
	}
}
