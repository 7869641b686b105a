package org.sgbridge.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.sgbridge.platform.Problem;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What the GET form of a list page asked: a search, filters, a sort, a page. Each parameter is read
 * leniently: a value that is not one of the choices (an address typed by hand, an old link) is
 * noted, naming the field, and the list is shown without it, never a 500. The values read are kept
 * in the links to the other pages. Pages count from 1 in the address ({@code ?page=2}); the
 * database is asked for one page at a time ({@link #paging()}).
 */
public final class ListQuery {

	/** Rows on a page unless {@code ?size=} asks for another number (up to {@link #MAX_SIZE}). */
	public static final int DEFAULT_SIZE = 25;
	public static final int MAX_SIZE = 100;
	/** The longest search kept; a longer one is cut there and noted. */
	public static final int MAX_TEXT = 200;

	private final String path;
	private final Map<String, String> kept = new LinkedHashMap<>();
	/** Parameters that choose which list is shown (a tab such as the invoices' view), not what narrows it. */
	private final java.util.Set<String> views = new java.util.HashSet<>();
	private final List<Problem.FieldProblem> problems = new ArrayList<>();
	private int page = 1;
	private int size = DEFAULT_SIZE;

	private ListQuery(String path) {
		this.path = path;
	}

	/** A query of the list page at {@code path} (the address its links lead to). */
	public static ListQuery at(String path) {
		return new ListQuery(path);
	}

	/** Reads {@code ?page=} (from 1) and {@code ?size=}; a wrong one is noted and the default used. */
	public ListQuery pages(String page, String size) {
		Integer p = number(page);
		if (page != null && !page.isBlank() && (p == null || p < 1)) {
			problems.add(new Problem.FieldProblem("page", "list.invalid.page"));
		}
		else if (p != null) {
			this.page = p;
		}
		Integer s = number(size);
		if (size != null && !size.isBlank() && (s == null || s < 1 || s > MAX_SIZE)) {
			problems.add(new Problem.FieldProblem("size", "list.invalid.size", MAX_SIZE));
		}
		else if (s != null) {
			this.size = s;
		}
		return this;
	}

	/**
	 * A search text, trimmed, or null when empty; kept in the links. A text over {@link #MAX_TEXT}
	 * characters is cut there and noted.
	 */
	public String text(String name, String labelKey, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.chars().anyMatch(Character::isISOControl)) {
			text = text.replaceAll("\\p{Cntrl}", " ").strip();
		}
		if (text.length() > MAX_TEXT) {
			problems.add(new Problem.FieldProblem(name, "list.invalid.text", label(labelKey), MAX_TEXT));
			text = text.substring(0, MAX_TEXT);
		}
		kept.put(name, text);
		return text;
	}

	/**
	 * One of the {@code choices} (compared without regard to case), else {@code fallback}; a value
	 * that is none of them is noted, naming the field, and the fallback used.
	 */
	public String choice(String name, String labelKey, String value, Collection<String> choices, String fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		String typed = value.strip();
		for (String choice : choices) {
			if (choice.equalsIgnoreCase(typed)) {
				kept.put(name, choice);
				return choice;
			}
		}
		problems.add(new Problem.FieldProblem(name, "list.invalid.choice", label(labelKey)));
		return fallback;
	}

	/** Keeps a value in the links without reading it (a value the caller checked itself). */
	public ListQuery keep(String name, String value) {
		if (value != null && !value.isBlank()) {
			kept.put(name, value);
		}
		return this;
	}

	/**
	 * Keeps the list's view (a tab, such as the open or overdue invoices) in the links, including the one
	 * that clears the search, and does not count it as narrowing the list.
	 */
	public ListQuery view(String name, String value) {
		keep(name, value);
		views.add(name);
		return this;
	}

	/** Notes a value the caller found wrong, naming its field; the list is shown without it. */
	public ListQuery refuse(String name, String labelKey) {
		problems.add(new Problem.FieldProblem(name, "list.invalid.choice", label(labelKey)));
		kept.remove(name);
		return this;
	}

	/** The page asked for, as the API's paging (from 0). */
	public ListResponse.Paging paging() {
		return new ListResponse.Paging(page - 1, size);
	}

	/**
	 * Asks {@code find} for the page asked for; when that page lies past the end (an old link, a
	 * list that shrank), asks again for the last page.
	 */
	public <T> ListPage<T> fetch(Function<ListResponse.Paging, ListResponse<T>> find) {
		ListResponse<T> found = find.apply(paging());
		if (found.items().isEmpty() && found.total() > 0 && page > 1) {
			page = (int) ((found.total() - 1) / size) + 1;
			found = find.apply(paging());
		}
		return new ListPage<>(found.items(), page, size, found.total(), this);
	}

	/** Whether something in the address was not understood. */
	public boolean hasProblems() {
		return !problems.isEmpty();
	}

	/** What was not understood, for the form's summary and beside its fields (status 400 on the page). */
	public FormErrors errors(MessageSource messages, Locale locale) {
		if (problems.isEmpty()) {
			return FormErrors.none();
		}
		return FormErrors.of(Problem.invalidInput(problems), messages, locale);
	}

	/** Whether the list is narrowed by anything (then the page offers to clear it). */
	public boolean narrowed() {
		return kept.keySet().stream().anyMatch(k -> !k.equals("sort") && !views.contains(k));
	}

	/** The address of page {@code n} of the same list, with the same search, filters and sort. */
	public String href(int n) {
		StringBuilder href = new StringBuilder(path);
		char sep = '?';
		for (Map.Entry<String, String> e : kept.entrySet()) {
			href.append(sep).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
			sep = '&';
		}
		if (size != DEFAULT_SIZE) {
			href.append(sep).append("size=").append(size);
			sep = '&';
		}
		if (n > 1) {
			href.append(sep).append("page=").append(n);
		}
		return href.toString();
	}

	/** The address of the list without any search or filter (in the same view). */
	public String cleared() {
		StringBuilder href = new StringBuilder(path);
		char sep = '?';
		for (Map.Entry<String, String> e : kept.entrySet()) {
			if (views.contains(e.getKey())) {
				href.append(sep).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
				sep = '&';
			}
		}
		return href.toString();
	}

	/**
	 * A search text as a SQL {@code LIKE} pattern that finds it anywhere, in lower case, with its
	 * own {@code %}, {@code _} and backslashes taken literally (write {@code ESCAPE '\'}).
	 */
	public static String likePattern(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		return "%" + lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static Object label(String key) {
		return new DefaultMessageSourceResolvable(new String[] { key }, key);
	}

	private static Integer number(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
