package org.sgbridge.meeting;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/**
 * What a pay-as-you-go registration is charged: implemented by the module that invoices
 * (membership), called in the registration's own transaction, so that a registration and its invoice
 * are made together or not at all.
 */
@NamedInterface("api")
public interface RegistrationCharges {

	/** A registration to invoice: its meeting, organisation, person, the meeting's fee and when it is due. */
	record Charge(String registrationId, String meetingId, String meetingTitle, LocalDate meetingStart,
			String organizationId, String accountId, BigDecimal amount, LocalDate dueOn) {
	}

	/** Issues the invoice of the registration and answers its id. */
	String invoice(Charge charge);
}
