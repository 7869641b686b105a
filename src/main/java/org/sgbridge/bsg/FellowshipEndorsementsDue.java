package org.sgbridge.bsg;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/**
 * A call closes soon and applications of a Member State's delegates still wait for the endorsement
 * of its DFPs: for the reminder mail. Raised once per call and state, a few days before the call closes.
 */
@NamedInterface("api")
public record FellowshipEndorsementsDue(String callId, String meetingId, String memberState, long waiting,
		LocalDate closes) {
}
