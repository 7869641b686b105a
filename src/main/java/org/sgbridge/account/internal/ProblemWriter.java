package org.sgbridge.account.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.ProblemDetails;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** Writes a problem detail from a filter, where no controller advice reaches. */
@Component
class ProblemWriter {

	private final MessageSource messages;
	private final LocaleResolver locales;

	ProblemWriter(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	void write(HttpServletRequest request, HttpServletResponse response, int status, String slug) throws IOException {
		ProblemDetails.write(response, Problem.of(HttpStatus.valueOf(status), slug), messages, locales.resolveLocale(request),
				ProblemDetails.instanceOf(request));
	}
}
