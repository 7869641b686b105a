package org.sgbridge.meeting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's export of a meeting's validated participants, with their counts by country,
 * ITU region and kind of entity (aggregated in SQL over the directory's published views), as CSV
 * (UTF-8 with a byte-order mark, for spreadsheets) or XLSX (streamed).
 */
@Service
@Transactional(readOnly = true)
public class ParticipantExport {

	private static final String COUNTS = """
			SELECT 'country' AS dimension, o.country AS k, COUNT(*) AS n
			  FROM registration r JOIN directory_organization_v o ON o.id = r.organization_id
			  WHERE r.meeting_id = :m AND r.status = 'VALIDATED' GROUP BY o.country
			UNION ALL
			SELECT 'region', s.region, COUNT(*)
			  FROM registration r JOIN directory_organization_v o ON o.id = r.organization_id
			  JOIN directory_member_state_v s ON s.code = o.country
			  WHERE r.meeting_id = :m AND r.status = 'VALIDATED' GROUP BY s.region
			UNION ALL
			SELECT 'kind', o.kind, COUNT(*)
			  FROM registration r JOIN directory_organization_v o ON o.id = r.organization_id
			  WHERE r.meeting_id = :m AND r.status = 'VALIDATED' GROUP BY o.kind
			ORDER BY 1, 2""";

	private final MeetingRegistrations registrations;
	private final Meetings meetings;
	private final JdbcClient jdbc;

	ParticipantExport(MeetingRegistrations registrations, Meetings meetings, JdbcClient jdbc) {
		this.registrations = registrations;
		this.meetings = meetings;
		this.jdbc = jdbc;
	}

	/** One count of the summary. */
	public record Count(String dimension, String key, long participants) {
	}

	public List<Count> counts(Actor actor, String meetingId) {
		check(actor, meetingId);
		return jdbc.sql(COUNTS).param("m", meetingId)
			.query((rs, n) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3)))
			.list();
	}

	public void csv(Actor actor, String meetingId, OutputStream out) {
		List<MeetingRegistrations.Participant> participants = participants(actor, meetingId);
		List<Count> counts = counts(actor, meetingId);
		try {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
			csv.printRecord("name", "organization", "country", "mode");
			for (MeetingRegistrations.Participant p : participants) {
				csv.printRecord(p.name(), p.organization(), p.country(), p.mode());
			}
			csv.println();
			csv.printRecord("count_by", "key", "participants");
			for (Count c : counts) {
				csv.printRecord(c.dimension(), c.key(), c.participants());
			}
			csv.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public void xlsx(Actor actor, String meetingId, OutputStream out) {
		List<MeetingRegistrations.Participant> participants = participants(actor, meetingId);
		List<Count> counts = counts(actor, meetingId);
		try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
			Sheet sheet = book.createSheet("Participants");
			row(sheet, 0, "Name", "Organization", "Country", "Mode");
			int i = 1;
			for (MeetingRegistrations.Participant p : participants) {
				row(sheet, i++, p.name(), p.organization(), p.country(), p.mode());
			}
			Sheet summary = book.createSheet("Counts");
			row(summary, 0, "Count by", "Key", "Participants");
			int j = 1;
			for (Count c : counts) {
				Row r = row(summary, j++, c.dimension(), c.key());
				r.createCell(2).setCellValue(c.participants());
			}
			book.write(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Row row(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i] == null ? "" : values[i]);
		}
		return row;
	}

	private List<MeetingRegistrations.Participant> participants(Actor actor, String meetingId) {
		check(actor, meetingId);
		return registrations.participants(meetingId);
	}

	private void check(Actor actor, String meetingId) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden();
		}
		meetings.find(meetingId).orElseThrow(Problem::notFound);
	}
}
