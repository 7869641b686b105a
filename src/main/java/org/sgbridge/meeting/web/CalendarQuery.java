package org.sgbridge.meeting.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.sgbridge.meeting.Meetings;

/**
 * What the meetings list was asked for (words, sector, study group, upcoming or past, order, page
 * and its size), read leniently from the address: an unknown value is the default, never an error,
 * and every link of the page keeps it.
 */
record CalendarQuery(String q, String sector, String studyGroup, Meetings.When when, Meetings.Sort sort, int page,
		int size) {

	static final int MAX_WORDS = 200;

	static CalendarQuery of(String q, String sector, String studyGroup, String when, String sort, String page, String size,
			String past) {
		String words = q == null ? "" : q.strip();
		if (words.length() > MAX_WORDS) {
			words = words.substring(0, MAX_WORDS);
		}
		String s = sector == null ? "" : sector.trim().toUpperCase(Locale.ROOT);
		return new CalendarQuery(words, "ITU-T".equals(s) || "ITU-D".equals(s) ? s : "",
				studyGroup == null ? "" : studyGroup.trim(),
				"true".equalsIgnoreCase(past == null ? null : past.trim()) && when == null ? Meetings.When.PAST
						: value(Meetings.When.class, when, Meetings.When.UPCOMING),
				value(Meetings.Sort.class, sort, Meetings.Sort.DATE), Pager.page(page), Pager.size(size));
	}

	private static <E extends Enum<E>> E value(Class<E> type, String value, E otherwise) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return otherwise;
		}
	}

	Meetings.Search search() {
		return new Meetings.Search(q, sector, studyGroup, when, sort);
	}

	public boolean past() {
		return when == Meetings.When.PAST;
	}

	/** The fields that differ from the defaults, as the address and the forms carry them (page excluded). */
	public Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		put(fields, "q", q);
		put(fields, "sector", sector);
		put(fields, "studyGroup", studyGroup);
		if (when != Meetings.When.UPCOMING) {
			fields.put("when", when.name().toLowerCase(Locale.ROOT));
		}
		if (sort != Meetings.Sort.DATE) {
			fields.put("sort", sort.name().toLowerCase(Locale.ROOT));
		}
		if (size != Pager.DEFAULT_SIZE) {
			fields.put("size", String.valueOf(size));
		}
		return fields;
	}

	private static void put(Map<String, String> fields, String name, String value) {
		if (value != null && !value.isEmpty()) {
			fields.put(name, value);
		}
	}

	/** The address of a page of this list (numbered from 1). */
	String href(int page) {
		Map<String, String> fields = fields();
		if (page > 1) {
			fields.put("page", String.valueOf(page));
		}
		return Pager.address("/meetings", fields);
	}

	/** The same list, upcoming or past meetings. */
	String hrefWhen(Meetings.When other) {
		return new CalendarQuery(q, sector, studyGroup, other, sort, 1, size).href(1);
	}
}
