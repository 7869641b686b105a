package org.sgbridge.meeting;

import org.springframework.modulith.NamedInterface;

/**
 * Published by the daily job for each focal point who gets the digest: {@code recent}
 * registrations arrived in the last day beyond the first of their organisation, {@code waiting}
 * wait for its validation in all.
 */
@NamedInterface("api")
public record ValidationDigestDue(String accountId, long recent, long waiting) {
}
