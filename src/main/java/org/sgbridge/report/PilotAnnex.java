package org.sgbridge.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.ListResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annex of the report to Council and PP: every SME approved at the end of a day, with its
 * approving Member State (ITU's English name), sectors and pilot groups, ordered as the PP-18
 * annex: by the first of its pilot groups in the order ITU-D SG1, SG2, ITU-T SG5, SG11, SG16, SG20,
 * then by the date of its approval for that group (then by name). Read from the lines kept from the
 * admission history ({@link AnnexEntries}): a page is numbered and cut in SQL, the whole annex
 * streamed in its order.
 */
@Service
@Transactional(readOnly = true)
public class PilotAnnex {

	static final List<String> GROUP_ORDER = List.of("ITU-D-SG1", "ITU-D-SG2", "ITU-T-SG5", "ITU-T-SG11", "ITU-T-SG16",
			"ITU-T-SG20");

	/** The lines that hold at the end of the day: after they began, up to when they ended. */
	private static final String HOLDING = "e.from_at < :end AND (e.until_at IS NULL OR e.until_at >= :end)";

	private static final String LINES = "SELECT e.organization_id, e.first_rank, e.first_at, e.study_groups, e.sectors "
			+ "FROM report_annex_entry e WHERE " + HOLDING;

	/**
	 * The whole annex in its order but for names, which order the SMEs approved at the same moment for
	 * the same group (sorted here as they are read, as Java compares names, the same on every database).
	 */
	private static final String ALL = """
			SELECT e.organization_id, e.first_rank, e.first_at, e.study_groups, e.sectors, o.name, o.country, s.name_en
			FROM report_annex_entry e
			JOIN directory_organization_v o ON o.id = e.organization_id
			JOIN directory_member_state_v s ON s.code = o.country
			WHERE %s
			ORDER BY e.first_rank, e.first_at""".formatted(HOLDING);

	private final JdbcClient jdbc;
	private final Clock clock;

	PilotAnnex(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A row of the annex. */
	public record Row(int no, String name, String memberState, String memberStateCode, List<String> sectors,
			List<String> studyGroups) {
	}

	/** A page of the annex as asked for, and how many rows the whole annex has. */
	public record Page(List<Row> items, ListResponse.Paging paging, long total) {
	}

	/** A line kept for an SME, and its organisation's name and Member State once read. */
	private record Line(String organization, int rank, Instant firstAt, String groups, String sectors, String name,
			String code, String state) {

		Line named(String name, String code, String state) {
			return new Line(organization, rank, firstAt, groups, sectors, name, code, state);
		}

		boolean sameMoment(Line other) {
			return rank == other.rank && firstAt.equals(other.firstAt);
		}

		Row row(int no) {
			return new Row(no, name, state, code, List.of(sectors.split(";")), List.of(groups.split(";")));
		}
	}

	private static final Comparator<Line> BY_NAME = Comparator.comparing(Line::name).thenComparing(Line::organization);

	private static final Comparator<Line> ORDER = Comparator.comparingInt(Line::rank).thenComparing(Line::firstAt)
		.thenComparing(BY_NAME);

	/** The whole annex at the end of {@code asOf} (default today). */
	public List<Row> rows(Actor actor, String asOf) {
		List<Row> rows = new ArrayList<>();
		each(day(actor, asOf), rows::add);
		return rows;
	}

	/**
	 * One page of the annex at the end of {@code asOf}: the rows in the annex's order from
	 * {@code page * size}, read from the lines in that order (by the index of their order); the names
	 * are read for that page, and for the SMEs approved at the same moment for the same group as
	 * its first or last row, which the names order. {@code paging} is read once the reader may see
	 * the annex and the date is valid.
	 */
	public Page page(Actor actor, String asOf, Supplier<ListResponse.Paging> paging) {
		Instant end = Dates.endOf(day(actor, asOf));
		ListResponse.Paging p = paging.get();
		long total = jdbc.sql("SELECT COUNT(*) FROM report_annex_entry e WHERE " + HOLDING).param("end", Timestamp.from(end))
			.query(Long.class).single();
		List<Line> lines = jdbc.sql(LINES + " ORDER BY e.first_rank, e.first_at, e.organization_id LIMIT :size OFFSET :offset")
			.param("end", Timestamp.from(end)).param("size", p.size()).param("offset", p.offset())
			.query((rs, n) -> line(rs, false)).list();
		if (lines.isEmpty()) {
			return new Page(List.of(), p, total);
		}
		Line first = lines.get(0);
		Line last = lines.get(lines.size() - 1);
		// every line approved at the same moment as the first or the last: with the page, all lines between the two moments
		Map<String, Line> around = new LinkedHashMap<>();
		jdbc.sql(LINES + " AND ((e.first_rank = :r1 AND e.first_at = :a1) OR (e.first_rank = :r2 AND e.first_at = :a2))")
			.param("end", Timestamp.from(end)).param("r1", first.rank()).param("a1", Timestamp.from(first.firstAt()))
			.param("r2", last.rank()).param("a2", Timestamp.from(last.firstAt()))
			.query((rs, n) -> line(rs, false)).list().forEach(l -> around.put(l.organization(), l));
		lines.forEach(l -> around.putIfAbsent(l.organization(), l));
		long before = jdbc.sql("SELECT COUNT(*) FROM report_annex_entry e WHERE " + HOLDING
				+ " AND (e.first_rank < :r OR (e.first_rank = :r AND e.first_at < :a))")
			.param("end", Timestamp.from(end)).param("r", first.rank()).param("a", Timestamp.from(first.firstAt()))
			.query(Long.class).single();
		List<Line> named = new ArrayList<>();
		jdbc.sql("""
				SELECT o.id, o.name, o.country, s.name_en FROM directory_organization_v o
				JOIN directory_member_state_v s ON s.code = o.country WHERE o.id IN (:ids)""")
			.param("ids", List.copyOf(around.keySet()))
			.query(rs -> {
				named.add(around.get(rs.getString(1)).named(rs.getString(2), rs.getString(3), rs.getString(4)));
			});
		named.sort(ORDER);
		List<Row> items = new ArrayList<>();
		for (int i = 0; i < named.size(); i++) {
			long no = before + i + 1;
			if (no > p.offset() && no <= p.offset() + p.size()) {
				items.add(named.get(i).row((int) no));
			}
		}
		return new Page(items, p, total);
	}

	/** CSV for spreadsheets: UTF-8 with a byte-order mark, lists of codes joined by ";"; written as the rows are read. */
	public void csv(Actor actor, String asOf, OutputStream out) {
		LocalDate day = day(actor, asOf);
		try {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			// buffered as characters: the printer writes a field in several small pieces, each encoded at once otherwise
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 32 * 1024);
			CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
			csv.printRecord("no", "name", "member_state", "sectors", "study_groups");
			each(day, r -> {
				try {
					csv.printRecord(r.no(), r.name(), r.memberState(), String.join(";", r.sectors()), String.join(";", r.studyGroups()));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
			csv.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The rows of the annex in its order, each as soon as its place is known (those of one moment sorted by name). */
	private void each(LocalDate day, Consumer<Row> out) {
		List<Line> moment = new ArrayList<>();
		int[] no = { 0 };
		jdbc.sql(ALL).param("end", Timestamp.from(Dates.endOf(day))).query(rs -> {
			Line line = line(rs, true);
			if (!moment.isEmpty() && !moment.get(0).sameMoment(line)) {
				flush(moment, no, out);
			}
			moment.add(line);
		});
		flush(moment, no, out);
	}

	private static void flush(List<Line> moment, int[] no, Consumer<Row> out) {
		moment.sort(BY_NAME);
		for (Line line : moment) {
			out.accept(line.row(++no[0]));
		}
		moment.clear();
	}

	private static Line line(java.sql.ResultSet rs, boolean named) throws java.sql.SQLException {
		return new Line(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5),
				named ? rs.getString(6) : null, named ? rs.getString(7) : null, named ? rs.getString(8) : null);
	}

	/** The day asked for, once the reader may see the annex: the secretariat's, on a day of the pilot. */
	private LocalDate day(Actor actor, String asOf) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		LocalDate day = Dates.parseOrToday(asOf, clock);
		if (day.isBefore(PilotReports.PILOT_START) || day.isAfter(Dates.today(clock))) {
			throw Dates.invalid(asOf);
		}
		return day;
	}

	/** The place of a group in the annex's order of groups; any other group after them. */
	static int order(String group) {
		int i = GROUP_ORDER.indexOf(group);
		return i < 0 ? GROUP_ORDER.size() : i;
	}

	public void xlsx(List<Row> rows, OutputStream out) {
		try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
			Sheet sheet = book.createSheet("Annex");
			String[] header = { "No.", "Name", "Member State", "Sectors", "Study groups" };
			header(sheet, header);
			int i = 1;
			for (Row r : rows) {
				org.apache.poi.ss.usermodel.Row row = sheet.createRow(i++);
				row.createCell(0).setCellValue(r.no());
				row.createCell(1).setCellValue(r.name());
				row.createCell(2).setCellValue(r.memberState());
				row.createCell(3).setCellValue(String.join("; ", r.sectors()));
				row.createCell(4).setCellValue(String.join("; ", r.studyGroups()));
			}
			book.write(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void header(Sheet sheet, String[] values) {
		org.apache.poi.ss.usermodel.Row row = sheet.createRow(0);
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
	}
}
