package org.sgbridge.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who did something, when, under which role or designation and from which address: what every
 * event of a decision carries, so that whoever reacts to it (the audit trail, mail) never reads the
 * clock or the request itself. {@code actingAs} is {@code ADMIN}, {@code SECRETARIAT},
 * {@code DFP:<state>}, {@code FOCAL_POINT:<organizationId>}, {@code MEMBER:<organizationId>}, {@code PARTICIPANT} or
 * {@code SYSTEM} for what the platform does on its own (a request that lapses).
 */
public record Act(Instant at, String actorId, String actorName, String actingAs, String clientAddress) {

	public static final String SYSTEM = "SYSTEM";
	/** A person acting for itself, for no organisation (a registration for a training or forum without one). */
	public static final String PARTICIPANT = "PARTICIPANT";

	public Act {
		// stored and hashed to the millisecond, as the API writes instants
		at = at.truncatedTo(ChronoUnit.MILLIS);
	}

	/** An act of a signed-in person, now, from the address of the request being answered (if any). */
	public static Act of(Actor actor, String actingAs, Clock clock) {
		return new Act(clock.instant(), actor.accountId(), actor.name(), actingAs, requestAddress());
	}

	/** An act of the secretariat (or of an administrator, who acts as such). */
	public static Act ofStaff(Actor actor, Clock clock) {
		return of(actor, actor.isAdmin() ? Actor.ADMIN : Actor.SECRETARIAT, clock);
	}

	/** What the platform does on its own, at the clock's time. */
	public static Act system(Clock clock) {
		return new Act(clock.instant(), null, null, SYSTEM, null);
	}

	public static String dfp(String state) {
		return "DFP:" + state;
	}

	public static String focalPoint(String organizationId) {
		return "FOCAL_POINT:" + organizationId;
	}

	public static String member(String organizationId) {
		return "MEMBER:" + organizationId;
	}

	private static String requestAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}
}
