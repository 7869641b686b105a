package org.sgbridge.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sgbridge.platform.Act;
import org.sgbridge.platform.Problem;

/**
 * A contribution's changes, without Spring: each checks the contribution's state by the
 * contribution rules and raises its event (for the audit trail), filed under the submitter's
 * organisation's country.
 */
class ContributionTests {

	static final Instant NOON = Instant.parse("2027-01-20T12:00:00Z");
	static final LocalDate TODAY = LocalDate.of(2027, 1, 20);

	static Act member(String organizationId) {
		return new Act(NOON, "acc-" + organizationId, "Member of " + organizationId, Act.member(organizationId), "192.0.2.1");
	}

	static Act staff() {
		return new Act(NOON, "acc-staff", "Staff", "SECRETARIAT", null);
	}

	static Contribution submitted() {
		Contribution c = Contribution.submit("c-1", "m-1", "ITU-T-SG16", "T17-SG16-C-0001", "Haptic widgets", null,
				List.of("26/16", "26/16"), "org-pt", "PT", List.of("org-pt", "org-co", "org-co"), member("org-pt"));
		c.pullEvents();
		return c;
	}

	static Problem refusal(Runnable change) {
		return catchThrowableOfType(Problem.class, change::run);
	}

	@Test
	void theSubmittersOrganisationIsTheFirstSourceConfirmedAtOnceAndCoSourcesWait() {
		Act act = member("org-pt");
		Contribution c = Contribution.submit("c-1", "m-1", "ITU-T-SG16", "T17-SG16-C-0001", "Haptic widgets", null,
				List.of("26/16", "26/16"), "org-pt", "PT", List.of("org-pt", "org-co", "org-co"), act);

		assertThat(c.sources()).extracting(Contribution.Source::organizationId).containsExactly("org-pt", "org-co");
		assertThat(c.sources()).extracting(Contribution.Source::confirmed).containsExactly(true, false);
		assertThat(c.source("org-pt").orElseThrow().confirmedBy()).isEqualTo("acc-org-pt");
		assertThat(c.questions()).containsExactly("26/16");
		assertThat(c.status()).isEqualTo(Contribution.Status.SUBMITTED);
		assertThat(c.revision()).isZero();
		assertThat(c.submittedAt()).isEqualTo(NOON);

		List<ContributionEvent> events = c.pullEvents();
		assertThat(events).singleElement().satisfies(e -> {
			assertThat(e.action()).isEqualTo("CONTRIBUTION_SUBMITTED");
			assertThat(e.subjectType()).isEqualTo("CONTRIBUTION");
			assertThat(e.subject()).isEqualTo("c-1");
			assertThat(e.memberState()).isEqualTo("PT");
			assertThat(e.number()).isEqualTo("T17-SG16-C-0001");
			assertThat(e.act()).isEqualTo(act);
			assertThat(e.reason()).isNull();
		});
		assertThat(c.pullEvents()).as("events are handed over once").isEmpty();
	}

	@Test
	void aRevisionKeepsTheNumberAndCountsUp() {
		Contribution c = submitted();
		c.revise(true, TODAY, member("org-pt"));
		c.revise(true, TODAY, staff());

		assertThat(c.revision()).isEqualTo(2);
		assertThat(c.loadedRevision()).as("what the save checks nobody changed meanwhile").isZero();
		assertThat(c.number()).isEqualTo("T17-SG16-C-0001");
		assertThat(c.pullEvents()).extracting(ContributionEvent::action)
			.containsExactly("CONTRIBUTION_REVISED", "CONTRIBUTION_REVISED");
	}

	@Test
	void onlyASourcesMemberOrTheSecretariatRevisesOrWithdraws() {
		Contribution c = submitted();
		Problem revision = refusal(() -> c.revise(false, TODAY, member("org-other")));
		Problem withdrawal = refusal(() -> c.withdraw(false, member("org-other")));

		assertThat(revision.status().value()).isEqualTo(403);
		assertThat(withdrawal.status().value()).isEqualTo(403);
		assertThat(c.revision()).isZero();
		assertThat(c.isWithdrawn()).isFalse();
		assertThat(c.pullEvents()).isEmpty();
	}

	@Test
	void aRevisionIsTakenUntilTheEndOfTheDeadlinesDayAndNotAfter() {
		Contribution c = submitted();
		c.revise(true, TODAY, member("org-pt"));
		c.revise(true, null, member("org-pt"));
		Problem late = refusal(() -> c.revise(true, TODAY.minusDays(1), member("org-pt")));

		assertThat(late.status().value()).isEqualTo(422);
		assertThat(late.slug()).isEqualTo("deadline-passed");
		assertThat(c.revision()).isEqualTo(2);
	}

