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

	HomeController(List<Landings> landings) {
		this.landings = List.copyOf(landings);
	}

	@GetMapping("/")
	String home(Model model) {
		Actor.current().flatMap(actor -> Landings.next(landings, actor)).ifPresent(step -> model.addAttribute("nextStep", step));
		return "home";
	}
}
