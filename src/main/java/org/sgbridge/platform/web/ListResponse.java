package org.sgbridge.platform.web;

import java.util.List;

import org.sgbridge.platform.Problem;

/** The shape of every collection in the API: {@code {"items", "page", "size", "total"}}. */
public record ListResponse<T>(List<T> items, int page, int size, long total) {

	public static final int DEFAULT_SIZE = 50;
	public static final int MAX_SIZE = 500;

	/** A whole collection in one page. */
	public static <T> ListResponse<T> all(List<T> items) {
		return new ListResponse<>(items, 0, Math.max(items.size(), 1), items.size());
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
