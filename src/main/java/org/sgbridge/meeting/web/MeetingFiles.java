package org.sgbridge.meeting.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.sgbridge.meeting.Meeting;
import org.sgbridge.meeting.MeetingDocuments;
import org.sgbridge.meeting.Meetings;
import org.sgbridge.meeting.ParticipantExport;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Languages;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.ListResponse;
import org.sgbridge.platform.PublicAddress;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Files about meetings: the public iCalendar feed, the secretariat's participant exports, and a
 * registration's letters and badge as PDF for integrators.
 */
@RestController
class MeetingFiles {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Meetings meetings;
	private final ParticipantExport export;
	private final MeetingDocuments documents;
	private final Clock clock;
	private final PublicAddress publicAddress;

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	MeetingFiles(Meetings meetings, ParticipantExport export, MeetingDocuments documents, Clock clock,
			PublicAddress publicAddress) {
		this.meetings = meetings;
		this.export = export;
		this.documents = documents;
		this.clock = clock;
		this.publicAddress = publicAddress;
	}

	/** Upcoming meetings as an iCalendar feed (RFC 5545), for calendar applications. */
	@GetMapping(value = "/meetings.ics", produces = "text/calendar")
	ResponseEntity<String> calendar() {
		LocalDate today = Dates.today(clock);
		String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").format(clock.instant().atOffset(ZoneOffset.UTC));
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//SG Bridge//Meetings//EN");
		line(ics, "CALSCALE:GREGORIAN");
		for (Meeting m : meetings.list(null, today, null, new ListResponse.Paging(0, 500)).items()) {
			line(ics, "BEGIN:VEVENT");
			line(ics, "UID:" + m.id() + "@sgbridge.org");
			line(ics, "DTSTAMP:" + stamp);
			line(ics, "DTSTART;VALUE=DATE:" + m.startDate().format(DateTimeFormatter.BASIC_ISO_DATE));
			line(ics, "DTEND;VALUE=DATE:" + m.endDate().plusDays(1).format(DateTimeFormatter.BASIC_ISO_DATE));
			line(ics, "SUMMARY:" + escape(m.title() + " (" + m.studyGroup() + ")"));
			line(ics, "LOCATION:" + escape(m.isVirtual() ? "Virtual" : m.city() == null ? m.country() : m.city() + ", " + m.country()));
			line(ics, "URL:" + publicAddress.url() + "/meetings/" + m.id());
			line(ics, "END:VEVENT");
		}
		line(ics, "END:VCALENDAR");
		return ResponseEntity.ok().contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8)).body(ics.toString());
	}

	/** The page's download: every registration, readable in the page's language. */
	@GetMapping(value = "/meetings/{id}/participants.csv", produces = "text/csv")
	ResponseEntity<byte[]> csv(@PathVariable String id, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		export.csv(Actor.require(), id, locale, true, out);
		return file(out, CSV, "participants-" + id + ".csv");
	}

	/** The API's CSV: codes, then readable columns in the language of {@code Accept-Language}. */
	@GetMapping(value = "/api/v1/meetings/{id}/participants", produces = "text/csv")
	ResponseEntity<byte[]> apiCsv(@PathVariable String id, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		export.csv(Actor.require(), id, locale, false, out);
		return file(out, CSV, "participants-" + id + ".csv");
	}

	@GetMapping(value = { "/meetings/{id}/participants.xlsx", "/api/v1/meetings/{id}/participants" },
			produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	ResponseEntity<byte[]> xlsx(@PathVariable String id, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		export.xlsx(Actor.require(), id, locale, out);
		return file(out, XLSX, "participants-" + id + ".xlsx");
	}

	/** The validated participants counted by country, region and kind of entity, as a table of its own. */
	@GetMapping(value = { "/meetings/{id}/participant-counts.csv", "/api/v1/meetings/{id}/participant-counts" },
			produces = "text/csv")
	ResponseEntity<byte[]> countsCsv(@PathVariable String id, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		export.countsCsv(Actor.require(), id, locale, out);
		return file(out, CSV, "participant-counts-" + id + ".csv");
	}

	@GetMapping(value = "/api/v1/meetings/{id}/participant-counts", produces = "application/json")
	ListResponse<ParticipantExport.Count> counts(@PathVariable String id) {
		return ListResponse.page(export.counts(Actor.require(), id));
	}

	/**
	 * The confirmation or visa support letter of a validated registration, in the language of
	 * {@code Accept-Language}, else the participant's.
	 */
	@GetMapping(value = "/api/v1/registrations/{id}/letter", produces = "application/pdf")
	ResponseEntity<byte[]> letter(@PathVariable String id, @RequestParam(required = false) String kind,
			HttpServletRequest request) {
		MeetingDocuments.Kind chosen = switch (kind == null ? "confirmation" : kind.trim()) {
			case "confirmation" -> MeetingDocuments.Kind.CONFIRMATION;
			case "visa" -> MeetingDocuments.Kind.VISA;
			default -> throw Problem.invalidField("kind", "validation.letter-kind");
		};
		return pdf(id, chosen, request, (chosen == MeetingDocuments.Kind.VISA ? "visa-letter-" : "letter-") + id + ".pdf");
	}

	/** The badge, with the QR code that the check-in desk scans, of a validated in-person registration. */
	@GetMapping(value = "/api/v1/registrations/{id}/badge", produces = "application/pdf")
	ResponseEntity<byte[]> badge(@PathVariable String id, HttpServletRequest request) {
		return pdf(id, MeetingDocuments.Kind.BADGE, request, "badge-" + id + ".pdf");
	}

	private ResponseEntity<byte[]> pdf(String id, MeetingDocuments.Kind kind, HttpServletRequest request, String name) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		java.util.Locale written = documents.write(Actor.require(), id, kind, acceptedLanguage(request), out);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_LANGUAGE, written.toLanguageTag())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(out.toByteArray());
	}

	/** The first of the six languages that {@code Accept-Language} names, or null when it names none. */
	private static java.util.Locale acceptedLanguage(HttpServletRequest request) {
		if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
			return null;
		}
		for (var locales = request.getLocales(); locales.hasMoreElements();) {
			var supported = Languages.supported(locales.nextElement().toLanguageTag());
			if (supported.isPresent()) {
				return supported.get();
			}
		}
		return null;
	}

	private static ResponseEntity<byte[]> file(ByteArrayOutputStream out, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(out.toByteArray());
	}

	/** Escapes text as RFC 5545 asks, and folds lines longer than 75 octets. */
	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
	}

	private static void line(StringBuilder ics, String line) {
		byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
		if (bytes.length <= 75) {
			ics.append(line).append("\r\n");
			return;
		}
		StringBuilder part = new StringBuilder();
		int octets = 0;
		boolean first = true;
		for (int i = 0; i < line.length(); ) {
			int cp = line.codePointAt(i);
			String ch = new String(Character.toChars(cp));
			int size = ch.getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > (first ? 75 : 74)) {
				ics.append(part).append("\r\n ");
				part.setLength(0);
				octets = 0;
				first = false;
			}
			part.append(ch);
			octets += size;
			i += Character.charCount(cp);
		}
		ics.append(part).append("\r\n");
	}
}
