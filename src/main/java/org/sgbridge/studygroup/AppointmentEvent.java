package org.sgbridge.studygroup;

import org.sgbridge.platform.Act;
import org.sgbridge.platform.Audited;

/**
 * An appointment to a study group's management team made or ended, raised by the appointment
 * ({@link Appointment}) and published when it is saved, in the same transaction.
 */
public sealed interface AppointmentEvent extends Audited {

	String appointmentId();

	String studyGroup();

	/** The holder's account. */
	String accountId();

	/** {@code CHAIR}, {@code RAPPORTEUR}, … ({@link DecisionRights.Role}). */
	String role();

	/** The Question of a rapporteur, if any ({@code 26/16}). */
	String question();

	@Override
	default String subjectType() {
		return "APPOINTMENT";
	}

	@Override
	default String subject() {
		return appointmentId();
	}

	record Made(String appointmentId, String studyGroup, String accountId, String role, String question, Act act)
			implements AppointmentEvent {

		@Override
		public String action() {
			return "APPOINTMENT_MADE";
		}
	}

	record Ended(String appointmentId, String studyGroup, String accountId, String role, String question, Act act)
			implements AppointmentEvent {

		@Override
		public String action() {
			return "APPOINTMENT_ENDED";
		}
	}
}
