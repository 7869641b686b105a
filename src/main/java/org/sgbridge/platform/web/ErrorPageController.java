package org.sgbridge.platform.web;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.sgbridge.platform.Problem;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** Errors raised outside a controller (the container's own 404, a filter's failure) in the same two forms. */
@Controller
class ErrorPageController implements ErrorController {

	private final MessageSource messages;

	private final LayoutAdvice layout;

	ErrorPageController(MessageSource messages, LayoutAdvice layout) {
		this.messages = messages;
		this.layout = layout;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		// Asked for directly, /error is an address like any other with nothing at it.
		HttpStatus status = code == null ? HttpStatus.NOT_FOUND : HttpStatus.resolve(code instanceof Integer i ? i : 500);
		if (status == null) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = uri instanceof String s ? s : request.getRequestURI();
		boolean api = path.startsWith(request.getContextPath() + "/api/");
		Object given = request.getAttribute(PROBLEM);
		Problem problem = given instanceof Problem p ? p : switch (status.value()) {
			case 400 -> Problem.of(status, "malformed");
			case 401 -> Problem.of(status, "unauthenticated");
			// The one rule decided by the address rather than by a module: the administration's pages.
			case 403 -> path.startsWith(request.getContextPath() + "/admin/") ? Problem.forbidden("admin") : Problem.forbidden();
			case 404 -> Problem.notFound();
			case 405 -> Problem.of(status, "method-not-allowed");
			case 413 -> Problem.of(status, "file-too-large");
			case 414, 431 -> new Problem(status, "malformed", "problem.request-too-long.detail");
			default -> Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal");
		};
		if (!api) {
			problem = ProblemHandler.forPage(problem);
		}
		java.util.Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail detail = ProblemDetails.of(problem, messages, locale, ProblemDetails.instanceOf(request));
		if (api) {
			return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.header("Content-Language", locale.toLanguageTag())
				.body(detail);
		}
		ModelAndView page = new ModelAndView("error/problem", problem.status());
		page.addObject("page", layout.current());
		page.addObject("problemStatus", problem.status().value());
		page.addObject("problemTitle", detail.getTitle());
		page.addObject("problemDetail", detail.getDetail());
		page.addObject("problemErrors", List.of());
		return page;
	}

	/** A request attribute holding the {@link Problem} to tell, when whoever sent the request here knows it. */
	static final String PROBLEM = ErrorPageController.class.getName() + ".problem";
}
