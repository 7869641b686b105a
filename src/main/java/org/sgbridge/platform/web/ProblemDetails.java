package org.sgbridge.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sgbridge.platform.Problem;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;

/** Builds the localized problem detail of a {@link Problem}. */
public final class ProblemDetails {

	private ProblemDetails() {
	}

	public static ProblemDetail of(Problem problem, MessageSource messages, Locale locale) {
		ProblemDetail detail = ProblemDetail.forStatus(problem.status());
		detail.setType(problem.type());
		detail.setTitle(messages.getMessage("problem." + problem.slug() + ".title", null, problem.slug(), locale));
		detail.setDetail(messages.getMessage(problem.messageKey(), problem.args(), problem.messageKey(), locale));
		if (!problem.fieldProblems().isEmpty()) {
			List<Map<String, String>> errors = problem.fieldProblems().stream()
				.map(f -> Map.of("field", f.field(), "message",
						messages.getMessage(f.messageKey(), f.args(), messages.getMessage("validation.Invalid", null,
								"invalid", locale), locale)))
				.toList();
			detail.setProperty("errors", errors);
		}
		return detail;
	}
}
