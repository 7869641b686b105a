package org.sgbridge.studygroup;

import java.util.Locale;
import java.util.Map;

/**
 * A title (of a study group or a Question) in one language, as a page shows it: the text, the
 * language it is written in (English where no translation exists), and whether it is ITU's own
 * text ({@code official}) or a translation made for SG Bridge, which pages mark as unofficial.
 */
public record Title(String text, String language, boolean official) {

	/** The English title, ITU's. */
	public static final String ENGLISH = "en";

	/**
	 * The title for a reader of {@code locale}: the translation into its language if there is one,
	 * else the English title (ITU's).
	 */
	static Title in(Locale locale, String english, Map<String, Title> translations) {
		String language = locale == null ? ENGLISH : locale.getLanguage();
		Title translated = translations.get(language);
		return translated != null ? translated : new Title(english, ENGLISH, true);
	}

	/** The title in English and in each language it is translated into, by language code. */
	static Map<String, String> texts(String english, Map<String, Title> translations) {
		Map<String, String> all = new java.util.TreeMap<>();
		all.put(ENGLISH, english);
		translations.forEach((language, title) -> all.put(language, title.text()));
		return all;
	}
}
