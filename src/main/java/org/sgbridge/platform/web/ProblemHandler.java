package org.sgbridge.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sgbridge.platform.Problem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every refusal into what the caller understands: a problem detail (RFC 9457) for the API,
 * an error page for a browser. Nothing answers with a stack trace.
 */
@ControllerAdvice
class ProblemHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	private final MessageSource messages;
	private final LayoutAdvice layout;

	ProblemHandler(MessageSource messages, LayoutAdvice layout) {
		this.messages = messages;
		this.layout = layout;
	}

	@ExceptionHandler(Problem.class)
	Object problem(Problem problem, HttpServletRequest request, HttpServletResponse response) {
		return respond(problem, request, response);
	}

	@ExceptionHandler(BindException.class)
	Object invalid(BindException e, HttpServletRequest request, HttpServletResponse response) {
		List<Problem.FieldProblem> fields = new ArrayList<>();
		for (FieldError error : e.getFieldErrors()) {
			fields.add(new Problem.FieldProblem(error.getField(), messageKey(error), validationArgs(error)));
		}
		return respond(Problem.invalidInput(fields), request, response);
	}

	/**
	 * Unreadable JSON is {@code malformed}; readable JSON with a value of the wrong type (a word for
	 * a number, a list for a text) names the field, as invalid input.
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object malformed(HttpMessageNotReadableException e, HttpServletRequest request, HttpServletResponse response) {
		if (e.getCause() instanceof tools.jackson.core.JacksonException mismatch
				&& (mismatch instanceof tools.jackson.databind.exc.MismatchedInputException
						|| mismatch instanceof tools.jackson.core.exc.InputCoercionException)) {
			String field = mismatch.getPath()
				.stream()
				.map(tools.jackson.core.JacksonException.Reference::getPropertyName)
				.filter(name -> name != null)
				.collect(java.util.stream.Collectors.joining("."));
			if (!field.isEmpty()) {
				return respond(Problem.invalidField(field, "validation.Invalid"), request, response);
			}
		}
		return respond(Problem.of(HttpStatus.BAD_REQUEST, "malformed"), request, response);
	}

	/** A value the database cannot hold (too long, too large): refused as invalid input, nothing saved. */
	@ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
	Object dataException(org.springframework.dao.DataIntegrityViolationException e, HttpServletRequest request,
			HttpServletResponse response) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
				log.info("Refused a value the database cannot hold on {} {}: {}", request.getMethod(), request.getRequestURI(),
						sql.getMessage());
				return respond(new Problem(HttpStatus.BAD_REQUEST, "invalid-input", "problem.value-too-long.detail"), request,
						response);
			}
		}
		return unexpected(e, request, response);
	}

	@ExceptionHandler(org.springframework.web.HttpMediaTypeNotAcceptableException.class)
	Object notAcceptable(Exception e, HttpServletRequest request, HttpServletResponse response) {
		return respond(Problem.of(HttpStatus.NOT_ACCEPTABLE, "not-acceptable"), request, response);
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class })
	Object badParameter(Exception e, HttpServletRequest request, HttpServletResponse response) {
		String name = e instanceof MissingServletRequestParameterException m ? m.getParameterName()
				: ((MethodArgumentTypeMismatchException) e).getName();
		String key = e instanceof MethodArgumentTypeMismatchException t ? expected(t.getRequiredType()) : null;
		return respond(Problem.invalidField(name, key != null ? key : "validation.Invalid"), request, response);
	}

	/** An address that no controller and no static file answers (a file missing under a static path). */
	@ExceptionHandler({ NoResourceFoundException.class, org.springframework.web.servlet.NoHandlerFoundException.class })
	Object notFound(Exception e, HttpServletRequest request, HttpServletResponse response) {
		return respond(Problem.notFound(), request, response);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request, HttpServletResponse response) {
		return respond(Problem.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed"), request, response);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	Object mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request, HttpServletResponse response) {
		return respond(Problem.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type"), request, response);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response) {
		return respond(Problem.of(HttpStatus.CONTENT_TOO_LARGE, "file-too-large"), request, response);
	}

	/** A multipart body that cannot be read: a file's name no file may have (a NUL in it) names the file; the rest is malformed. */
	@ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
	Object unreadableMultipart(org.springframework.web.multipart.MultipartException e, HttpServletRequest request,
			HttpServletResponse response) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause.getClass().getSimpleName().equals("InvalidFileNameException")) {
				return respond(Problem.invalidField("file", "validation.fileName"), request, response);
			}
		}
		return respond(Problem.of(HttpStatus.BAD_REQUEST, "malformed"), request, response);
	}

	@ExceptionHandler(AccessDeniedException.class)
	Object denied(AccessDeniedException e, HttpServletRequest request, HttpServletResponse response) {
		return respond(Problem.forbidden(), request, response);
	}

	@ExceptionHandler(AuthenticationException.class)
	Object unauthenticated(AuthenticationException e, HttpServletRequest request, HttpServletResponse response) {
		return respond(Problem.of(HttpStatus.UNAUTHORIZED, "unauthenticated"), request, response);
	}

	@ExceptionHandler(Exception.class)
	Object unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
		if (clientWentAway(e)) {
			// The reader closed the connection (a page left mid-load): nobody to answer.
			log.debug("Client went away during {} {}", request.getMethod(), request.getRequestURI());
			return null;
		}
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
		return respond(Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal"), request, response);
	}

	/** A page's request is a form or an address, never JSON: its unreadable request is told so. */
	static Problem forPage(Problem problem) {
		return "problem.malformed.detail".equals(problem.messageKey())
				? new Problem(problem.status(), problem.slug(), "problem.malformed-page.detail") : problem;
	}

	private Object respond(Problem given, HttpServletRequest request, HttpServletResponse response) {
		Problem problem = isApi(request) ? given : forPage(given);
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail detail = ProblemDetails.of(problem, messages, locale, ProblemDetails.instanceOf(request));
		if (problem.retryAfter() != null) {
			response.setHeader("Retry-After", String.valueOf(Math.max(1, problem.retryAfter().toSeconds())));
		}
		if (isApi(request)) {
			return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.header("Content-Language", locale.toLanguageTag())
				.body(detail);
		}
		response.setStatus(problem.status().value());
		ModelAndView page = new ModelAndView("error/problem", problem.status());
		page.addObject("page", layout.current());
		page.addObject("problemStatus", problem.status().value());
		page.addObject("problemTitle", detail.getTitle());
		page.addObject("problemDetail", detail.getDetail());
		page.addObject("problemErrors", labelled(detail, locale));
		return page;
	}

	/**
	 * The fields of a refusal as the error page names them: by their labels in the page's language
	 * ({@code field.<name>}), not by their names in the code, which the API keeps.
	 */
	private List<Map<String, String>> labelled(ProblemDetail detail, Locale locale) {
		Object errors = detail.getProperties() == null ? null : detail.getProperties().get("errors");
		if (!(errors instanceof List<?> list)) {
			return List.of();
		}
		List<Map<String, String>> labelled = new ArrayList<>();
		for (Object error : list) {
			if (error instanceof Map<?, ?> e) {
				String field = String.valueOf(e.get("field"));
				labelled.add(Map.of("field", messages.getMessage("field." + field, null, field, locale), "message",
						String.valueOf(e.get("message"))));
			}
		}
		return labelled;
	}

	private static boolean clientWentAway(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			String name = t.getClass().getSimpleName();
			if (name.equals("ClientAbortException") || name.equals("AsyncRequestNotUsableException")
					|| (t instanceof java.io.IOException && String.valueOf(t.getMessage()).matches("(?i).*(broken pipe|connection reset).*"))) {
				return true;
			}
		}
		return false;
	}

	static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/");
	}

	/**
	 * A value of the wrong type says what the field takes (a whole number, a number, a date) rather
	 * than only that it is not valid.
	 */
	private static String messageKey(FieldError error) {
		if ("typeMismatch".equals(error.getCode()) && error.getCodes() != null) {
			// Its codes end with the field's type: typeMismatch.java.lang.Integer.
			for (String code : error.getCodes()) {
				for (Class<?> type : List.of(Integer.class, Long.class, java.math.BigDecimal.class, java.time.LocalDate.class)) {
					if (code.equals("typeMismatch." + type.getName())) {
						return expected(type);
					}
				}
			}
		}
		return "validation." + error.getCode();
	}

	private static String expected(Class<?> type) {
		if (type == null) {
			return null;
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return "validation.wholeNumber";
		}
		if (type == java.math.BigDecimal.class || type == Double.class || type == double.class) {
			return "validation.number";
		}
		if (type == java.time.LocalDate.class) {
			return "validation.date";
		}
		return null;
	}

	private static Object[] validationArgs(FieldError error) {
		// Size and similar constraints carry their limits after the field's own name.
		Object[] raw = error.getArguments();
		if (raw == null || raw.length <= 1) {
			return new Object[0];
		}
		List<Object> out = new ArrayList<>();
		for (int i = 1; i < raw.length; i++) {
			if (!(raw[i] instanceof Map) && !(raw[i] instanceof org.springframework.context.MessageSourceResolvable)) {
				out.add(raw[i]);
			}
		}
		return out.toArray();
	}
}
