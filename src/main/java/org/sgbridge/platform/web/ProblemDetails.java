package org.sgbridge.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

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

	/** The problem detail of a request: its path as {@code instance}, as every problem the application writes has. */
	public static ProblemDetail of(Problem problem, MessageSource messages, Locale locale, String instance) {
		ProblemDetail detail = of(problem, messages, locale);
		if (instance != null && !instance.isEmpty()) {
			detail.setInstance(java.net.URI.create(instance.replace(" ", "%20")));
		}
		return detail;
	}

	/**
	 * Writes a problem detail where no controller answers (a filter, the container): the status,
	 * {@code application/problem+json}, {@code Content-Language}, and the same members a
	 * controller's problem has, {@code instance} (the request's path) included.
	 */
	public static void write(HttpServletResponse response, Problem problem, MessageSource messages, Locale locale,
			String instance) throws java.io.IOException {
		prepare(response, problem, locale);
		response.getWriter().write(json(problem, messages, locale, instance));
		response.flushBuffer();
	}

	/** The status and headers of a problem detail's answer, before its body is written. */
	public static void prepare(HttpServletResponse response, Problem problem, Locale locale) {
		response.setStatus(problem.status().value());
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.setHeader("Content-Language", locale.toLanguageTag());
		if (problem.retryAfter() != null) {
			response.setHeader("Retry-After", String.valueOf(Math.max(1, problem.retryAfter().toSeconds())));
		}
	}

	/** The problem detail as JSON text. */
	public static String json(Problem problem, MessageSource messages, Locale locale, String instance) {
		ProblemDetail detail = of(problem, messages, locale, instance);
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("type", detail.getType().toString());
		body.put("title", detail.getTitle());
		body.put("status", detail.getStatus());
		body.put("detail", detail.getDetail());
		if (detail.getInstance() != null) {
			body.put("instance", detail.getInstance().toString());
		}
		if (detail.getProperties() != null) {
			body.putAll(detail.getProperties());
		}
		return JSON.writeValueAsString(body);
	}

	private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

	/** The path of a request as a problem's {@code instance}: without the context path's outside, without the query. */
	public static String instanceOf(jakarta.servlet.http.HttpServletRequest request) {
		Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
		if (original == null) {
			original = request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_REQUEST_URI);
		}
		return original instanceof String uri ? uri : request.getRequestURI();
	}
}
