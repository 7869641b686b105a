package org.sgbridge.pilot;

/**
 * A submitted request has waited {@code daysWaiting} days without a decision (14, and again every
 * 14 days): its Administration's focal points are reminded.
 */
public record AdmissionReminderDue(String requestId, String organizationId, String country, long daysWaiting) {
}
