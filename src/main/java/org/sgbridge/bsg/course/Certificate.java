package org.sgbridge.bsg.course;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A certificate of achievement of the A.1 course: its verification code, its holder's name and
 * language as they were when it was issued, the overall score, and whether the secretariat revoked
 * it (when and why).
 */
public record Certificate(String code, String accountId, String holderName, String language, int overall,
		LocalDate issuedOn, Instant issuedAt, boolean revoked, LocalDate revokedOn, String revokedBy, String revokeReason) {

	public boolean valid() {
		return !revoked;
	}
}
