package org.sgbridge.meeting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sgbridge.account.AccountManagement;
import org.sgbridge.directory.MemberStates;
import org.sgbridge.directory.Organization;
import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Problem;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's exports of a meeting: its registrations as one table (name, e-mail,
 * organisation, country, participation, status, badge collected), and the validated participants
 * counted by country, ITU region and kind of entity (aggregated in SQL over the directory's
 * published views) as a table of its own. CSV is UTF-8 with a byte-order mark, for spreadsheets;
 * the API's CSV keeps codes and adds readable columns, the page's download is readable throughout,
 * in the caller's language.
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

	/** The codes' columns, as the API's CSV has them. */
	private static final List<String> CODES = List.of("name", "email", "organization", "country", "mode", "status",
			"badge_collected");

	private final Meetings meetings;
	private final Registrations registrations;
	private final AccountManagement accounts;
	private final OrganizationDirectory organizations;
	private final MemberStates states;
	private final MessageSource messages;
	private final JdbcClient jdbc;
	private final Clock clock;

	ParticipantExport(Meetings meetings, Registrations registrations, AccountManagement accounts,
			OrganizationDirectory organizations, MemberStates states, MessageSource messages, JdbcClient jdbc, Clock clock) {
		this.meetings = meetings;
		this.registrations = registrations;
		this.accounts = accounts;
		this.organizations = organizations;
		this.states = states;
		this.messages = messages;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One count of the summary. */
	public record Count(String dimension, String key, long participants) {
	}

	/** A registration as the export lists it, by codes. */
	public record Line(String name, String email, String organization, String country, String mode, String status,
			boolean badgeCollected) {
	}

	public List<Count> counts(Actor actor, String meetingId) {
		check(actor, meetingId);
		return jdbc.sql(COUNTS).param("m", meetingId)
			.query((rs, n) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3)))
			.list();
	}

	/** Every registration of the meeting, by participant's name: three queries whatever their number. */
	public List<Line> lines(Actor actor, String meetingId) {
		check(actor, meetingId);
		List<Registration> all = registrations.where("WHERE meeting_id = :m", Map.of("m", meetingId));
		Map<String, AccountManagement.Contact> contacts = accounts.contacts(all.stream().map(Registration::accountId).toList());
		Map<String, Organization> orgs = organizations.findAll(all.stream().map(Registration::organizationId).toList());
		return all.stream().map(r -> {
			var contact = contacts.getOrDefault(r.accountId(), new AccountManagement.Contact("", ""));
			Organization o = orgs.get(r.organizationId());
			return new Line(contact.name(), contact.email(), o == null ? "" : o.name(), o == null ? "" : o.country(),
					r.mode().name(), r.status().name(), r.checkedInAt() != null);
		}).sorted(Comparator.comparing(Line::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Line::email)).toList();
	}

	/**
	 * The registrations as CSV: with {@code readableOnly} the page's download (headings and values
	 * in {@code locale}); otherwise the API's, its codes followed by their readable columns.
	 */
	public void csv(Actor actor, String meetingId, Locale locale, boolean readableOnly, OutputStream out) {
		List<Line> lines = lines(actor, meetingId);
		Names names = new Names(locale);
		try (CSVPrinter csv = printer(out)) {
			if (readableOnly) {
				csv.printRecord(names.headings());
				for (Line l : lines) {
					csv.printRecord(names.readable(l));
				}
			}
			else {
				List<Object> heading = new ArrayList<>(CODES);
				heading.addAll(List.of("country_name", "mode_label", "status_label"));
				csv.printRecord(heading);
				for (Line l : lines) {
					csv.printRecord(l.name(), l.email(), l.organization(), l.country(), l.mode(), l.status(), l.badgeCollected(),
							names.country(l.country()), names.mode(l.mode()), names.status(l.status()));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The counts as CSV: {@code count_by,key,participants,label}, the label in {@code locale}. */
	public void countsCsv(Actor actor, String meetingId, Locale locale, OutputStream out) {
		List<Count> counts = counts(actor, meetingId);
		Names names = new Names(locale);
		try (CSVPrinter csv = printer(out)) {
			csv.printRecord("count_by", "key", "participants", "label");
			for (Count c : counts) {
				csv.printRecord(c.dimension(), c.key(), c.participants(), names.key(c));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Both tables as XLSX (streamed), each on its own sheet, readable in {@code locale}. */
	public void xlsx(Actor actor, String meetingId, Locale locale, OutputStream out) {
		List<Line> lines = lines(actor, meetingId);
		List<Count> counts = counts(actor, meetingId);
		Names names = new Names(locale);
		try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
			Sheet sheet = book.createSheet("Participants");
			row(sheet, 0, names.headings());
			int i = 1;
			for (Line l : lines) {
				row(sheet, i++, names.readable(l));
			}
			Sheet summary = book.createSheet("Counts");
			row(summary, 0, List.of(names.t("meeting.export.count-by"), names.t("meeting.export.key"),
					names.t("meeting.export.participants")));
			int j = 1;
			for (Count c : counts) {
				Row r = row(summary, j++, List.of(names.t("meeting.export.count-by." + c.dimension()), names.key(c)));
				r.createCell(2).setCellValue(c.participants());
			}
			book.write(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static CSVPrinter printer(OutputStream out) throws IOException {
		out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		return new CSVPrinter(writer, CSVFormat.RFC4180);
	}

	private static Row row(Sheet sheet, int index, List<String> values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.size(); i++) {
			row.createCell(i).setCellValue(values.get(i) == null ? "" : values.get(i));
		}
		return row;
	}

	/** Readable names of codes in one language; the Member States' names read once. */
	private final class Names {

		private final Locale locale;
		private final Map<String, String> countries = new java.util.HashMap<>();

		Names(Locale locale) {
			this.locale = locale;
			states.all(Dates.today(clock)).forEach(s -> countries.put(s.code(), s.name(locale)));
		}

		String t(String key) {
			return messages.getMessage(key, null, key, locale);
		}

		String country(String code) {
			return code == null ? "" : countries.getOrDefault(code, code);
		}

		String mode(String code) {
			return t("letter.mode." + code);
		}

		String status(String code) {
			return t("meeting.status." + code);
		}

		String key(Count c) {
			return switch (c.dimension()) {
				case "country" -> country(c.key());
				case "region" -> t("region." + c.key());
				default -> t("meeting.export.kind." + c.key());
			};
		}

		List<String> headings() {
			return List.of(t("meeting.export.name"), t("meeting.export.email"), t("letter.organization"),
					t("meeting.export.country"), t("letter.mode"), t("meeting.export.status"), t("meeting.export.badge"));
		}

		List<String> readable(Line l) {
			return List.of(l.name(), l.email(), l.organization(), country(l.country()), mode(l.mode()), status(l.status()),
					t(l.badgeCollected() ? "meeting.export.yes" : "meeting.export.no"));
		}
	}

	private void check(Actor actor, String meetingId) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		meetings.find(meetingId).orElseThrow(Problem::notFound);
	}
}
