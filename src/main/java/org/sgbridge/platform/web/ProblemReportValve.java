package org.sgbridge.platform.web;

import java.io.PrintWriter;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.sgbridge.platform.Languages;
import org.sgbridge.platform.Problem;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;

/**
 * Takes the place of Tomcat's own error report for what the container refuses before the
 * application sees it (an undecodable path, a request line or headers too large): a problem detail
 * under /api, a page of the application elsewhere, in the caller's language, never Tomcat's report.
 */
class ProblemReportValve extends ErrorReportValve {

	private final MessageSource messages;

	ProblemReportValve(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		Throwable cause = throwable != null ? throwable
				: request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t ? t : null;
		String path = request.getRequestURI();
		boolean known = path != null && !path.isEmpty();
		Problem problem = problem(status, cause, known);
		Locale locale = locale(request.getHeader("Accept-Language"));
		boolean api = known ? path.startsWith("/api/") : !String.valueOf(request.getHeader("Accept")).contains("text/html");
		try {
			response.resetBuffer();
			PrintWriter writer;
			if (api) {
				ProblemDetails.prepare(response, problem, locale);
				writer = response.getReporter();
				if (writer != null) {
					writer.write(ProblemDetails.json(problem, messages, locale, known ? path : null));
				}
			}
			else {
				response.setStatus(problem.status().value());
				response.setContentType("text/html");
				response.setCharacterEncoding("UTF-8");
				response.setHeader("Content-Language", locale.toLanguageTag());
				writer = response.getReporter();
				if (writer != null) {
					writer.write(page(problem, locale));
				}
			}
			if (writer != null) {
				writer.flush();
				response.finishResponse();
			}
		}
		catch (java.io.IOException | IllegalStateException e) {
			// The connection is gone or the answer already started: nothing more can be told.
		}
	}

	private static Problem problem(int status, Throwable cause, boolean pathKnown) {
		if (cause instanceof IllegalArgumentException && String.valueOf(cause.getMessage()).contains("too large")) {
			// The container's own limit (above the application's): the request line, or the headers after it.
			return new Problem(pathKnown ? HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE : HttpStatus.URI_TOO_LONG, "malformed",
					"problem.request-too-long.detail");
		}
		return switch (status) {
			case 400 -> new Problem(HttpStatus.BAD_REQUEST, "malformed", "problem.malformed-address.detail");
			case 404 -> Problem.notFound();
			case 405 -> Problem.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed");
			case 413 -> Problem.of(HttpStatus.CONTENT_TOO_LARGE, "file-too-large");
			case 414, 431 -> new Problem(HttpStatus.valueOf(status), "malformed", "problem.request-too-long.detail");
			default -> status < 500 ? new Problem(HttpStatus.BAD_REQUEST, "malformed", "problem.malformed-address.detail")
					: Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal");
		};
	}

	static Locale locale(String acceptLanguage) {
		if (acceptLanguage != null) {
			try {
				for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
					var supported = Languages.supported(range.getRange());
					if (supported.isPresent()) {
						return supported.get();
					}
				}
			}
			catch (IllegalArgumentException e) {
				// An unreadable header: English, as for any language not among the six.
			}
		}
		return Languages.DEFAULT;
	}

	private String page(Problem problem, Locale locale) {
		var detail = ProblemDetails.of(problem, messages, locale);
		String title = HtmlUtils.htmlEscape(String.valueOf(detail.getTitle()));
		String rtl = Languages.isRightToLeft(locale) ? "rtl" : "ltr";
		String bootstrap = Languages.isRightToLeft(locale) ? "bootstrap.rtl.min.css" : "bootstrap.min.css";
		return "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\" dir=\"" + rtl + "\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + " – "
				+ text("app.name", locale) + "</title>"
				+ "<link rel=\"stylesheet\" href=\"/webjars/bootstrap/dist/css/" + bootstrap + "\">"
				+ "<link rel=\"stylesheet\" href=\"/css/sgbridge.css\"></head>"
				+ "<body class=\"d-flex flex-column min-vh-100\"><header><nav class=\"navbar navbar-dark sg-navbar\"><div class=\"container\">"
				+ "<a class=\"navbar-brand fw-semibold\" href=\"/\">" + text("app.name", locale) + "</a></div></nav></header>"
				+ "<main id=\"main\" class=\"container my-4 flex-grow-1\"><h1>" + title + "</h1><p class=\"lead\">"
				+ HtmlUtils.htmlEscape(String.valueOf(detail.getDetail())) + "</p><p class=\"text-body-secondary\">"
				+ HtmlUtils.htmlEscape(messages.getMessage("error.code", new Object[] { problem.status().value() }, locale))
				+ "</p><p><a href=\"/\">" + text("error.home", locale) + "</a></p></main>"
				+ "<footer class=\"border-top py-3 bg-light\"><div class=\"container small text-body-secondary\">"
				+ text("layout.footer", locale) + "</div></footer></body></html>";
	}

	private String text(String key, Locale locale) {
		return HtmlUtils.htmlEscape(messages.getMessage(key, null, key, locale));
	}
}
