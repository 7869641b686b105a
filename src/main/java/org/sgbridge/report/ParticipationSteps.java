package org.sgbridge.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One participant's level for each key of the figures, day by day, from its own history: the
 * counting rule of the reports (approved, else in admission, else interested) applied at the end
 * of each day on which its history changed. A participant is an organisation, or an expression of
 * interest not linked to one.
 */
final class ParticipationSteps {

	static final String ALL = "ALL";

	private ParticipationSteps() {
	}

	/** A key of the figures: the world ({@code ALL}) or a Member State, and a total, a sector or a group. */
	record Key(String scope, String dim, String k) implements Comparable<Key> {

		@Override
		public int compareTo(Key o) {
			int c = scope.compareTo(o.scope);
			c = c != 0 ? c : dim.compareTo(o.dim);
			return c != 0 ? c : k.compareTo(o.k);
		}
	}

	/** A row of {@code pilot_admission_history_v}. */
	record RequestRow(String requestId, String country, String group, String sector, String status, Instant at, long seq) {
	}

	/** A row of {@code pilot_interest_group_v}. */
	record InterestRow(String country, String group, String sector, Instant at) {
	}

	static LocalDate dayOf(Instant at) {
		return LocalDate.ofInstant(at, ZoneOffset.UTC);
	}

	/**
	 * The level per key from each day it changed (0 once it no longer counts), in day order. Keys
	 * never counted are absent.
	 */
	static Map<Key, NavigableMap<LocalDate, Integer>> of(List<RequestRow> requests, List<InterestRow> interests) {
		Set<LocalDate> days = new TreeSet<>();
		requests.forEach(r -> days.add(dayOf(r.at())));
		interests.forEach(i -> days.add(dayOf(i.at())));
		Map<Key, NavigableMap<LocalDate, Integer>> steps = new TreeMap<>();
		Map<Key, Integer> previous = Map.of();
		for (LocalDate day : days) {
			Map<Key, Integer> levels = levelsAt(day, requests, interests);
			Set<Key> keys = new TreeSet<>(previous.keySet());
			keys.addAll(levels.keySet());
			for (Key key : keys) {
				int before = previous.getOrDefault(key, 0);
				int now = levels.getOrDefault(key, 0);
				if (before != now) {
					steps.computeIfAbsent(key, k -> new TreeMap<>()).put(day, now);
				}
			}
			previous = levels;
		}
		return steps;
	}

	/** The levels above zero at the end of {@code day}. */
	static Map<Key, Integer> levelsAt(LocalDate day, List<RequestRow> requests, List<InterestRow> interests) {
		Map<String, RequestRow> last = new HashMap<>();
		for (RequestRow r : requests) {
			if (!dayOf(r.at()).isAfter(day)) {
				last.merge(r.requestId() + "\n" + r.group(), r, (a, b) -> later(a, b) ? a : b);
			}
		}
		Map<Key, Integer> levels = new HashMap<>();
		for (RequestRow r : last.values()) {
			int level = switch (r.status()) {
				case "APPROVED" -> PilotReports.APPROVED;
				case "SUBMITTED" -> PilotReports.IN_ADMISSION;
				default -> 0;
			};
			raise(levels, r.country(), r.sector(), r.group(), level);
		}
		if (last.isEmpty()) {
			for (InterestRow i : interests) {
				if (!dayOf(i.at()).isAfter(day)) {
					raise(levels, i.country(), i.sector(), i.group(), PilotReports.INTERESTED);
				}
			}
		}
		return levels;
	}

	private static boolean later(RequestRow a, RequestRow b) {
		int c = a.at().compareTo(b.at());
		return c != 0 ? c > 0 : a.seq() > b.seq();
	}

	private static void raise(Map<Key, Integer> levels, String country, String sector, String group, int level) {
		if (level <= 0) {
			return;
		}
		for (String scope : List.of(ALL, country)) {
			levels.merge(new Key(scope, "total", ALL), level, Math::max);
			levels.merge(new Key(scope, "sector", sector), level, Math::max);
			levels.merge(new Key(scope, "group", group), level, Math::max);
		}
	}
}
