package org.sgbridge.platform;

/**
 * An event that the audit trail keeps: a decision or a change of state, named
 * {@code <OBJECT>_<PAST VERB>} (API.md "The audit trail"), with the act behind it.
 */
public interface Audited {

	/**
	 * The order of a listener that writes in the change's transaction, before it commits (a mail in
	 * the outbox): before the audit entry, which is appended last, so that the audit chain's single
	 * row is locked for the shortest time (every audited change waits for that lock).
	 */
	int BEFORE_THE_AUDIT_ENTRY = org.springframework.core.Ordered.LOWEST_PRECEDENCE - 1000;

	Act act();

	/** {@code ADMISSION_REQUEST_APPROVED}, {@code REGISTRATION_VALIDATED}, … */
	String action();

	/** {@code ADMISSION_REQUEST}, {@code REGISTRATION}, {@code CONTRIBUTION}, … */
	String subjectType();

	/** The id of the object acted on. */
	String subject();

	/** The Member State the object belongs to, when it belongs to one (a DFP sees its own state's entries). */
	default String memberState() {
		return null;
	}

	/** The reason given, if any. */
	default String reason() {
		return null;
	}
}
