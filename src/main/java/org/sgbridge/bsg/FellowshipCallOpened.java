package org.sgbridge.bsg;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.sgbridge.platform.Act;
import org.sgbridge.platform.Audited;

/** The secretariat opened a call for fellowships to attend a meeting: for the audit trail. */
public record FellowshipCallOpened(String callId, String meetingId, BigDecimal budget, LocalDate closes, Act act)
		implements Audited {

	@Override
	public String action() {
		return "FELLOWSHIP_CALL_OPENED";
	}

	@Override
	public String subjectType() {
		return "FELLOWSHIP_CALL";
	}

	@Override
	public String subject() {
		return callId;
	}
}
