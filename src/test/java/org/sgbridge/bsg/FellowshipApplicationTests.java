package org.sgbridge.bsg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sgbridge.bsg.FellowshipApplication.Kind;
import org.sgbridge.bsg.FellowshipApplication.Ledger;
import org.sgbridge.bsg.FellowshipApplication.Status;
import org.sgbridge.platform.Act;
import org.sgbridge.platform.Problem;

/** The rules of an application's steps, without Spring: endorsement once, award within the budget and the caps in units. */
class FellowshipApplicationTests {

	private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
	private static final FellowshipCall CALL = new FellowshipCall("call", "meeting", new BigDecimal("10000.00"), "CHF",
			LocalDate.parse("2027-04-01"), NOW, "staff");

	private static Act act(String who) {
		return new Act(NOW, who, who, "TEST", null);
	}

	private static FellowshipApplication submitted(Kind kind) {
		FellowshipApplication a = FellowshipApplication.submit(CALL, "admin-et", "ET", FellowshipApplication.Eligibility.LDC,
				kind, "A contribution on QoS", FellowshipApplication.Gender.FEMALE, act("delegate"));
		a.pullEvents();
		return a;
	}

	private static FellowshipApplication endorsed(Kind kind) {
		FellowshipApplication a = submitted(kind);
		a.endorse(act("dfp"));
		a.pullEvents();
		return a;
	}

	private static String slugOf(Runnable change) {
		try {
			change.run();
		}
		catch (Problem p) {
			return p.status().value() + " " + p.slug();
		}
		throw new AssertionError("no refusal");
	}

	private static Ledger ledger(String remaining, int stateUnits, int personUnits) {
		return new Ledger(new BigDecimal(remaining), stateUnits, personUnits, 2027);
	}

	@Test
	void submittingRaisesAnEventForTheAuditAndTheDfps() {
		FellowshipApplication a = FellowshipApplication.submit(CALL, "admin-et", "ET", FellowshipApplication.Eligibility.LDC,
				Kind.FULL, null, null, act("delegate"));
		assertThat(a.status()).isEqualTo(Status.SUBMITTED);
		assertThat(a.accountId()).isEqualTo("delegate");
		assertThat(a.pullEvents()).singleElement().isInstanceOfSatisfying(FellowshipEvent.Submitted.class, e -> {
			assertThat(e.action()).isEqualTo("FELLOWSHIP_APPLICATION_SUBMITTED");
			assertThat(e.memberState()).isEqualTo("ET");
			assertThat(e.kind()).isEqualTo("FULL");
		});
	}

	@Test
	void endorsementIsDecidedOnceAndARefusalNeedsAReason() {
		FellowshipApplication a = submitted(Kind.FULL);
		assertThat(slugOf(() -> a.refuseEndorsement(act("dfp"), " "))).isEqualTo("422 reason-required");
		assertThat(a.status()).isEqualTo(Status.SUBMITTED);
		a.refuseEndorsement(act("dfp"), "Not in the delegation");
		assertThat(a.status()).isEqualTo(Status.NOT_ENDORSED);
		assertThat(a.endorsementReason()).isEqualTo("Not in the delegation");
		assertThat(slugOf(() -> a.endorse(act("dfp")))).isEqualTo("409 already-decided");
	}

	@Test
	void onlyAnEndorsedApplicationIsAwarded() {
		assertThat(slugOf(() -> submitted(Kind.FULL).award(act("staff"), Kind.FULL, new BigDecimal("100"), ledger("10000", 0, 0))))
			.isEqualTo("422 not-endorsed");
		FellowshipApplication refused = submitted(Kind.FULL);
		refused.refuseEndorsement(act("dfp"), "No");
		assertThat(slugOf(() -> refused.award(act("staff"), Kind.FULL, new BigDecimal("100"), ledger("10000", 0, 0))))
			.isEqualTo("422 not-endorsed");
	}

	@Test
	void anAwardWithinTheBudgetAndCapsIsRecordedWithTheAwardedKind() {
		FellowshipApplication a = endorsed(Kind.FULL);
		a.award(act("staff"), Kind.PARTIAL, new BigDecimal("1200.50"), ledger("1200.50", 1, 1));
		assertThat(a.status()).isEqualTo(Status.AWARDED);
		assertThat(a.kind()).isEqualTo(Kind.PARTIAL);
		assertThat(a.requestedKind()).isEqualTo(Kind.FULL);
		assertThat(a.amount()).isEqualByComparingTo("1200.50");
		assertThat(a.pullEvents()).singleElement().isInstanceOf(FellowshipEvent.Awarded.class);
		assertThat(slugOf(() -> a.award(act("staff"), Kind.PARTIAL, BigDecimal.ONE, ledger("10000", 0, 0))))
			.isEqualTo("409 already-decided");
		assertThat(slugOf(() -> a.decline(act("staff"), "Changed our mind"))).isEqualTo("409 already-decided");
	}

	@Test
	void anAmountAboveWhatRemainsIsRefused() {
		FellowshipApplication a = endorsed(Kind.FULL);
		assertThat(slugOf(() -> a.award(act("staff"), Kind.FULL, new BigDecimal("1200.51"), ledger("1200.50", 0, 0))))
			.isEqualTo("409 budget-exhausted");
		assertThat(a.status()).isEqualTo(Status.ENDORSED);
	}

	@Test
	void capsCountAFullFellowshipAsTwoUnitsAndAPartialOneAsOne() {
		assertThat(slugOf(() -> endorsed(Kind.FULL).award(act("staff"), Kind.FULL, BigDecimal.TEN, ledger("10000", 1, 0))))
			.as("a full one beside a partial one of the same state").isEqualTo("409 fellowship-cap");
		assertThat(slugOf(() -> endorsed(Kind.PARTIAL).award(act("staff"), Kind.PARTIAL, BigDecimal.TEN, ledger("10000", 2, 0))))
			.as("a third partial one of the same state").isEqualTo("409 fellowship-cap");
		assertThat(slugOf(() -> endorsed(Kind.PARTIAL).award(act("staff"), Kind.PARTIAL, BigDecimal.TEN, ledger("10000", 0, 2))))
			.as("a person's third partial one in the year").isEqualTo("409 fellowship-cap");
		FellowshipApplication second = endorsed(Kind.FULL);
		second.award(act("staff"), Kind.PARTIAL, BigDecimal.TEN, ledger("10000", 1, 1));
		assertThat(second.status()).as("two partial ones fill both caps exactly").isEqualTo(Status.AWARDED);
	}

	@Test
	void theSecretariatDeclinesWithAReasonBeforeOrAfterTheEndorsement() {
		FellowshipApplication waiting = submitted(Kind.FULL);
		assertThat(slugOf(() -> waiting.decline(act("staff"), ""))).isEqualTo("422 reason-required");
		waiting.decline(act("staff"), "Budget kept for LDCs");
		assertThat(waiting.status()).isEqualTo(Status.DECLINED);
		assertThat(waiting.decisionReason()).isEqualTo("Budget kept for LDCs");
		FellowshipApplication endorsed = endorsed(Kind.PARTIAL);
		endorsed.decline(act("staff"), "No contribution planned");
		assertThat(endorsed.status()).isEqualTo(Status.DECLINED);
		FellowshipApplication refused = submitted(Kind.FULL);
		refused.refuseEndorsement(act("dfp"), "No");
		assertThat(slugOf(() -> refused.decline(act("staff"), "No"))).isEqualTo("409 already-decided");
	}
}
