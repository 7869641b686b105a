package org.sgbridge.studygroup.web;

import org.sgbridge.platform.web.ListResponse;
import org.sgbridge.studygroup.StudyGroup;
import org.sgbridge.studygroup.StudyGroups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StudyGroupApi {

	private final StudyGroups groups;

	StudyGroupApi(StudyGroups groups) {
		this.groups = groups;
	}

	/** The study groups of the loaded study periods, all in one page; {@code ?pilot=true} for the pilot's. */
	@GetMapping("/api/v1/study-groups")
	ListResponse<StudyGroup> all(@RequestParam(required = false) Boolean pilot) {
		return ListResponse.all(groups.all(pilot));
	}
}
