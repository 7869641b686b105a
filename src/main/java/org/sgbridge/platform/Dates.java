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
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException e) {
			throw invalid(value);
		}
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
