package org.sgbridge.pilot;

import java.time.Instant;

/** One step of a request's history: the state it reached, when, by whom, and why. */
public record AdmissionStep(String status, Instant at, String actorId, String reason) {
}
