package org.sgbridge.platform.web;

import java.util.Optional;

import org.sgbridge.platform.Actor;

/**
 * Lets a module say where a signed-in actor should land after signing in (when no other page was
 * asked for), and what its next step is on the home page, without the platform or the account
 * module knowing the module. Of all landings offered, the lowest rank wins.
 */
public interface Landings {

	/** Where this actor has work waiting in this module, if anywhere. */
	Optional<Landing> landingFor(Actor actor);

	/** The actor's next step in this module, shown on the home page, if any. */
	default Optional<NextStep> nextStepFor(Actor actor) {
		return Optional.empty();
	}

	/** A page to land on; the lowest rank wins (0 for the secretariat's overview). */
	record Landing(int rank, String path) {
	}

	/** A next step: its rank (the lowest is shown), an explanation, and a link with its label (message keys). */
	record NextStep(int rank, String textKey, String href, String linkKey) {
	}

	/** The landing of the actor among those offered, or {@code fallback}. */
	static String resolve(java.util.List<Landings> all, Actor actor, String fallback) {
		return all.stream()
			.map(l -> l.landingFor(actor))
			.flatMap(Optional::stream)
			.min(java.util.Comparator.comparingInt(Landing::rank))
			.map(Landing::path)
			.orElse(fallback);
	}

	/** The first next step of the actor among those offered. */
	static Optional<NextStep> next(java.util.List<Landings> all, Actor actor) {
		return all.stream()
			.map(l -> l.nextStepFor(actor))
			.flatMap(Optional::stream)
			.min(java.util.Comparator.comparingInt(NextStep::rank));
	}
}
