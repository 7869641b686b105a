package org.sgbridge.bsg;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.platform.Act;
import org.sgbridge.platform.Actor;

/** Who may do what with an application, each rule tested both ways, without Spring. */
class FellowshipAccessTests {

	private static final Actor STAFF = new Actor("staff", "staff@example.org", "Staff", Set.of(Actor.SECRETARIAT));
	private static final Actor ADMIN = new Actor("admin", "admin@example.org", "Admin", Set.of(Actor.ADMIN));
	private static final Actor APPLICANT = new Actor("delegate", "d@example.org", "Delegate", Set.of());
	private static final Actor DFP_ET = new Actor("dfp-et", "dfp-et@example.org", "DFP ET", Set.of());
	private static final Actor DFP_KE = new Actor("dfp-ke", "dfp-ke@example.org", "DFP KE", Set.of());
	private static final Actor OTHER = new Actor("other", "o@example.org", "Other", Set.of());

	private static final FellowshipApplication ETHIOPIAN = FellowshipApplication.submit(
			new FellowshipCall("call", "meeting", BigDecimal.TEN, "CHF", LocalDate.parse("2027-04-01"), Instant.EPOCH, "staff"),
			"admin-et", "ET", FellowshipApplication.Eligibility.LDC, FellowshipApplication.Kind.FULL, null, null,
			new Act(Instant.EPOCH, "delegate", "Delegate", "MEMBER:admin-et", null));

	@Test
	void onlyTheSecretariatOpensCallsAndAwards() {
		assertThat(FellowshipAccess.mayOpenCall(STAFF)).isTrue();
		assertThat(FellowshipAccess.mayOpenCall(ADMIN)).isTrue();
		assertThat(FellowshipAccess.mayOpenCall(DFP_ET)).isFalse();
		assertThat(FellowshipAccess.mayDecideAward(STAFF)).isTrue();
		assertThat(FellowshipAccess.mayDecideAward(APPLICANT)).isFalse();
		assertThat(FellowshipAccess.mayDecideAward(DFP_ET)).isFalse();
	}

	@Test
	void onlyADfpOfTheApplicationsStateEndorsesIt() {
		List<String> dfpsOfEthiopia = List.of("dfp-et");
		assertThat(FellowshipAccess.mayEndorse(DFP_ET, ETHIOPIAN, dfpsOfEthiopia)).isTrue();
		assertThat(FellowshipAccess.mayEndorse(DFP_KE, ETHIOPIAN, dfpsOfEthiopia)).isFalse();
		assertThat(FellowshipAccess.mayEndorse(STAFF, ETHIOPIAN, dfpsOfEthiopia)).as("not in place of the DFP").isFalse();
		assertThat(FellowshipAccess.mayEndorse(APPLICANT, ETHIOPIAN, dfpsOfEthiopia)).isFalse();
	}

	@Test
	void theSecretariatTheApplicantAndItsStatesDfpsReadIt() {
		assertThat(FellowshipAccess.mayRead(STAFF, ETHIOPIAN, List.of())).isTrue();
		assertThat(FellowshipAccess.mayRead(APPLICANT, ETHIOPIAN, List.of())).isTrue();
		assertThat(FellowshipAccess.mayRead(DFP_ET, ETHIOPIAN, List.of("ET"))).isTrue();
		assertThat(FellowshipAccess.mayRead(DFP_KE, ETHIOPIAN, List.of("KE"))).isFalse();
		assertThat(FellowshipAccess.mayRead(OTHER, ETHIOPIAN, List.of())).isFalse();
	}

	@Test
	void aListShowsAllToTheSecretariatOnlyOwnAndOwnStatesToOthers() {
		assertThat(FellowshipAccess.scope(STAFF, List.of()).all()).isTrue();
		FellowshipAccess.Scope dfp = FellowshipAccess.scope(DFP_ET, List.of("ET"));
		assertThat(dfp.all()).isFalse();
		assertThat(dfp.states()).containsExactly("ET");
		assertThat(dfp.accountId()).isEqualTo("dfp-et");
		assertThat(FellowshipAccess.scope(APPLICANT, List.of()).states()).isEmpty();
	}
}
