package org.sgbridge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** One unambiguous form of a date per language, month in words, Latin digits in Arabic too. */
class DatesTests {

	private static final LocalDate START = LocalDate.of(2027, 1, 20);
	private static final LocalDate END = LocalDate.of(2027, 1, 29);

	@Test
	void aDayIsWrittenWithItsMonthInWordsInEachLanguage() {
		assertThat(Dates.format(START, Locale.ENGLISH)).isEqualTo("20 January 2027");
		assertThat(Dates.format(START, Locale.FRENCH)).isEqualTo("20 janvier 2027");
		assertThat(Dates.format(START, Locale.forLanguageTag("es"))).isEqualTo("20 de enero de 2027");
		assertThat(Dates.format(START, Locale.forLanguageTag("zh"))).isEqualTo("2027年1月20日");
		assertThat(Dates.format(START, Locale.forLanguageTag("ru"))).startsWith("20 января 2027");
		assertThat(Dates.format(START, Locale.forLanguageTag("ar"))).contains("يناير", "20", "2027")
			.doesNotContain("٢");
	}

	@Test
	void aRangeOfDaysIsShortenedAsTheLanguageDoes() {
		// CLDR's own spacing around the en dash (a thin space in some versions)
		assertThat(Dates.formatRange(START, END, Locale.ENGLISH)).matches("20\\p{Zs}?\u2013\\p{Zs}?29 January 2027");
		assertThat(Dates.formatRange(START, LocalDate.of(2027, 2, 3), Locale.ENGLISH))
			.matches("20 January\\p{Zs}?\u2013\\p{Zs}?3 February 2027");
		assertThat(Dates.formatRange(START, END, Locale.forLanguageTag("ar"))).contains("يناير").doesNotContain("٢");
	}

	@Test
	void aChineseRangeWritesItsMonthAsItsDatesDo() {
		assertThat(Dates.format(START, Locale.CHINESE)).isEqualTo("2027年1月20日");
		assertThat(Dates.formatRange(START, END, Locale.CHINESE)).startsWith("2027年1月20日").doesNotContain("一月");
	}

	@Test
	void anInstantShowsItsTimeInUtc() {
		String en = Dates.formatTime(Instant.parse("2027-01-20T14:05:09.123456Z"), Locale.ENGLISH);
		assertThat(en).startsWith("20 January 2027").contains("14:05").endsWith(" UTC").doesNotContain("09.123");
	}
}
