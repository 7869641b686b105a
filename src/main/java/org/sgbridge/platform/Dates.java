package org.sgbridge.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.springframework.http.HttpStatus;

/** Dates as the API takes them: {@code YYYY-MM-DD}, meaning the end of that day in UTC. */
public final class Dates {

	private Dates() {
	}

	/** The date of {@code value}, or today when empty; a malformed date is 400 {@code invalid-date}. */
	public static LocalDate parseOrToday(String value, Clock clock) {
		if (value == null || value.isBlank()) {
			return today(clock);
		}
		try {
			return parse(value);
		}
		catch (DateTimeParseException e) {
			throw invalid(value);
		}
	}

	/** The earliest and latest years a date may have; outside them a date is a typing mistake. */
	public static final int MIN_YEAR = 1900;
	public static final int MAX_YEAR = 2200;

	private static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	/**
	 * A date exactly as {@code YYYY-MM-DD} (surrounding blanks aside), a day that exists, in a year
	 * from {@value #MIN_YEAR} to {@value #MAX_YEAR}: {@code +2018-10-29}, {@code 2018-02-30} and
	 * {@code -1000-01-01} are refused rather than read as some other day.
	 * @throws DateTimeParseException when it is not one
	 */
	public static LocalDate parse(String value) {
		String text = value == null ? "" : value.trim();
		if (!SHAPE.matcher(text).matches()) {
			throw new DateTimeParseException("not YYYY-MM-DD", text, 0);
		}
		LocalDate date = LocalDate.parse(text);
		if (!inRange(date)) {
			throw new DateTimeParseException("year out of range", text, 0);
		}
		return date;
	}

	public static boolean inRange(LocalDate date) {
		return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR;
	}

	public static Problem invalid(String value) {
		return new Problem(HttpStatus.BAD_REQUEST, "invalid-date", "problem.invalid-date.detail", value);
	}

	/** The first instant after the end of {@code date} in UTC: history "as of" a date is before it. */
	public static Instant endOf(LocalDate date) {
		return date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	public static LocalDate today(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}
}
