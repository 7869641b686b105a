package org.sgbridge.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the pilot is, and how to take part. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}
}
