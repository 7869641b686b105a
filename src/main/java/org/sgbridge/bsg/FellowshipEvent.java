package org.sgbridge.bsg;

import java.math.BigDecimal;

import org.sgbridge.platform.Act;
import org.sgbridge.platform.Audited;
import org.springframework.modulith.NamedInterface;

/**
 * What happens to a fellowship application, raised by the application itself
 * ({@link FellowshipApplication}) and published when it is saved, in the same transaction: the audit
 * trail records it, the notification module mails the people concerned.
 */
@NamedInterface("api")
public sealed interface FellowshipEvent extends Audited {

	Facts facts();

	@Override
	default String subjectType() {
		return "FELLOWSHIP_APPLICATION";
	}

	@Override
	default String subject() {
		return facts().applicationId();
	}

	@Override
	default String memberState() {
		return facts().memberState();
	}

	/** The application an event is about: its call and meeting, the applicant, its organisation and Member State. */
	@NamedInterface("api")
	record Facts(String applicationId, String callId, String meetingId, String accountId, String organizationId,
			String memberState) {
	}

	/** A delegate applied; {@code kind} is {@code FULL} or {@code PARTIAL}. Its state's DFPs are told. */
	@NamedInterface("api")
	record Submitted(Facts facts, String kind, String eligibility, Act act) implements FellowshipEvent {

		@Override
		public String action() {
			return "FELLOWSHIP_APPLICATION_SUBMITTED";
		}
	}

	/** A DFP of the state endorsed the application, in place of the signed and stamped form. */
	@NamedInterface("api")
	record Endorsed(Facts facts, Act act) implements FellowshipEvent {

		@Override
		public String action() {
			return "FELLOWSHIP_APPLICATION_ENDORSED";
		}
	}

	/** A DFP of the state declined to endorse it, with a reason. */
	@NamedInterface("api")
	record NotEndorsed(Facts facts, String reason, Act act) implements FellowshipEvent {

		@Override
		public String action() {
			return "FELLOWSHIP_APPLICATION_NOT_ENDORSED";
		}
	}

	/** The secretariat awarded a fellowship of that kind and amount (in CHF). */
	@NamedInterface("api")
	record Awarded(Facts facts, String kind, BigDecimal amount, Act act) implements FellowshipEvent {

		@Override
		public String action() {
			return "FELLOWSHIP_APPLICATION_AWARDED";
		}
	}

	/** The secretariat declined the application, with a reason. */
	@NamedInterface("api")
	record Declined(Facts facts, String reason, Act act) implements FellowshipEvent {

		@Override
		public String action() {
			return "FELLOWSHIP_APPLICATION_DECLINED";
		}
	}
}
