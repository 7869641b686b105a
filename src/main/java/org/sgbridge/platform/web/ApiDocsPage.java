package org.sgbridge.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The API's reference page: springdoc's Swagger UI over /v3/api-docs (the library's own page, not one of ours). */
@Controller
class ApiDocsPage {

	@GetMapping("/api/docs")
	String docs() {
		return "redirect:/swagger-ui/index.html";
	}
}
