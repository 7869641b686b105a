package org.sgbridge.bsg;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A call for fellowships to attend one meeting, opened by the secretariat: a budget in CHF and the
 * last day on which delegates may apply (before the meeting's first day).
 */
public record FellowshipCall(String id, String meetingId, BigDecimal budget, String currency, LocalDate closes,
		Instant createdAt, String createdBy) {

	/** Fellowship budgets and awards are in Swiss francs (API.md "Conventions"). */
	public static final String CURRENCY = "CHF";

	/** Applications are taken up to the closing day, that day included. */
	public boolean closedOn(LocalDate day) {
		return day.isAfter(closes);
	}
}