	@Test
	void aContributionIsWithdrawnOnceAndThenNotRevised() {
		Contribution c = submitted();
		c.withdraw(true, staff());

		assertThat(c.status()).isEqualTo(Contribution.Status.WITHDRAWN);
		assertThat(c.withdrawnAt()).isEqualTo(NOON);
		assertThat(c.pullEvents()).singleElement().satisfies(e -> {
			assertThat(e.action()).isEqualTo("CONTRIBUTION_WITHDRAWN");
			assertThat(e.act().actingAs()).isEqualTo("SECRETARIAT");
			assertThat(e.memberState()).isEqualTo("PT");
		});
		Problem again = refusal(() -> c.withdraw(true, staff()));
		Problem revision = refusal(() -> c.revise(true, TODAY, member("org-pt")));
		assertThat(again.status().value()).isEqualTo(409);
		assertThat(again.slug()).isEqualTo("already-decided");
		assertThat(revision.slug()).isEqualTo("already-decided");
		assertThat(c.pullEvents()).isEmpty();
	}

	@Test
	void aCoSourceConfirmsOnceThroughOneOfItsMembers() {
		Contribution c = submitted();
		Problem notAMember = refusal(() -> c.confirmCoSource("org-co", false, member("org-co")));
		assertThat(notAMember.status().value()).isEqualTo(403);
		assertThat(notAMember.slug()).isEqualTo("forbidden");

		c.confirmCoSource("org-co", true, member("org-co"));
		assertThat(c.source("org-co").orElseThrow().confirmed()).isTrue();
		assertThat(c.pullEvents()).singleElement().satisfies(e -> {
			assertThat(e.action()).isEqualTo("CONTRIBUTION_CO_SOURCE_CONFIRMED");
			assertThat(((ContributionEvent.CoSourceConfirmed) e).organizationId()).isEqualTo("org-co");
			assertThat(e.act().actingAs()).isEqualTo("MEMBER:org-co");
		});
		assertThat(refusal(() -> c.confirmCoSource("org-co", true, member("org-co"))).slug()).isEqualTo("already-decided");
		assertThat(refusal(() -> c.confirmCoSource("org-pt", true, member("org-pt"))).slug()).isEqualTo("already-decided");
		assertThat(refusal(() -> c.confirmCoSource("org-unnamed", true, member("org-unnamed"))).slug())
			.as("an organisation that is no source has nothing to confirm").isEqualTo("already-decided");
		assertThat(c.pullEvents()).isEmpty();
	}

	@Test
	void coSigningMakesTheOrganisationAConfirmedCoSourceOnce() {
		Contribution c = submitted();
		assertThat(refusal(() -> c.coSign("org-new", false, member("org-new"))).status().value()).isEqualTo(403);
		assertThat(refusal(() -> c.coSign(null, true, member("org-new"))).status().value()).isEqualTo(403);

		assertThat(c.coSign("org-new", true, member("org-new"))).isTrue();
		assertThat(c.coSign("org-co", true, member("org-co"))).as("a named co-source that waited confirms").isTrue();
		assertThat(c.coSign("org-new", true, member("org-new"))).as("already a confirmed source").isFalse();

		assertThat(c.sources()).extracting(Contribution.Source::organizationId).containsExactly("org-pt", "org-co", "org-new");
		assertThat(c.sources()).allMatch(Contribution.Source::confirmed);
		assertThat(c.pullEvents()).extracting(e -> ((ContributionEvent.CoSourceConfirmed) e).organizationId())
			.containsExactly("org-new", "org-co");
	}

	@Test
	void theSecretariatMakesItPublicOnceAndNobodyElseDoes() {
		Contribution c = submitted();
		Problem refused = refusal(() -> c.publish(false, member("org-pt")));
		assertThat(refused.status().value()).isEqualTo(403);
		assertThat(c.isPublic()).isFalse();
		assertThat(c.pullEvents()).isEmpty();

		assertThat(c.publish(true, staff())).isTrue();
		assertThat(c.isPublic()).isTrue();
		assertThat(c.pullEvents()).singleElement().satisfies(e -> {
			assertThat(e).isInstanceOf(ContributionEvent.Published.class);
			assertThat(e.action()).isEqualTo("CONTRIBUTION_PUBLISHED");
			assertThat(e.subject()).isEqualTo("c-1");
			assertThat(e.memberState()).isEqualTo("PT");
			assertThat(e.act()).isEqualTo(staff());
		});

		assertThat(c.publish(true, staff())).as("public already").isFalse();
		assertThat(c.pullEvents()).isEmpty();
	}
}
