package org.sgbridge.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.document.ContributionRules.ChangeFacts;
import org.sgbridge.document.ContributionRules.Organization;
import org.sgbridge.document.ContributionRules.Reason;
import org.sgbridge.document.ContributionRules.Registration;
import org.sgbridge.document.ContributionRules.SubmissionFacts;

/** The rules of submitting, revising and withdrawing, without Spring: each refusal named, in the service's order. */
class ContributionRulesTests {

	static final LocalDate TODAY = LocalDate.of(2027, 1, 20);

	private static List<String> codes(List<Reason> reasons) {
		return reasons.stream().map(Reason::code).toList();
	}

	private static SubmissionFacts facts(LocalDate deadline, Registration registration, Organization... orgs) {
		return new SubmissionFacts(TODAY, deadline, "ITU-T-SG16", true, registration, List.of(orgs));
	}

	@Test
	void aValidatedParticipantSubmitsUntilTheEndOfTheDeadlinesDay() {
		assertThat(ContributionRules.submission(facts(TODAY, Registration.VALIDATED))).isEmpty();
		assertThat(ContributionRules.submission(facts(null, Registration.VALIDATED))).isEmpty();
		List<Reason> late = ContributionRules.submission(facts(TODAY.minusDays(1), Registration.VALIDATED));
		assertThat(codes(late)).containsExactly("deadline-passed");
		assertThat(late.get(0).access()).isFalse();
		assertThat(late.get(0).args()).containsExactly(TODAY.minusDays(1));
	}

	@Test
	void whoIsNotAValidatedParticipantIsToldWhyAndTheDeadlineComesAfter() {
		assertThat(codes(ContributionRules.submission(facts(TODAY.minusDays(1), Registration.PENDING_VALIDATION))))
			.containsExactly("registration-pending", "deadline-passed");
		assertThat(codes(ContributionRules.submission(facts(TODAY, Registration.REJECTED)))).containsExactly("registration-rejected");
		assertThat(codes(ContributionRules.submission(facts(TODAY, Registration.CANCELLED)))).containsExactly("registration-cancelled");
		assertThat(ContributionRules.submission(facts(TODAY, Registration.PENDING_VALIDATION)).get(0).access()).isTrue();
	}

	@Test
	void someoneNotRegisteredIsToldWhatKeepsEachOfItsOrganisationsOut() {
		assertThat(codes(ContributionRules.submission(facts(TODAY, Registration.NONE)))).containsExactly("no-organization");
		Organization administration = new Organization("Administration of Lesotho", "ADMINISTRATION", true, Set.of());
		Organization unapproved = new Organization("Maseru Apps", "SME", false, Set.of());
		Organization elsewhere = new Organization("Leribe Data", "SME", false, Set.of("ITU-D-SG1", "ITU-T-SG20"));
		Organization association = new Organization("Mountain ICT Association", "ASSOCIATION", false, Set.of());
		assertThat(codes(ContributionRules.submission(facts(TODAY, Registration.NONE, administration, unapproved))))
			.containsExactly("not-registered");
		List<Reason> out = ContributionRules.submission(facts(TODAY, Registration.NONE, unapproved, elsewhere, association));
		assertThat(codes(out)).containsExactly("sme-not-approved", "group-not-approved", "not-entitled");
		assertThat(out.get(1).args()).containsExactly("Leribe Data", String.join(", ", elsewhere.approvedPilotGroups()), "ITU-T-SG16");
		SubmissionFacts notPilot = new SubmissionFacts(TODAY, TODAY, "ITU-T-SG17", false, Registration.NONE, List.of(elsewhere));
		assertThat(codes(ContributionRules.submission(notPilot))).containsExactly("group-not-in-pilot");
	}

	@Test
	void onlyASourceOrTheSecretariatRevisesOrWithdrawsAndNotOnceWithdrawn() {
		assertThat(ContributionRules.revision(new ChangeFacts(true, false, TODAY, TODAY))).isEmpty();
		assertThat(ContributionRules.withdrawal(new ChangeFacts(true, false, TODAY, TODAY))).isEmpty();
		assertThat(codes(ContributionRules.revision(new ChangeFacts(false, false, TODAY, TODAY)))).containsExactly("not-a-source");
		assertThat(codes(ContributionRules.withdrawal(new ChangeFacts(false, true, TODAY, TODAY)))).containsExactly("not-a-source");
		assertThat(codes(ContributionRules.revision(new ChangeFacts(true, true, TODAY, TODAY.minusDays(1)))))
			.containsExactly("withdrawn", "deadline-passed");
		assertThat(codes(ContributionRules.withdrawal(new ChangeFacts(true, true, TODAY, TODAY)))).containsExactly("withdrawn");
		// Withdrawing stays open after the deadline: the deadline is for what is submitted.
		assertThat(ContributionRules.withdrawal(new ChangeFacts(true, false, TODAY, TODAY.minusDays(5)))).isEmpty();
	}
}
