package org.sgbridge.bsg.course;

import org.sgbridge.platform.Actor;

/**
 * Who may do what in the course, decided per object on the server: anyone reads the course and a
 * certificate by its code; anyone signed in enrols; an enrolled account takes quizzes; only the
 * owner of an attempt sees and submits it; the secretariat keeps the question bank and revokes
 * certificates.
 */
final class CourseAccess {

	private CourseAccess() {
	}

	static boolean mayKeepBank(Actor actor) {
		return actor.isSecretariat();
	}

	static boolean mayRevoke(Actor actor) {
		return actor.isSecretariat();
	}

	static boolean mayListCertificates(Actor actor) {
		return actor.isSecretariat();
	}

	static boolean owns(Actor actor, Attempt attempt) {
		return attempt.accountId().equals(actor.accountId());
	}
}
