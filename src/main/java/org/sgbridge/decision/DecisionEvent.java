package org.sgbridge.decision;

import org.sgbridge.platform.Act;
import org.sgbridge.platform.Audited;
import org.springframework.modulith.NamedInterface;

/** A decision recorded by the secretariat, or an organisation's position on one, for the audit trail. */
@NamedInterface("api")
public sealed interface DecisionEvent extends Audited {

	String decisionId();

	String studyGroup();

	@NamedInterface("api")
	record Recorded(String decisionId, String studyGroup, Act act) implements DecisionEvent {

		@Override
		public String action() {
			return "DECISION_RECORDED";
		}

		@Override
		public String subjectType() {
			return "DECISION";
		}

		@Override
		public String subject() {
			return decisionId;
		}
	}

	/**
	 * An organisation's position ({@code SUPPORT}, {@code OBJECT}, {@code ABSTAIN}; none for a
	 * comment only), filed under the organisation's country; its comment is the reason it gives.
	 */
	@NamedInterface("api")
	record PositionTaken(String positionId, String decisionId, String studyGroup, String organizationId, String position,
			String reason, String memberState, Act act) implements DecisionEvent {

		@Override
		public String action() {
			return "POSITION_TAKEN";
		}

		@Override
		public String subjectType() {
			return "POSITION";
		}

		@Override
		public String subject() {
			return positionId;
		}
	}
}
