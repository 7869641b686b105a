package org.sgbridge.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sgbridge.report.AnnexEntries.Entry;
import org.sgbridge.report.ParticipationSteps.RequestRow;

/**
 * An SME's lines of the annex from its requests' history: from each approval to the next change of
 * that request's status, its groups in the annex's order with the earliest approval of each, the
 * first group and that approval giving its place.
 */
class AnnexEntriesTests {

	private static final Instant T1 = Instant.parse("2020-06-01T11:00:00Z");
	private static final Instant T2 = Instant.parse("2020-06-02T11:00:00Z");
	private static final Instant T3 = Instant.parse("2020-06-03T11:00:00Z");
	private static final Instant T4 = Instant.parse("2020-06-04T11:00:00Z");

	private final List<RequestRow> history = new ArrayList<>();
	private long seq;

	/** The request's status for each of its groups at that moment, as the history view gives one row per group. */
	private void row(String request, String status, Instant at, String... groups) {
		seq++;
		for (String group : groups) {
			history.add(new RequestRow(request, "MW", group, group.substring(0, 5), status, at, seq));
		}
	}

	@Test
	void anApprovalHoldsFromItsMomentOn() {
		row("r1", "SUBMITTED", T1, "ITU-T-SG20");
		row("r1", "APPROVED", T2, "ITU-T-SG20");
		assertThat(AnnexEntries.of(history))
			.containsExactly(new Entry(T2, null, 5, T2, List.of("ITU-T-SG20"), List.of("ITU-T")));
	}

	@Test
	void groupsAreInTheAnnexsOrderAndSectorsSorted() {
		row("r1", "SUBMITTED", T1, "ITU-T-SG16", "ITU-D-SG2");
		row("r1", "APPROVED", T2, "ITU-T-SG16", "ITU-D-SG2");
		assertThat(AnnexEntries.of(history))
			.containsExactly(new Entry(T2, null, 1, T2, List.of("ITU-D-SG2", "ITU-T-SG16"), List.of("ITU-D", "ITU-T")));
	}

	@Test
	void aLaterApprovalForAnEarlierGroupMovesTheSmeFromThen() {
		row("r1", "APPROVED", T1, "ITU-T-SG20");
		row("r2", "SUBMITTED", T2, "ITU-D-SG1");
		row("r2", "APPROVED", T3, "ITU-D-SG1");
		assertThat(AnnexEntries.of(history)).containsExactly(
				new Entry(T1, T3, 5, T1, List.of("ITU-T-SG20"), List.of("ITU-T")),
				new Entry(T3, null, 0, T3, List.of("ITU-D-SG1", "ITU-T-SG20"), List.of("ITU-D", "ITU-T")));
	}

	@Test
	void anApprovalEndsWithTheRequestsNextStatusAndAReapprovalCountsFromItself() {
		row("r1", "APPROVED", T1, "ITU-T-SG5");
		row("r1", "WITHDRAWN", T2, "ITU-T-SG5");
		row("r1", "APPROVED", T3, "ITU-T-SG5");
		assertThat(AnnexEntries.of(history)).containsExactly(
				new Entry(T1, T2, 2, T1, List.of("ITU-T-SG5"), List.of("ITU-T")),
				new Entry(T3, null, 2, T3, List.of("ITU-T-SG5"), List.of("ITU-T")));
	}

	@Test
	void twoApprovalsForOneGroupCountFromTheEarliestAndMakeOneLine() {
		row("r1", "APPROVED", T1, "ITU-T-SG11");
		row("r2", "APPROVED", T2, "ITU-T-SG11");
		row("r1", "WITHDRAWN", T3, "ITU-T-SG11");
		assertThat(AnnexEntries.of(history)).containsExactly(
				new Entry(T1, T3, 3, T1, List.of("ITU-T-SG11"), List.of("ITU-T")),
				new Entry(T3, null, 3, T2, List.of("ITU-T-SG11"), List.of("ITU-T")));
	}

	@Test
	void anApprovalUndoneAtTheSameMomentNeverHolds() {
		row("r1", "APPROVED", T1, "ITU-T-SG20");
		row("r1", "REJECTED", T1, "ITU-T-SG20");
		row("r2", "SUBMITTED", T4, "ITU-T-SG16");
		assertThat(AnnexEntries.of(history)).isEmpty();
	}
}
