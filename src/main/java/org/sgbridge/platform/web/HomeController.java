package org.sgbridge.platform.web;

import java.util.List;

import org.sgbridge.platform.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the pilot is, how to take part, and for someone signed in, the next step. */
@Controller
class HomeController {

	private final List<Landings> landings;
	private final List<HomeNotes> notes;

	HomeController(List<Landings> landings, List<HomeNotes> notes) {
		this.landings = List.copyOf(landings);
		this.notes = List.copyOf(notes);
	}

	@GetMapping("/")
	String home(Model model, java.util.Locale locale) {
		model.addAttribute("homeNotes", Actor.current()
			.map(actor -> notes.stream().flatMap(n -> n.notesFor(actor, locale).stream()).toList())
			.orElse(List.of()));
		Actor.current().flatMap(actor -> Landings.next(landings, actor)).ifPresent(step -> model.addAttribute("nextStep", step));
		return "home";
	}
}
