package org.sgbridge.meeting.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.sgbridge.platform.web.ListResponse;

/**
 * The page links of a list, each keeping the list's query: the previous and next pages, the first
 * and the last, and those around the current one (numbered from 1, as people count pages).
 */
record Pager(long total, int page, int pages, String previous, String next, List<Link> links) {

	/** A numbered link, or a gap between numbers (number and href null). */
	record Link(Integer number, String href, boolean current) {
	}

	/** The sizes a reader may choose, and the one it gets without choosing. */
	static final List<Integer> SIZES = List.of(10, 20, 50, 100);
	static final int DEFAULT_SIZE = 20;

	/** The links of a list, {@code href} giving the address of a page numbered from 1. */
	static Pager of(ListResponse<?> list, IntFunction<String> href) {
		int pages = (int) Math.max(1, (list.total() + list.size() - 1) / list.size());
		int current = list.page() + 1;
		List<Link> links = new ArrayList<>();
		Integer last = null;
		for (int n = 1; n <= pages; n++) {
			if (n == 1 || n == pages || Math.abs(n - current) <= 2) {
				if (last != null && n > last + 1) {
					links.add(new Link(null, null, false));
				}
				links.add(new Link(n, href.apply(n), n == current));
				last = n;
			}
		}
		return new Pager(list.total(), current, pages, current > 1 ? href.apply(current - 1) : null,
				current < pages ? href.apply(current + 1) : null, links);
	}

	/** A page number as a link or form sent it (from 1), 1 when it is missing or not a number. */
	static int page(String value) {
		try {
			return value == null || value.isBlank() ? 1 : Math.max(1, Integer.parseInt(value.trim()));
		}
		catch (NumberFormatException e) {
			return 1;
		}
	}

	/** A page size among {@link #SIZES}, the default otherwise. */
	static int size(String value) {
		try {
			int size = value == null || value.isBlank() ? DEFAULT_SIZE : Integer.parseInt(value.trim());
			return SIZES.contains(size) ? size : DEFAULT_SIZE;
		}
		catch (NumberFormatException e) {
			return DEFAULT_SIZE;
		}
	}

	/** A path with its query, each value encoded as a form sends it (a "+" stays a plus). */
	static String address(String path, Map<String, ? extends Object> fields) {
		StringBuilder query = new StringBuilder();
		fields.forEach((name, value) -> {
			Iterable<?> values = value instanceof Iterable<?> many ? many : List.of(value);
			for (Object v : values) {
				query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
					.append(URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8));
			}
		});
		return path + query;
	}

	/** Whether there is more than one page to move between. */
	public boolean several() {
		return pages > 1;
	}
}
