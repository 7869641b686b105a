package org.sgbridge.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.sgbridge.report.ParticipationSteps.RequestRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each approved SME's line of the annex, kept for the periods over which it holds, so that the
 * annex as of any moment is read, not recomputed from the whole admission history: its first
 * pilot group in {@link PilotAnnex#GROUP_ORDER} and the moment of its approval for that group
 * (the annex's order), its groups in that order and its sectors. Written by {@link PilotCounts}
 * whenever an SME's history changes, from that history, in the same transaction; rebuilt with it.
 * The annex at a moment {@code t} is the entries with {@code from_at < t <= until_at} (no
 * {@code until_at}: still holds): as the history read up to {@code t} gives it.
 */
@Component
class AnnexEntries {

	private static final String INSERT = """
			INSERT INTO report_annex_entry (organization_id, from_at, until_at, first_rank, first_at, study_groups, sectors)
			VALUES (?,?,?,?,?,?,?)""";

	/** An SME's line over the period after {@code from} up to {@code until} (null: still). */
	record Entry(Instant from, Instant until, int rank, Instant firstAt, List<String> groups, List<String> sectors) {

		boolean sameLine(Entry other) {
			return rank == other.rank && firstAt.equals(other.firstAt) && groups.equals(other.groups) && sectors.equals(other.sectors);
		}
	}

	/** A request approved for a group, from its approval to the next change of its status (null: none yet). */
	private record Approval(String group, String sector, Instant from, Instant until) {

		boolean holdsThrough(Instant start, Instant end) {
			return !from.isAfter(start) && (until == null || (end != null && !until.isBefore(end)));
		}
	}

	private final JdbcTemplate jdbc;

	AnnexEntries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The lines of one SME from its requests' history: for each (request, group), each approval
	 * lasts until the history's next row; over each period between two such moments, the groups
	 * approved then (each at its earliest approval), ordered as the annex orders them.
	 */
	static List<Entry> of(List<RequestRow> history) {
		Map<String, List<RequestRow>> byRequestGroup = new LinkedHashMap<>();
		for (RequestRow row : history) {
			byRequestGroup.computeIfAbsent(row.requestId() + "\n" + row.group(), k -> new ArrayList<>()).add(row);
		}
		List<Approval> approvals = new ArrayList<>();
		TreeSet<Instant> moments = new TreeSet<>();
		for (List<RequestRow> rows : byRequestGroup.values()) {
			rows.sort(Comparator.comparing(RequestRow::at).thenComparingLong(RequestRow::seq));
			for (int i = 0; i < rows.size(); i++) {
				RequestRow row = rows.get(i);
				Instant until = i + 1 < rows.size() ? rows.get(i + 1).at() : null;
				// an approval followed by another row at the same moment is never the last row before any moment
				if ("APPROVED".equals(row.status()) && (until == null || until.isAfter(row.at()))) {
					approvals.add(new Approval(row.group(), row.sector(), row.at(), until));
					moments.add(row.at());
					if (until != null) {
						moments.add(until);
					}
				}
			}
		}
		List<Entry> entries = new ArrayList<>();
		for (Instant start : moments) {
			Instant end = moments.higher(start);
			Map<String, Approval> earliest = new LinkedHashMap<>();
			for (Approval a : approvals) {
				if (a.holdsThrough(start, end)) {
					earliest.merge(a.group() + "\n" + a.sector(), a, (x, y) -> x.from().isAfter(y.from()) ? y : x);
				}
			}
			if (earliest.isEmpty()) {
				continue;
			}
			List<Approval> line = new ArrayList<>(earliest.values());
			line.sort(Comparator.comparingInt((Approval a) -> PilotAnnex.order(a.group())).thenComparing(Approval::group)
				.thenComparing(Approval::sector));
			Entry entry = new Entry(start, end, PilotAnnex.order(line.get(0).group()), line.get(0).from(),
					line.stream().map(Approval::group).toList(), List.copyOf(new TreeSet<>(line.stream().map(Approval::sector).toList())));
			Entry previous = entries.isEmpty() ? null : entries.get(entries.size() - 1);
			if (previous != null && Objects.equals(previous.until(), start) && previous.sameLine(entry)) {
				entries.set(entries.size() - 1, new Entry(previous.from(), end, entry.rank(), entry.firstAt(), entry.groups(),
						entry.sectors()));
			}
			else {
				entries.add(entry);
			}
		}
		return entries;
	}

	/** Writes one SME's lines anew from its history. */
	void replace(String organizationId, List<RequestRow> history) {
		jdbc.update("DELETE FROM report_annex_entry WHERE organization_id = ?", organizationId);
		jdbc.batchUpdate(INSERT, rows(organizationId, of(history)));
	}

	/** Writes every SME's lines anew from the whole history, by organisation. */
	void rebuild(Map<String, List<RequestRow>> historyByOrganization) {
		jdbc.update("DELETE FROM report_annex_entry");
		List<Object[]> rows = new ArrayList<>();
		historyByOrganization.forEach((organization, history) -> rows.addAll(rows(organization, of(history))));
		for (int i = 0; i < rows.size(); i += 5_000) {
			jdbc.batchUpdate(INSERT, rows.subList(i, Math.min(rows.size(), i + 5_000)));
		}
	}

	/** Whether an approval is in the history while no line is kept: a database from before the lines were. */
	boolean missing() {
		return jdbc.queryForObject("SELECT CASE WHEN EXISTS (SELECT 1 FROM report_annex_entry) THEN 0 "
				+ "WHEN EXISTS (SELECT 1 FROM pilot_admission_history_v WHERE status = 'APPROVED') THEN 1 ELSE 0 END", Integer.class) == 1;
	}

	private static List<Object[]> rows(String organizationId, List<Entry> entries) {
		List<Object[]> rows = new ArrayList<>();
		for (Entry e : entries) {
			rows.add(new Object[] { organizationId, Timestamp.from(e.from()), e.until() == null ? null : Timestamp.from(e.until()),
					e.rank(), Timestamp.from(e.firstAt()), String.join(";", e.groups()), String.join(";", e.sectors()) });
		}
		return rows;
	}
}
