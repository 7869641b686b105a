package org.sgbridge.studygroup.web;

import org.sgbridge.platform.Problem;
import org.sgbridge.studygroup.Leadership;
import org.sgbridge.studygroup.StudyGroups;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A study group's public page: its title, period, Questions and management team. */
@Controller
class StudyGroupPage {

	private final StudyGroups groups;
	private final Leadership leadership;

	StudyGroupPage(StudyGroups groups, Leadership leadership) {
		this.groups = groups;
		this.leadership = leadership;
	}

	@GetMapping("/study-groups")
	String all(Model model) {
		model.addAttribute("groups", groups.all(null));
		return "studygroup/list";
	}

	@GetMapping("/study-groups/{code}")
	String group(@PathVariable String code, Model model) {
		model.addAttribute("group", groups.find(code).orElseThrow(Problem::notFound));
		model.addAttribute("team", leadership.team(code));
		model.addAttribute("questions", leadership.questions(code));
		return "studygroup/group";
	}
}
