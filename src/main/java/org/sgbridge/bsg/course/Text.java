package org.sgbridge.bsg.course;

import java.util.Map;

/**
 * A text of the course as shown in a language: its translation when there is one (an unofficial
 * translation: the English text is the reference), else the English text.
 */
public record Text(String value, String language) {

	public static final String ENGLISH = "en";

	/** Whether it is a translation, to be marked unofficial. */
	public boolean unofficial() {
		return !ENGLISH.equals(language);
	}

	static Text of(String english, Map<String, String> translations, String language) {
		String translated = language == null ? null : translations.get(language);
		return translated == null || translated.isBlank() ? new Text(english, ENGLISH) : new Text(translated, language);
	}
}
