package org.sgbridge.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.sgbridge.platform.Dates;

/**
 * The period of the BSG report: whole UTC days from {@code from} to {@code to}, both included (API.md
 * "Time"). Without {@code to}, today; without {@code from}, from the first day of the ITU-T study
 * period 2017–2020 (or of the year of {@code to}, when that is earlier). A malformed date, or {@code from} after {@code to}, is 400 {@code invalid-date}.
 */
@org.springframework.modulith.NamedInterface("api")
public record BsgPeriod(LocalDate from, LocalDate to) {

	public static final LocalDate DEFAULT_FROM = LocalDate.of(2017, 1, 1);

	public static BsgPeriod of(String from, String to, Clock clock) {
		LocalDate last = to == null || to.isBlank() ? Dates.today(clock) : day(to, null);
		LocalDate first = day(from, DEFAULT_FROM.isAfter(last) ? last.withDayOfYear(1) : DEFAULT_FROM);
		if (first.isAfter(last)) {
			throw Dates.invalid(from);
		}
		return new BsgPeriod(first, last);
	}

	private static LocalDate day(String value, LocalDate otherwise) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			return Dates.parse(value);
		}
		catch (DateTimeParseException e) {
			throw Dates.invalid(value);
		}
	}

	/** The first instant of the period. */
	public Instant start() {
		return from.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
	}

	/** The first instant after the period. */
	public Instant end() {
		return Dates.endOf(to);
	}
}
