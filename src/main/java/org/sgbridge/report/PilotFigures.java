package org.sgbridge.report;

import java.time.LocalDate;
import java.util.Map;

/**
 * The pilot's figures at the end of a day: each SME once, in its most advanced state (approved,
 * else in admission, else interested), in total and by sector, study group, Member State and region.
 */
public record PilotFigures(LocalDate asOf, Totals totals, Map<String, Counts> bySector, Map<String, Counts> byStudyGroup,
		Map<String, Counts> byMemberState, Map<String, Counts> byRegion) {

	/** Counts of one slice. */
	public record Counts(long approved, long inAdmission, long interested) {

		static final Counts ZERO = new Counts(0, 0, 0);

		Counts add(int level, long n) {
			return switch (level) {
				case PilotReports.APPROVED -> new Counts(approved + n, inAdmission, interested);
				case PilotReports.IN_ADMISSION -> new Counts(approved, inAdmission + n, interested);
				case PilotReports.INTERESTED -> new Counts(approved, inAdmission, interested + n);
				default -> this;
			};
		}
	}

	/** The totals, with {@code smes} their sum. */
	public record Totals(long approved, long inAdmission, long interested, long smes) {
	}
}
