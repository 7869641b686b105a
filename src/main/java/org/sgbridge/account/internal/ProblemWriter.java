package org.sgbridge.account.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.ProblemDetails;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem detail from a filter, where no controller advice reaches. */
@Component
class ProblemWriter {

	private final MessageSource messages;
	private final LocaleResolver locales;
	private final JsonMapper json = JsonMapper.builder().build();

	ProblemWriter(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	void write(HttpServletRequest request, HttpServletResponse response, int status, String slug) throws IOException {
		Problem problem = Problem.of(HttpStatus.valueOf(status), slug);
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		var detail = ProblemDetails.of(problem, messages, locales.resolveLocale(request));
		var body = new java.util.LinkedHashMap<String, Object>();
		body.put("type", detail.getType().toString());
		body.put("title", detail.getTitle());
		body.put("status", detail.getStatus());
		body.put("detail", detail.getDetail());
		json.writeValue(response.getOutputStream(), body);
	}
}
