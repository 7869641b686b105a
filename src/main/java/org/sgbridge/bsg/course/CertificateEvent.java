package org.sgbridge.bsg.course;

import org.sgbridge.platform.Act;
import org.sgbridge.platform.Audited;

/** What happens to a certificate of the A.1 course; the audit trail records it. */
public sealed interface CertificateEvent extends Audited {

	String code();

	@Override
	default String subjectType() {
		return "COURSE_CERTIFICATE";
	}

	@Override
	default String subject() {
		return code();
	}

	/** Issued on its own when the learner's overall score reached the pass mark. */
	record Issued(String code, String accountId, int overall, Act act) implements CertificateEvent {

		@Override
		public String action() {
			return "COURSE_CERTIFICATE_ISSUED";
		}
	}

	/** Revoked by the secretariat, with a reason; the verification page then says so. */
	record Revoked(String code, String accountId, String reason, Act act) implements CertificateEvent {

		@Override
		public String action() {
			return "COURSE_CERTIFICATE_REVOKED";
		}
	}
}
