package org.sgbridge.meeting;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/**
 * A pay-as-you-go registration is still unpaid and its meeting's registration closes soon: the
 * participant is reminded once that it is cancelled if the invoice is not paid by then.
 */
@NamedInterface("api")
public record PaymentReminderDue(String registrationId, String accountId, String invoiceId, String meetingTitle,
		LocalDate registrationCloses) {
}
