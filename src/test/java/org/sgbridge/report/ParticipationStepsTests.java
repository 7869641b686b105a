package org.sgbridge.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sgbridge.report.ParticipationSteps.InterestRow;
import org.sgbridge.report.ParticipationSteps.Key;
import org.sgbridge.report.ParticipationSteps.RequestRow;

/** The counting rule, applied to one participant's history day by day. */
class ParticipationStepsTests {

	private static final Key TOTAL = new Key("ALL", "total", "ALL");

	private static Instant at(String instant) {
		return Instant.parse(instant);
	}

	@Test
	void anSmeApprovedInBothSectorsCountsOnceInTheTotalAndOnceInEachSector() {
		List<RequestRow> rows = List.of(
				new RequestRow("r1", "SN", "ITU-T-SG5", "ITU-T", "SUBMITTED", at("2018-01-10T10:00:00Z"), 1),
				new RequestRow("r1", "SN", "ITU-D-SG1", "ITU-D", "SUBMITTED", at("2018-01-10T10:00:00Z"), 1),
				new RequestRow("r1", "SN", "ITU-T-SG5", "ITU-T", "APPROVED", at("2018-02-01T10:00:00Z"), 2),
				new RequestRow("r1", "SN", "ITU-D-SG1", "ITU-D", "APPROVED", at("2018-02-01T10:00:00Z"), 2));
		Map<Key, Integer> levels = ParticipationSteps.levelsAt(LocalDate.of(2018, 2, 1), rows, List.of());
		assertThat(levels).containsEntry(TOTAL, PilotReports.APPROVED)
			.containsEntry(new Key("ALL", "sector", "ITU-T"), PilotReports.APPROVED)
			.containsEntry(new Key("ALL", "sector", "ITU-D"), PilotReports.APPROVED)
			.containsEntry(new Key("SN", "total", "ALL"), PilotReports.APPROVED)
			.containsEntry(new Key("SN", "group", "ITU-D-SG1"), PilotReports.APPROVED);
		assertThat(ParticipationSteps.of(rows, List.of()).get(TOTAL))
			.containsExactly(Map.entry(LocalDate.of(2018, 1, 10), PilotReports.IN_ADMISSION),
					Map.entry(LocalDate.of(2018, 2, 1), PilotReports.APPROVED));
	}

	@Test
	void interestStopsCountingOnceTheSmeHasAskedEvenIfRefused() {
		List<InterestRow> interest = List.of(new InterestRow("KE", "ITU-T-SG20", "ITU-T", at("2018-01-05T09:00:00Z")));
		List<RequestRow> refused = List.of(
				new RequestRow("r2", "KE", "ITU-T-SG20", "ITU-T", "SUBMITTED", at("2018-01-20T09:00:00Z"), 5),
				new RequestRow("r2", "KE", "ITU-T-SG20", "ITU-T", "REJECTED", at("2018-01-25T09:00:00Z"), 6));
		assertThat(ParticipationSteps.of(refused, interest).get(TOTAL))
			.containsExactly(Map.entry(LocalDate.of(2018, 1, 5), PilotReports.INTERESTED),
					Map.entry(LocalDate.of(2018, 1, 20), PilotReports.IN_ADMISSION),
					Map.entry(LocalDate.of(2018, 1, 25), 0));
	}

	@Test
	void theLastChangeOfADayWinsByTimeThenByOrderOfWriting() {
		List<RequestRow> sameDay = List.of(
				new RequestRow("r3", "JP", "ITU-T-SG16", "ITU-T", "WITHDRAWN", at("2018-03-01T12:00:00Z"), 9),
				new RequestRow("r3", "JP", "ITU-T-SG16", "ITU-T", "SUBMITTED", at("2018-03-01T08:00:00Z"), 8),
				new RequestRow("r4", "JP", "ITU-T-SG16", "ITU-T", "SUBMITTED", at("2018-03-02T08:00:00Z"), 10),
				new RequestRow("r4", "JP", "ITU-T-SG16", "ITU-T", "APPROVED", at("2018-03-02T08:00:00Z"), 11));
		assertThat(ParticipationSteps.levelsAt(LocalDate.of(2018, 3, 1), sameDay, List.of())).isEmpty();
		assertThat(ParticipationSteps.levelsAt(LocalDate.of(2018, 3, 2), sameDay, List.of())).containsEntry(TOTAL,
				PilotReports.APPROVED);
		assertThat(ParticipationSteps.of(sameDay, List.of()).get(TOTAL))
			.containsExactly(Map.entry(LocalDate.of(2018, 3, 2), PilotReports.APPROVED));
	}
}
