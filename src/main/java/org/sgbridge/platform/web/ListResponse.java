package org.sgbridge.platform.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.sgbridge.platform.Problem;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The shape of every collection in the API: {@code {"items", "page", "size", "total"}}. */
public record ListResponse<T>(List<T> items, int page, int size, long total) {

	public static final int DEFAULT_SIZE = 50;
	public static final int MAX_SIZE = 500;

	/**
	 * A small collection (Member States, study groups), all of it in one page unless the request asks
	 * for {@code ?page=&size=}.
	 */
	public static <T> ListResponse<T> all(List<T> items) {
		return slice(items, true);
	}

	/** A bounded collection loaded whole, answered a page at a time as the request's {@code ?page=&size=} say (default 50). */
	public static <T> ListResponse<T> page(List<T> items) {
		return slice(items, false);
	}

	/**
	 * The current request's {@code ?page=&size=}, checked as for every list (default size 50): for a
	 * collection that its query numbers and cuts.
	 */
	public static Paging requested() {
		HttpServletRequest request = request();
		return paging(number(request == null ? null : request.getParameter("page"), "page"),
				number(request == null ? null : request.getParameter("size"), "size"));
	}

	private static HttpServletRequest request() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}

	private static <T> ListResponse<T> slice(List<T> items, boolean wholeByDefault) {
		HttpServletRequest request = request();
		String page = request == null ? null : request.getParameter("page");
		String size = request == null ? null : request.getParameter("size");
		if (wholeByDefault && size == null) {
			size = String.valueOf(Math.min(Math.max(items.size(), 1), MAX_SIZE));
		}
		Paging paging = paging(number(page, "page"), number(size, "size"));
		int from = (int) Math.min(items.size(), paging.offset());
		int to = (int) Math.min(items.size(), paging.offset() + paging.size());
		return new ListResponse<>(items.subList(from, to), paging.page(), paging.size(), items.size());
	}

	private static Integer number(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.trim());
		}
		catch (NumberFormatException e) {
			throw Problem.invalidField(field, "validation.Invalid");
		}
	}

	/** Checks {@code ?page=&size=}, with the API's defaults and limits. */
	public static Paging paging(Integer page, Integer size) {
		int p = page == null ? 0 : page;
		int s = size == null ? DEFAULT_SIZE : size;
		if (p < 0) {
			throw Problem.invalidField("page", "validation.Min", 0);
		}
		if (s < 1 || s > MAX_SIZE) {
			throw Problem.invalidField("size", "validation.Range", 1, MAX_SIZE);
		}
		return new Paging(p, s);
	}

	public record Paging(int page, int size) {

		public long offset() {
			return (long) page * size;
		}
	}
}
