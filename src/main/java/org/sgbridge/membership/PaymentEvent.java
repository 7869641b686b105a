package org.sgbridge.membership;

import org.sgbridge.platform.Act;
import org.sgbridge.platform.Audited;

/**
 * What the secretariat did with payments, for the audit trail: {@code PAYMENT_FILE_IMPORTED} (the
 * subject is the import), {@code PAYMENT_ASSIGNED} or {@code PAYMENT_REFUND_MARKED} (a payment).
 */
record PaymentEvent(String subject, String action, String subjectType, Act act) implements Audited {
}
