package org.sgbridge.platform.web;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a list as a page shows it: its rows, where it stands (page {@code number} of
 * {@link #pages()}, counted from 1), and the links to the others, which keep the query. Rendered
 * by the fragment {@code fragments/lists :: pager(list)}.
 */
public record ListPage<T>(List<T> items, int number, int size, long total, ListQuery query) {

	public ListPage {
		items = List.copyOf(items);
	}

	public boolean isEmpty() {
		return items.isEmpty();
	}

	public int pages() {
		return total == 0 ? 1 : (int) ((total - 1) / size) + 1;
	}

	/** The position of the first row shown, from 1 (0 when none). */
	public long first() {
		return items.isEmpty() ? 0 : (long) (number - 1) * size + 1;
	}

	public long last() {
		return items.isEmpty() ? 0 : first() + items.size() - 1;
	}

	public boolean hasPrevious() {
		return number > 1;
	}

	public boolean hasNext() {
		return number < pages();
	}

	/** Whether the address asked for another number of rows per page than the default (forms keep it). */
	public boolean customSize() {
		return size != ListQuery.DEFAULT_SIZE;
	}

	public String href(int n) {
		return query.href(n);
	}

	/**
	 * The pages to offer a link to: the first, the last, and those next to this one; a gap is 0
	 * (shown as an ellipsis), so that the row stays short enough for a phone.
	 */
	public List<Integer> window() {
		List<Integer> shown = new ArrayList<>();
		int pages = pages();
		for (int n = 1; n <= pages; n++) {
			if (n == 1 || n == pages || Math.abs(n - number) <= 1) {
				if (!shown.isEmpty() && shown.get(shown.size() - 1) != 0 && n - shown.get(shown.size() - 1) > 1) {
					shown.add(0);
				}
				shown.add(n);
			}
		}
		return shown;
	}
}
