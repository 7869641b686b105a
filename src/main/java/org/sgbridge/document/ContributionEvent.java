package org.sgbridge.document;

import org.sgbridge.platform.Act;
import org.sgbridge.platform.Audited;
import org.springframework.modulith.NamedInterface;

/**
 * What happens to a contribution, raised by the contribution itself ({@link Contribution}) and
 * published when it is saved, in the same transaction. Filed under the country of the submitter's
 * organisation, when known.
 */
@NamedInterface("api")
public sealed interface ContributionEvent extends Audited {

	String contributionId();

	/** Its number in the series, {@code T17-SG16-C-0012}. */
	String number();

	String studyGroup();

	@Override
	default String subjectType() {
		return "CONTRIBUTION";
	}

	@Override
	default String subject() {
		return contributionId();
	}

	@NamedInterface("api")
	record Submitted(String contributionId, String number, String studyGroup, String memberState, Act act)
			implements ContributionEvent {

		@Override
		public String action() {
			return "CONTRIBUTION_SUBMITTED";
		}
	}

	/** A new version of the file, {@code revision} (1 for Rev.1). */
	@NamedInterface("api")
	record Revised(String contributionId, String number, String studyGroup, int revision, String memberState, Act act)
			implements ContributionEvent {

		@Override
		public String action() {
			return "CONTRIBUTION_REVISED";
		}
	}

	@NamedInterface("api")
	record Withdrawn(String contributionId, String number, String studyGroup, String memberState, Act act)
			implements ContributionEvent {

		@Override
		public String action() {
			return "CONTRIBUTION_WITHDRAWN";
		}
	}

	/** Released by the secretariat to everyone signed in. */
	@NamedInterface("api")
	record Published(String contributionId, String number, String studyGroup, String memberState, Act act)
			implements ContributionEvent {

		@Override
		public String action() {
			return "CONTRIBUTION_PUBLISHED";
		}
	}

	/** A co-source confirmed through one of its members (named by the submitter, or co-signing). */
	@NamedInterface("api")
	record CoSourceConfirmed(String contributionId, String number, String studyGroup, String organizationId,
			String memberState, Act act) implements ContributionEvent {

		@Override
		public String action() {
			return "CONTRIBUTION_CO_SOURCE_CONFIRMED";
		}
	}
}
