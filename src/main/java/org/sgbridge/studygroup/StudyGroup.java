package org.sgbridge.studygroup;

/**
 * A study group in a study period; {@code code} (e.g. {@code ITU-T-SG16}) is stable across periods.
 * {@code studyPeriodOpen}: its period has no end yet (it lasts until the sector's next is recorded).
 */
public record StudyGroup(String code, String sector, int number, String title, boolean pilot, String studyPeriod,
		boolean studyPeriodOpen) {

	/** The period as pages show it: "2017–" while it is open, "2017–2020" once it has ended. */
	public String studyPeriodShown() {
		String years = studyPeriod.replace('-', '\u2013');
		return studyPeriodOpen ? years.substring(0, years.indexOf('\u2013') + 1) : years;
	}
}
