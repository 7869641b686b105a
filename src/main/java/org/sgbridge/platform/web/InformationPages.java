package org.sgbridge.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages every footer links to: the privacy notice, the accessibility statement and the contact. */
@Controller
class InformationPages {

	private final String contactEmail;

	InformationPages(@Value("${sgbridge.contact-email:sgbridge@itu.int}") String contactEmail) {
		this.contactEmail = contactEmail;
	}

	@GetMapping("/privacy")
	String privacy(Model model) {
		model.addAttribute("contactEmail", contactEmail);
		return "info/privacy";
	}

	@GetMapping("/accessibility")
	String accessibility(Model model) {
		model.addAttribute("contactEmail", contactEmail);
		return "info/accessibility";
	}

	@GetMapping("/contact")
	String contact(Model model) {
		model.addAttribute("contactEmail", contactEmail);
		return "info/contact";
	}
}
