package org.sgbridge.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.sgbridge.platform.Dates;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates on the pages, one form per language everywhere ({@code ${@dates.date(meeting.startDate)}}):
 * the day with its month in words, a range of days shortened as the language does, an instant with
 * its time in UTC. The same forms as the generated documents ({@link Dates}).
 */
@Component("dates")
public class PageDates {

	/** A day, or the UTC day of an instant: "20 January 2027". */
	public String date(Object value) {
		if (value instanceof LocalDate day) {
			return Dates.format(day, LocaleContextHolder.getLocale());
		}
		if (value instanceof Instant at) {
			return Dates.format(LocalDate.ofInstant(at, ZoneOffset.UTC), LocaleContextHolder.getLocale());
		}
		if (value == null) {
			return "";
		}
		throw new IllegalArgumentException("Not a date: " + value.getClass());
	}

	/** The days from {@code start} to {@code end}: "20–29 January 2027". */
	public String range(LocalDate start, LocalDate end) {
		return start == null || end == null ? date(start) : Dates.formatRange(start, end, LocaleContextHolder.getLocale());
	}

	/** The month of a day: "March 2020" (for an event known by its month only). */
	public String month(LocalDate day) {
		return day == null ? "" : Dates.formatMonth(day, LocaleContextHolder.getLocale());
	}

	/** An instant with its time: "20 January 2027, 14:05 UTC". */
	public String time(Instant at) {
		return at == null ? "" : Dates.formatTime(at, LocaleContextHolder.getLocale());
	}
}
