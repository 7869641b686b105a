package org.sgbridge.bsg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sgbridge.directory.MemberState;

/** Eligibility from a Member State as it stood on the meeting's first day, without Spring. */
class FellowshipEligibilityTests {

	private static MemberState state(boolean ldc, boolean developing) {
		return new MemberState("XX", "000", MemberState.Region.AFR, ldc, developing, null, Map.of("en", "X"), "admin");
	}

	@Test
	void anLdcIsLdcADevelopingCountryDevelopingAnyOtherNotEligible() {
		assertThat(FellowshipEligibility.of(state(true, true))).contains(FellowshipApplication.Eligibility.LDC);
		assertThat(FellowshipEligibility.of(state(false, true))).contains(FellowshipApplication.Eligibility.DEVELOPING);
		assertThat(FellowshipEligibility.of(state(false, false))).isEmpty();
	}
}
