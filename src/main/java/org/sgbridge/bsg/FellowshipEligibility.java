package org.sgbridge.bsg;

import java.util.Optional;

import org.sgbridge.directory.MemberState;

/**
 * Who may have a fellowship (API.md "Fellowships"): a delegate whose organisation's Member State is
 * least developed or developing on the meeting's first day, as the Member States data and its history
 * stood then. Computed, never declared by the applicant.
 */
final class FellowshipEligibility {

	private FellowshipEligibility() {
	}

	/** {@code LDC} before {@code DEVELOPING} (every LDC is developing); empty when neither. */
	static Optional<FellowshipApplication.Eligibility> of(MemberState stateOnTheDay) {
		if (stateOnTheDay.ldc()) {
			return Optional.of(FellowshipApplication.Eligibility.LDC);
		}
		if (stateOnTheDay.developing()) {
			return Optional.of(FellowshipApplication.Eligibility.DEVELOPING);
		}
		return Optional.empty();
	}
}
