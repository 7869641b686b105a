package org.sgbridge.report;

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
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annex of the report to Council and PP: every SME approved at the end of a day, with its
 * approving Member State (ITU's English name), sectors and pilot groups, ordered as the PP-18
 * annex: by the first of its pilot groups in the order ITU-D SG1, SG2, ITU-T SG5, SG11, SG16, SG20,
 * then by the date of its approval for that group. Read from the history views.
 */
@Service
@Transactional(readOnly = true)
public class PilotAnnex {

	static final List<String> GROUP_ORDER = List.of("ITU-D-SG1", "ITU-D-SG2", "ITU-T-SG5", "ITU-T-SG11", "ITU-T-SG16",
			"ITU-T-SG20");

	private static final String SQL = """
			WITH last AS (
			  SELECT h.request_id, h.organization_id, h.study_group, h.sector, h.status, h.effective_at,
			         ROW_NUMBER() OVER (PARTITION BY h.request_id, h.study_group ORDER BY h.effective_at DESC, h.seq DESC) AS rn
			  FROM pilot_admission_history_v h WHERE h.effective_at < :end
			)
			SELECT l.organization_id, o.name, o.country, s.name_en, l.study_group, l.sector, MIN(l.effective_at) AS approved_at
			FROM last l
			JOIN directory_organization_v o ON o.id = l.organization_id
			JOIN directory_member_state_v s ON s.code = o.country
			WHERE l.rn = 1 AND l.status = 'APPROVED'
			GROUP BY l.organization_id, o.name, o.country, s.name_en, l.study_group, l.sector""";

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

	public List<Row> rows(Actor actor, String asOf) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		LocalDate day = Dates.parseOrToday(asOf, clock);
		if (day.isBefore(PilotReports.PILOT_START) || day.isAfter(Dates.today(clock))) {
			throw Dates.invalid(asOf);
		}
		record Approval(String org, String name, String code, String state, String group, String sector, Instant at) {
		}
		List<Approval> approvals = jdbc.sql(SQL)
			.param("end", Timestamp.from(Dates.endOf(day)))
			.query((rs, n) -> new Approval(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.list();
		Map<String, List<Approval>> bySme = new LinkedHashMap<>();
		approvals.forEach(a -> bySme.computeIfAbsent(a.org(), k -> new ArrayList<>()).add(a));
		record Entry(Approval first, List<Approval> all) {
		}
		List<Entry> entries = new ArrayList<>();
		for (List<Approval> list : bySme.values()) {
			list.sort(Comparator.comparingInt((Approval a) -> order(a.group())));
			entries.add(new Entry(list.get(0), list));
		}
		entries.sort(Comparator.comparingInt((Entry e) -> order(e.first().group()))
			.thenComparing(e -> e.first().at())
			.thenComparing(e -> e.first().name()));
		List<Row> rows = new ArrayList<>();
		for (Entry e : entries) {
			rows.add(new Row(rows.size() + 1, e.first().name(), e.first().state(), e.first().code(),
					List.copyOf(new TreeSet<>(e.all().stream().map(Approval::sector).toList())),
					e.all().stream().map(Approval::group).toList()));
		}
		return rows;
	}

	private static int order(String group) {
		int i = GROUP_ORDER.indexOf(group);
		return i < 0 ? GROUP_ORDER.size() : i;
	}

	/** CSV for spreadsheets: UTF-8 with a byte-order mark, lists of codes joined by ";". */
	public void csv(List<Row> rows, OutputStream out) {
		try {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
			csv.printRecord("no", "name", "member_state", "sectors", "study_groups");
			for (Row r : rows) {
				csv.printRecord(r.no(), r.name(), r.memberState(), String.join(";", r.sectors()), String.join(";", r.studyGroups()));
			}
			csv.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
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
