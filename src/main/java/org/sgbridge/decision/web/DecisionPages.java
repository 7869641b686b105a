package org.sgbridge.decision.web;

import java.util.HashMap;
import java.util.Map;

import org.sgbridge.decision.Decisions;
import org.sgbridge.document.Contributions;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.sgbridge.studygroup.StudyGroups;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A study group's decisions, with the contributions that were their input (the benefit of the SMEs' work made visible). */
@Controller
class DecisionPages {

	private final Decisions decisions;
	private final Contributions contributions;
	private final StudyGroups groups;

	DecisionPages(Decisions decisions, Contributions contributions, StudyGroups groups) {
		this.decisions = decisions;
		this.contributions = contributions;
		this.groups = groups;
	}

	@GetMapping("/study-groups/{code}/decisions")
	String decisions(@PathVariable String code, Model model) {
		model.addAttribute("group", groups.find(code).orElseThrow(Problem::notFound));
		var list = decisions.ofGroup(code);
		Map<String, String> numbers = new HashMap<>();
		Actor.current().ifPresent(actor -> list.forEach(d -> d.inputs().forEach(id -> {
			try {
				var c = contributions.find(actor, id);
				numbers.put(id, c.number() + " (" + String.join("; ", c.sources().stream().map(s -> s.name()).toList()) + ")");
			}
			catch (Problem notReadable) {
				numbers.put(id, null);
			}
		})));
		model.addAttribute("decisions", list);
		model.addAttribute("numbers", numbers);
		return "decision/decisions";
	}
}
