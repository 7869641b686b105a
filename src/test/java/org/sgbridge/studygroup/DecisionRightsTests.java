package org.sgbridge.studygroup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sgbridge.studygroup.DecisionRights.Role;
import org.sgbridge.studygroup.DecisionRights.Verdict;

/** Rule 3 of the pilot's terms of reference: an SME has no role in decision-making. */
class DecisionRightsTests {

	@Test
	void smeCannotHoldAnyLeadershipRole() {
		for (Role role : Role.values()) {
			assertThat(DecisionRights.mayHold(role, List.of("SME"))).as(role.name()).isEqualTo(Verdict.SME_NO_DECISION_ROLE);
		}
	}

	@Test
	void takingPartForAnSmeAsWellStillRefusesTheRole() {
		assertThat(DecisionRights.mayHold(Role.CHAIR, List.of("ADMINISTRATION", "SME"))).isEqualTo(Verdict.SME_NO_DECISION_ROLE);
	}

	@Test
	void chairsComeFromAdministrationsAndSectorMembers() {
		assertThat(DecisionRights.mayHold(Role.CHAIR, List.of("ADMINISTRATION"))).isEqualTo(Verdict.ALLOWED);
		assertThat(DecisionRights.mayHold(Role.VICE_CHAIR, List.of("SECTOR_MEMBER"))).isEqualTo(Verdict.ALLOWED);
		assertThat(DecisionRights.mayHold(Role.WORKING_PARTY_CHAIR, List.of("ACADEMIA"))).isEqualTo(Verdict.NOT_ENTITLED);
		assertThat(DecisionRights.mayHold(Role.CHAIR, List.of("ASSOCIATE"))).isEqualTo(Verdict.NOT_ENTITLED);
	}

	@Test
	void rapporteursAlsoComeFromAssociatesAndAcademia() {
		assertThat(DecisionRights.mayHold(Role.RAPPORTEUR, List.of("ASSOCIATE"))).isEqualTo(Verdict.ALLOWED);
		assertThat(DecisionRights.mayHold(Role.ASSOCIATE_RAPPORTEUR, List.of("ACADEMIA"))).isEqualTo(Verdict.ALLOWED);
		assertThat(DecisionRights.mayHold(Role.RAPPORTEUR, List.of("ASSOCIATION"))).isEqualTo(Verdict.NOT_ENTITLED);
		assertThat(DecisionRights.mayHold(Role.RAPPORTEUR, List.of())).isEqualTo(Verdict.NOT_ENTITLED);
	}

	@Test
	void smeTakesNoPositionAndMakesNoCommentOnADecision() {
		assertThat(DecisionRights.mayTakePosition("SME")).isEqualTo(Verdict.SME_NO_DECISION_ROLE);
		assertThat(DecisionRights.mayComment("SME")).isEqualTo(Verdict.SME_NO_DECISION_ROLE);
	}

	@Test
	void positionsForAdministrationsAndSectorMembersCommentsAlsoForAssociatesAndAcademia() {
		assertThat(DecisionRights.mayTakePosition("ADMINISTRATION")).isEqualTo(Verdict.ALLOWED);
		assertThat(DecisionRights.mayTakePosition("SECTOR_MEMBER")).isEqualTo(Verdict.ALLOWED);
		assertThat(DecisionRights.mayTakePosition("ASSOCIATE")).isEqualTo(Verdict.NOT_ENTITLED);
		assertThat(DecisionRights.mayTakePosition("ACADEMIA")).isEqualTo(Verdict.NOT_ENTITLED);
		assertThat(DecisionRights.mayComment("ASSOCIATE")).isEqualTo(Verdict.ALLOWED);
		assertThat(DecisionRights.mayComment("ACADEMIA")).isEqualTo(Verdict.ALLOWED);
		assertThat(DecisionRights.mayComment("ASSOCIATION")).isEqualTo(Verdict.NOT_ENTITLED);
		assertThat(DecisionRights.mayTakePosition("ASSOCIATION")).isEqualTo(Verdict.NOT_ENTITLED);
	}

	@Test
	void smeStaffTakeNoPositionAndMakeNoCommentForAnyOrganisationTheirAdministrationIncluded() {
		List<String> smeStaff = List.of("ADMINISTRATION", "SME");
		assertThat(DecisionRights.mayTakePosition("ADMINISTRATION", smeStaff)).isEqualTo(Verdict.SME_NO_DECISION_ROLE);
		assertThat(DecisionRights.mayComment("ADMINISTRATION", smeStaff)).isEqualTo(Verdict.SME_NO_DECISION_ROLE);
		assertThat(DecisionRights.mayComment("ASSOCIATE", List.of("ASSOCIATE", "SME"))).isEqualTo(Verdict.SME_NO_DECISION_ROLE);
		assertThat(DecisionRights.mayTakePosition("ADMINISTRATION", List.of("ADMINISTRATION"))).isEqualTo(Verdict.ALLOWED);
		// The secretariat, on no organisation's staff, records for an entitled organisation.
		assertThat(DecisionRights.mayTakePosition("SECTOR_MEMBER", List.of())).isEqualTo(Verdict.ALLOWED);
	}
}
