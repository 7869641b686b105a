package org.sgbridge.studygroup.web;

import java.util.Locale;
import java.util.Map;

import org.sgbridge.platform.web.ListResponse;
import org.sgbridge.studygroup.StudyGroup;
import org.sgbridge.studygroup.StudyGroups;
import org.sgbridge.studygroup.Title;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StudyGroupApi {

	private final StudyGroups groups;

	StudyGroupApi(StudyGroups groups) {
		this.groups = groups;
	}

	/**
	 * The study groups of the loaded study periods, all in one page; {@code ?pilot=true} for the
	 * pilot's. {@code title} is in the request's language (API.md "Language"), ITU's English title
	 * where there is no translation; {@code titles} gives every language; {@code titleOfficial} says
	 * whether {@code title} is ITU's own text (false for a translation made for SG Bridge).
	 */
	@GetMapping("/api/v1/study-groups")
	ListResponse<StudyGroupJson> all(@RequestParam(required = false) Boolean pilot, Locale locale) {
		return ListResponse.all(groups.all(pilot).stream().map(g -> StudyGroupJson.of(g, locale)).toList());
	}

	record StudyGroupJson(String code, String sector, int number, String title, boolean titleOfficial,
			String titleLanguage, Map<String, String> titles, boolean pilot, String studyPeriod, boolean studyPeriodOpen) {

		static StudyGroupJson of(StudyGroup g, Locale locale) {
			Title title = g.titleIn(locale);
			return new StudyGroupJson(g.code(), g.sector(), g.number(), title.text(), title.official(), title.language(),
					g.titles(), g.pilot(), g.studyPeriod(), g.studyPeriodOpen());
		}
	}
}
