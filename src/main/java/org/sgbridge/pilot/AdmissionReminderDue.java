package org.sgbridge.pilot;

import org.springframework.modulith.NamedInterface;

/**
 * A submitted request has waited {@code daysWaiting} days without a decision (14, and again every
 * 14 days): its Administration's focal points are reminded.
 */
@NamedInterface("api")
public record AdmissionReminderDue(String requestId, String organizationId, String country, long daysWaiting) {
}
