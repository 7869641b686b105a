package org.sgbridge.report.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

import org.sgbridge.report.PilotFigures;

/**
 * A table's rows by Member State, in the order of the names the page shows, as a reader of that
 * language sorts them (ICU's collation: "Égypte" among the E in French, pinyin in Chinese), not by
 * code: a table by code reads as shuffled in every language but English, and even there ("GB" is
 * the United Kingdom).
 */
record MemberStateRows(String code, String name, PilotFigures.Counts counts) {

	static List<MemberStateRows> of(Map<String, PilotFigures.Counts> byState, Map<String, String> names, Locale locale) {
		return byState.entrySet().stream()
			.map(e -> new MemberStateRows(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
			.sorted(byName(locale, MemberStateRows::name).thenComparing(MemberStateRows::code))
			.toList();
	}

	/** Compares by a name as the language of {@code locale} sorts it. */
	static <T> Comparator<T> byName(Locale locale, java.util.function.Function<T, String> name) {
		Collator collator = Collator.getInstance(ULocale.forLocale(locale));
		return (a, b) -> collator.compare(name.apply(a), name.apply(b));
	}
}
