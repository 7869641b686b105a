package org.sgbridge.bsg;

import java.util.Collection;

import org.sgbridge.platform.Actor;

/**
 * Who may do what with fellowships, decided per object on the server: the secretariat opens calls,
 * sees every application, awards and declines; a designated focal point (DFP) of a Member State sees
 * and endorses its own state's applications only; an applicant sees its own. No Spring here: the
 * service hands in what it looked up (the DFPs of a state, the states of which the actor is a DFP).
 */
final class FellowshipAccess {

	private FellowshipAccess() {
	}

	static boolean mayOpenCall(Actor actor) {
		return actor.isSecretariat();
	}

	static boolean mayDecideAward(Actor actor) {
		return actor.isSecretariat();
	}

	/** Only a DFP of the application's Member State (in place of its Administration's stamp); not the secretariat. */
	static boolean mayEndorse(Actor actor, FellowshipApplication application, Collection<String> dfpsOfItsState) {
		return dfpsOfItsState.contains(actor.accountId());
	}

	/** The secretariat, the applicant, and the DFPs of its Member State ({@code dfpStates}: the states the actor is a DFP of). */
	static boolean mayRead(Actor actor, FellowshipApplication application, Collection<String> dfpStates) {
		return actor.isSecretariat() || application.accountId().equals(actor.accountId())
				|| dfpStates.contains(application.memberState());
	}

	/**
	 * What a list shows this actor: every application for the secretariat; otherwise its own and,
	 * for a DFP, those of its states.
	 */
	static Scope scope(Actor actor, Collection<String> dfpStates) {
		return new Scope(actor.isSecretariat(), actor.accountId(), java.util.List.copyOf(dfpStates));
	}

	record Scope(boolean all, String accountId, java.util.List<String> states) {
	}
}
