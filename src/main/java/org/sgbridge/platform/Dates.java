package org.sgbridge.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import org.springframework.http.HttpStatus;

/**
 * Dates as the API takes them: {@code YYYY-MM-DD}, meaning the end of that day in UTC; and dates
 * as people read them, one unambiguous form per language (CLDR's, through ICU4J).
 */
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

	/**
	 * The date as a reader of {@code locale} writes it, month in words: "20 January 2027",
	 * "20 janvier 2027", "2027年1月20日". Arabic keeps the Latin digits of ITU's Arabic documents.
	 */
	public static String format(LocalDate date, Locale locale) {
		DateFormat format = DateFormat.getInstanceForSkeleton("yMMMMd", reading(locale));
		format.setTimeZone(TimeZone.GMT_ZONE);
		return format.format(utc(date));
	}

	/** A month as a reader of {@code locale} writes it: "March 2020", "mars 2020", "2020年3月". */
	public static String formatMonth(LocalDate date, Locale locale) {
		DateFormat format = DateFormat.getInstanceForSkeleton("zh".equals(locale.getLanguage()) ? "yMMM" : "yMMMM",
				reading(locale));
		format.setTimeZone(TimeZone.GMT_ZONE);
		return format.format(utc(date));
	}

	/** A range of days, shortened as the language does: "20–29 January 2027", "du 20 au 29 janvier 2027". */
	public static String formatRange(LocalDate start, LocalDate end, Locale locale) {
		// Chinese with the month in words spells it in characters ("一月"), unlike its dates ("1月"): the
		// abbreviated month is the one its dates use.
		DateIntervalFormat format = DateIntervalFormat.getInstance("zh".equals(locale.getLanguage()) ? "yMMMd" : "yMMMMd",
				reading(locale));
		format.setTimeZone(TimeZone.GMT_ZONE);
		return format.format(new DateInterval(utc(start).getTime(), utc(end).getTime()));
	}

	/** An instant as a reader of {@code locale} writes it, in UTC: "20 January 2027, 14:05 UTC". */
	public static String formatTime(Instant at, Locale locale) {
		DateFormat format = DateFormat.getInstanceForSkeleton("yMMMMdHHmm", reading(locale));
		format.setTimeZone(TimeZone.GMT_ZONE);
		return format.format(Date.from(at)) + " UTC";
	}

	private static Date utc(LocalDate date) {
		return Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	/** English as ITU writes it (day before month); Arabic with Latin digits. */
	private static ULocale reading(Locale locale) {
		return switch (locale.getLanguage()) {
			case "en" -> ULocale.UK;
			case "ar" -> new ULocale("ar@numbers=latn");
			default -> ULocale.forLocale(locale);
		};
	}
}
