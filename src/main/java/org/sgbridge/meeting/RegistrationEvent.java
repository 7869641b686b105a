package org.sgbridge.meeting;

import java.time.LocalDate;
import java.util.List;

import org.sgbridge.platform.Act;
import org.sgbridge.platform.Audited;
import org.springframework.modulith.NamedInterface;

/**
 * What happens to a registration, raised by the registration itself ({@link Registration}) and
 * published when it is saved, in the same transaction. Each event carries what those who react to
 * it need (the audit trail, mail): the registration as it is after the change, its meeting, its
 * organisation and the focal points responsible for it.
 */
@NamedInterface("api")
public sealed interface RegistrationEvent extends Audited {

	Facts facts();

	/**
	 * A registration as it is after the change, with its meeting and organisation: {@code status}
	 * after the change, {@code remoteDetails} the meeting's connection details when the participant is
	 * to have them now (validated, remote), else null; {@code focalPoints} the accounts responsible
	 * for validating it (none: the secretariat validates).
	 */
	@NamedInterface("api")
	record Facts(String registrationId, String meetingId, String meetingTitle, LocalDate meetingStart,
			String organizationId, String organizationName, String country, String participantId, Registration.Mode mode,
			Registration.Status status, String reason, String remoteDetails, List<String> focalPoints) {

		public Facts {
			focalPoints = List.copyOf(focalPoints);
		}
	}

	@Override
	default String subjectType() {
		return "REGISTRATION";
	}

	@Override
	default String subject() {
		return facts().registrationId();
	}

	@Override
	default String memberState() {
		return facts().country();
	}

	/**
	 * A person registered. {@code notifyFocalPoints}: the focal points are to be told now (it waits
	 * for them and is the first of the day for its organisation; the others come in the daily digest).
	 * {@code validators}: who may validate it, its focal points or, where there is none, the active
	 * secretariat staff (looked up before the meeting was locked, so nobody is searched for while it is).
	 */
	@NamedInterface("api")
	record Registered(Facts facts, boolean notifyFocalPoints, List<String> validators, Act act)
			implements RegistrationEvent {

		public Registered {
			validators = List.copyOf(validators);
		}

		@Override
		public String action() {
			return "REGISTRATION_SUBMITTED";
		}
	}

	/**
	 * The invoice of a pay-as-you-go registration was paid: it now waits for validation, as a new
	 * registration does ({@code notifyFocalPoints} and {@code validators} as for {@link Registered}).
	 */
	@NamedInterface("api")
	record PaymentReceived(Facts facts, boolean notifyFocalPoints, List<String> validators, Act act)
			implements RegistrationEvent {

		public PaymentReceived {
			validators = List.copyOf(validators);
		}

		@Override
		public String action() {
			return "REGISTRATION_PAID";
		}
	}

	/** Validated by a responsible focal point (or by the secretariat where there is none). */
	@NamedInterface("api")
	record Validated(Facts facts, Act act) implements RegistrationEvent {

		@Override
		public String action() {
			return "REGISTRATION_VALIDATED";
		}
	}

	@NamedInterface("api")
	record Rejected(Facts facts, Act act) implements RegistrationEvent {

		@Override
		public String action() {
			return "REGISTRATION_REJECTED";
		}

		@Override
		public String reason() {
			return facts.reason();
		}
	}

	@NamedInterface("api")
	record Cancelled(Facts facts, Act act) implements RegistrationEvent {

		@Override
		public String action() {
			return "REGISTRATION_CANCELLED";
		}
	}

	/** The participant changed between in person and remote. */
	@NamedInterface("api")
	record ModeChanged(Facts facts, Act act) implements RegistrationEvent {

		@Override
		public String action() {
			return "REGISTRATION_MODE_CHANGED";
		}
	}
}
