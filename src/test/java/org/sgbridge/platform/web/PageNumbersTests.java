package org.sgbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** Figures on the pages: grouped as each language groups them, in Latin digits in Arabic as everywhere else. */
class PageNumbersTests {

	private final PageNumbers numerals = new PageNumbers();

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	private String in(String language, java.util.function.Supplier<String> format) {
		LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
		return format.get();
	}

	@Test
	void arabicPagesWriteLatinDigits() {
		assertThat(in("ar", () -> numerals.whole(1250))).matches("1.250").doesNotContainPattern("[\u0660-\u0669]");
		assertThat(in("ar", () -> numerals.amount(new BigDecimal("1500000.50")))).startsWith("1").contains("500")
			.doesNotContainPattern("[\u0660-\u0669]");
	}

	@Test
	void eachLanguageGroupsAndShowsDecimalsOnlyWhereThereAreSome() {
		assertThat(in("en", () -> numerals.whole(1250))).isEqualTo("1,250");
		assertThat(in("en", () -> numerals.amount(new BigDecimal("1500000.00")))).isEqualTo("1,500,000");
		assertThat(in("en", () -> numerals.amount(new BigDecimal("1500000.5")))).isEqualTo("1,500,000.5");
		assertThat(in("fr", () -> numerals.whole(1250))).matches("1.250");
		assertThat(in("zh", () -> numerals.whole(25))).isEqualTo("25");
		assertThat(numerals.whole(null)).isEmpty();
	}
}
