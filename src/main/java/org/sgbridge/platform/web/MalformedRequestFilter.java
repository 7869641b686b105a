package org.sgbridge.platform.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.sgbridge.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads it, a request whose address cannot be read: a query that is not
 * UTF-8 once decoded, holds a NUL or a raw backslash, or a request line over the configured size
 * (414). Tomcat would otherwise fail on the first parameter read, deep in whatever code asks, and
 * that would be a 500. The refusal is told by the error page: a problem under /api, a page elsewhere.
 */
class MalformedRequestFilter extends OncePerRequestFilter {

	private final long maxRequestLine;

	MalformedRequestFilter(long maxRequestLine) {
		this.maxRequestLine = maxRequestLine;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		// "GET " + target + " HTTP/1.1"
		long line = request.getMethod().length() + 1L + request.getRequestURI().length()
				+ (query == null ? 0 : query.length() + 1) + 9;
		if (line > maxRequestLine) {
			refuse(request, response, new Problem(HttpStatus.URI_TOO_LONG, "malformed", "problem.request-too-long.detail"));
			return;
		}
		if (query != null && !readable(query)) {
			refuse(request, response, new Problem(HttpStatus.BAD_REQUEST, "malformed", "problem.malformed-address.detail"));
			return;
		}
		if ("POST".equals(request.getMethod()) && request.getContentType() != null
				&& request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
			try {
				// read as the pages send it: this filter runs before Spring's encoding filter would set it
				if (request.getCharacterEncoding() == null) {
					request.setCharacterEncoding(StandardCharsets.UTF_8.name());
				}
				request.getParameterMap();
			}
			catch (IllegalStateException unreadable) {
				if (String.valueOf(unreadable.getMessage()).contains("too big")) {
					tooLarge(request, response);
				}
				else {
					refuse(request, response,
							new Problem(HttpStatus.BAD_REQUEST, "malformed", "problem.malformed-address.detail"));
				}
				return;
			}
		}
		if ("POST".equals(request.getMethod()) && !ProblemHandler.isApi(request) && request.getContentType() != null
				&& request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
			try {
				request.getParameterMap();
			}
			catch (IllegalStateException unreadable) {
				// a page's upload that cannot be read: too large, or a body cut short or malformed
				refuse(request, response, tooLargeUpload(unreadable) ? Problem.of(HttpStatus.CONTENT_TOO_LARGE, "file-too-large")
						: new Problem(HttpStatus.BAD_REQUEST, "malformed", "problem.malformed-page.detail"));
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean tooLargeUpload(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t.getClass().getSimpleName().contains("SizeLimitExceeded") || t.getClass().getSimpleName().contains("SizeException")) {
				return true;
			}
		}
		return false;
	}

	/** The request attribute that tells a page the form sent was too large to be read (the layout says so). */
	static final String FORM_TOO_LARGE = "formTooLarge";

	/**
	 * A form whose posted data is over the container's limit (a field of megabytes) cannot be read
	 * at all: 413, and for a page the form it came from shown again, empty, saying so; nothing kept.
	 */
	private static void tooLarge(HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		Problem problem = new Problem(HttpStatus.CONTENT_TOO_LARGE, "malformed", "problem.form-too-large.detail");
		if (ProblemHandler.isApi(request)) {
			refuse(request, response, problem);
			return;
		}
		String form = request.getRequestURI().substring(request.getContextPath().length());
		String referer = request.getHeader("Referer");
		if (referer != null) {
			try {
				java.net.URI from = java.net.URI.create(referer);
				if (request.getServerName().equalsIgnoreCase(from.getHost()) && from.getPort() == request.getServerPort()
						&& from.getPath() != null && from.getPath().startsWith(request.getContextPath() + "/")) {
					form = from.getPath().substring(request.getContextPath().length());
				}
			}
			catch (IllegalArgumentException e) {
				// An unreadable Referer: the form is shown at the address it was sent to.
			}
		}
		HttpServletRequest again = new WithoutParameters(request) {

			@Override
			public String getMethod() {
				return "GET";
			}
		};
		again.setAttribute(FORM_TOO_LARGE, Boolean.TRUE);
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		request.getRequestDispatcher(form).forward(again, response);
	}

	/** Whether a query decodes as UTF-8 without a NUL, with every escape whole and no raw backslash. */
	static boolean readable(String query) {
		ByteBuffer bytes = ByteBuffer.allocate(query.length());
		for (int i = 0; i < query.length(); i++) {
			char c = query.charAt(i);
			if (c == '%') {
				if (i + 2 >= query.length()) {
					return false;
				}
				int hi = Character.digit(query.charAt(i + 1), 16);
				int lo = Character.digit(query.charAt(i + 2), 16);
				if (hi < 0 || lo < 0) {
					return false;
				}
				bytes.put((byte) (hi * 16 + lo));
				i += 2;
			}
			else if (c == '\\' || c > 0x7e || c < 0x20) {
				return false;
			}
			else {
				bytes.put((byte) (c == '+' ? ' ' : c));
			}
		}
		bytes.flip();
		try {
			String decoded = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes)
				.toString();
			return decoded.indexOf('\0') < 0;
		}
		catch (CharacterCodingException e) {
			return false;
		}
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, Problem problem)
			throws ServletException, IOException {
		HttpServletRequest unreadable = new WithoutParameters(request);
		unreadable.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, problem.status().value());
		unreadable.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		unreadable.setAttribute(ErrorPageController.PROBLEM, problem);
		response.setStatus(problem.status().value());
		request.getRequestDispatcher("/error").forward(unreadable, response);
	}

	/** The request as the error page sees it: no query, no parameters, since they cannot be read. */
	private static class WithoutParameters extends HttpServletRequestWrapper {

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getQueryString() {
			return null;
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}
	}
}
