package org.sgbridge.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sgbridge.platform.Act;
import org.sgbridge.platform.Problem;

/**
 * A decision's rules and events, without Spring: every field at fault named at once, the procedure's
 * first step by default, and who may take a position or comment (an SME has no part in decisions).
 */
class StudyGroupDecisionTests {

	static final Act STAFF = new Act(Instant.parse("2027-03-01T10:00:00Z"), "acc-staff", "Staff", "SECRETARIAT", "10.0.0.9");
	static final Act MEMBER = new Act(Instant.parse("2027-03-02T10:00:00Z"), "acc-m", "Marie", "MEMBER:org-sm", "10.0.0.7");

	private static Decisions.NewDecision form(String subject, String procedure, String step, String outcome, String on) {
		return new Decisions.NewDecision("ITU-T-SG16", null, subject, procedure, step, outcome, on, List.of());
	}

	private static StudyGroupDecision.Organization org(String kind, boolean inGroup) {
		return new StudyGroupDecision.Organization("org-x", "Org X", kind, "FR", inGroup);
	}

	private static List<String> fields(Problem problem) {
		return problem.fieldProblems().stream().map(Problem.FieldProblem::field).toList();
	}

	@Test
	void aDecisionTakesItsProceduresFirstStepAndIsInTheTrailAsRecorded() {
		StudyGroupDecision aap = StudyGroupDecision.record(form(" H.266.1 ", "aap", null, "consented", "2027-02-28"),
				List.of("c-1"), List.of(), STAFF);

		assertThat(aap.subject()).isEqualTo("H.266.1");
		assertThat(aap.procedure()).isEqualTo("AAP");
		assertThat(aap.step()).isEqualTo("CONSENT");
		assertThat(aap.outcome()).isEqualTo("CONSENTED");
		assertThat(aap.decidedOn()).isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(aap.inputs()).containsExactly("c-1");
		assertThat(aap.pullEvents()).singleElement().satisfies(e -> {
			assertThat(e.action()).isEqualTo("DECISION_RECORDED");
			assertThat(e.subject()).isEqualTo(aap.id());
			assertThat(e.act()).isEqualTo(STAFF);
		});
		assertThat(aap.pullEvents()).isEmpty();

		assertThat(StudyGroupDecision.record(form("X", "TAP", "", null, null), List.of(), List.of(), STAFF).step())
			.isEqualTo("DETERMINATION");
		assertThat(StudyGroupDecision.record(form("X", "consensus", null, null, null), List.of(), List.of(), STAFF).step())
			.isEqualTo("AGREEMENT");
	}

	@Test
	void everyFieldAtFaultIsNamedAtOnceWithWhatTheCallerFound() {
		List<Problem.FieldProblem> found = List.of(new Problem.FieldProblem("meetingId", "validation.meeting", "m-9"));
		Problem problem = catchThrowableOfType(Problem.class, () -> StudyGroupDecision.record(
				form(" ", "VOTE", "SIGNATURE", "A-VERY-LONG-OUTCOME-WORD", "28/02/2027"), List.of(), found, STAFF));

		assertThat(problem.slug()).isEqualTo("invalid-input");
		assertThat(fields(problem)).containsExactly("meetingId", "subject", "procedure", "step", "outcome", "decidedOn");
	}

	@Test
	void aMemberOrganisationTakesAPositionAndItIsInTheTrailWithItsState() {
		StudyGroupDecision decision = StudyGroupDecision.of("d-1", "ITU-T-SG16");

		StudyGroupDecision.Position taken = decision.takePosition(org("SECTOR_MEMBER", true), List.of("SECTOR_MEMBER"),
				"support", "  We agree. ", List.of(), MEMBER);

		assertThat(taken.position()).isEqualTo("SUPPORT");
		assertThat(taken.comment()).isEqualTo("We agree.");
		assertThat(decision.pullEvents()).singleElement().satisfies(e -> {
			assertThat(e.action()).isEqualTo("POSITION_TAKEN");
			assertThat(e.memberState()).isEqualTo("FR");
			assertThat(e.act()).isEqualTo(MEMBER);
		});
	}

	@Test
	void aPositionIsOneOfThreeOrACommentAlone() {
		StudyGroupDecision decision = StudyGroupDecision.of("d-1", "ITU-T-SG16");

		Problem neither = catchThrowableOfType(Problem.class,
				() -> decision.takePosition(org("SECTOR_MEMBER", true), List.of(), " ", null, List.of(), MEMBER));
		assertThat(fields(neither)).containsExactly("position");
		Problem unknown = catchThrowableOfType(Problem.class,
				() -> decision.takePosition(org("SECTOR_MEMBER", true), List.of(), "VETO", "x".repeat(4001), List.of(), MEMBER));
		assertThat(fields(unknown)).containsExactly("position", "comment");
		assertThat(decision.pullEvents()).isEmpty();

		assertThat(decision.takePosition(org("ACADEMIA", true), List.of("ACADEMIA"), null, "A comment", List.of(), MEMBER)
			.position()).isNull();
	}

	@Test
	void someoneOnAnSmesStaffTakesNoPositionAndNoCommentForAnyOrganisation() {
		StudyGroupDecision decision = StudyGroupDecision.of("d-1", "ITU-T-SG16");

		Problem refused = catchThrowableOfType(Problem.class, () -> decision.takePosition(org("SECTOR_MEMBER", true),
				List.of("SME", "SECTOR_MEMBER"), null, "a comment", List.of(), MEMBER));

		assertThat(refused.slug()).isEqualTo("sme-no-decision-role");
		assertThat(refused.status().value()).isEqualTo(422);
		assertThat(decision.pullEvents()).isEmpty();
	}

	@Test
	void anAssociateOnlyCommentsAndAnOrganisationOutsideTheGroupNeither() {
		StudyGroupDecision decision = StudyGroupDecision.of("d-1", "ITU-T-SG16");

		Problem position = catchThrowableOfType(Problem.class, () -> decision.takePosition(org("ASSOCIATE", true),
				List.of("ASSOCIATE"), "OBJECT", null, List.of(), MEMBER));
		assertThat(position.status().value()).isEqualTo(422);

		Problem outside = catchThrowableOfType(Problem.class, () -> decision.takePosition(org("ASSOCIATE", false),
				List.of("ASSOCIATE"), null, "a comment", List.of(), MEMBER));
		assertThat(outside.slug()).isEqualTo("not-entitled");
		assertThat(outside.args()).containsExactly("Org X", "ITU-T-SG16");
		assertThat(decision.pullEvents()).isEmpty();
	}
}
