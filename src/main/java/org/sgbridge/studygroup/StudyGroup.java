package org.sgbridge.studygroup;

import java.util.Locale;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * A study group in a study period; {@code code} (e.g. {@code ITU-T-SG16}) is stable across periods.
 * {@code title} is ITU's English title; {@code translations} hold it in the other languages of ITU,
 * by language code (see {@link Title}). {@code studyPeriodOpen}: its period has no end yet (it
 * lasts until the sector's next is recorded).
 */
@NamedInterface("api")
public record StudyGroup(String code, String sector, int number, String title, boolean pilot, String studyPeriod,
		boolean studyPeriodOpen, Map<String, Title> translations) {

	public StudyGroup {
		translations = Map.copyOf(translations);
	}

	/** A group without translations (its English title everywhere). */
	public StudyGroup(String code, String sector, int number, String title, boolean pilot, String studyPeriod,
			boolean studyPeriodOpen) {
		this(code, sector, number, title, pilot, studyPeriod, studyPeriodOpen, Map.of());
	}

	/** The period as pages show it: "2017–" while it is open, "2017–2020" once it has ended. */
	public String studyPeriodShown() {
		String years = studyPeriod.replace('-', '\u2013');
		return studyPeriodOpen ? years.substring(0, years.indexOf('\u2013') + 1) : years;
	}

	/** The title for a reader of {@code locale}: its translation, else ITU's English title. */
	public Title titleIn(Locale locale) {
		return Title.in(locale, title, translations);
	}

	/** The title in each language it exists in, by language code ({@code en} is ITU's). */
	public Map<String, String> titles() {
		return Title.texts(title, translations);
	}
}
