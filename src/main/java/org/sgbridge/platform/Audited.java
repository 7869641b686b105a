package org.sgbridge.platform;

/**
 * An event that the audit trail keeps: a decision or a change of state, named
 * {@code <OBJECT>_<PAST VERB>} (API.md "The audit trail"), with the act behind it.
 */
public interface Audited {

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
