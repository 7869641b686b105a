package org.sgbridge.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The six languages of the United Nations, in which every page, message and mail exists. */
public final class Languages {

	public static final List<String> CODES = List.of("ar", "zh", "en", "fr", "ru", "es");

	public static final Locale DEFAULT = Locale.ENGLISH;

	private Languages() {
	}

	/** The supported language of a tag such as {@code fr-CH} or {@code zh-Hans}, if any. */
	public static Optional<Locale> supported(String tag) {
		if (tag == null || tag.isBlank()) {
			return Optional.empty();
		}
		String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
		return CODES.contains(language) ? Optional.of(Locale.forLanguageTag(language)) : Optional.empty();
	}

	/**
	 * The locale to write numbers and dates in for {@code locale}: Arabic with the Latin digits of
	 * ITU's Arabic documents, so that figures in sentences match those in tables and charts.
	 */
	public static Locale forFormatting(Locale locale) {
		return "ar".equals(locale.getLanguage()) ? Locale.forLanguageTag("ar-u-nu-latn") : locale;
	}

	public static boolean isRightToLeft(Locale locale) {
		return "ar".equals(locale.getLanguage());
	}
}
