package org.sgbridge.bench;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.sgbridge.testing.Api;
import org.sgbridge.testing.PageClient;

/**
 * Every page and API read of the README's page table and of API.md, for the roles that use it
 * (anonymous, participant, DFP, secretariat), on real ids of the generated data; each timed one
 * request at a time, after a warm-up, over real HTTP.
 */
final class ReadRows {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	/** What a row is held to at the 95th percentile: pages and API reads 100 ms, generated documents 2 s. */
	enum Kind {
		PAGE(100), API(100), DOCUMENT(2000);

		final int budgetMs;

		Kind(int budgetMs) {
			this.budgetMs = budgetMs;
		}
	}

	/** One read: who, what, where, with which {@code Accept}. */
	record Row(String role, String what, String path, String accept, Kind kind) {
	}

	/** A row's timings (or why it could not be timed). */
	record Measured(Row row, Latencies latencies, int status, long bytes, String error) {

		boolean over() {
			return error == null && latencies.ms(0.95) > row.kind().budgetMs;
		}
	}

	/** How one role reads: a browser with its session for pages, an API client with its token. */
	record Reader(PageClient pages, Api api) {
	}

	private final Map<String, Reader> readers;
	private final int warmup;
	private final int samples;
	private final long budgetNanos;

	ReadRows(Map<String, Reader> readers, int warmup, int samples, int secondsPerRow) {
		this.readers = readers;
		this.warmup = warmup;
		this.samples = samples;
		this.budgetNanos = secondsPerRow * 1_000_000_000L;
	}

	static List<Row> rows(BenchFixtures.Picks p) {
		String q = URLEncoder.encode("contribution", StandardCharsets.UTF_8);
		List<Row> rows = new ArrayList<>();
		// anonymous
		page(rows, "anonymous", "home", "/");
		page(rows, "anonymous", "express interest", "/pilot/interest");
		page(rows, "anonymous", "upcoming meetings", "/meetings");
		page(rows, "anonymous", "past meetings", "/meetings?past=true");
		rows.add(new Row("anonymous", "meetings calendar", "/meetings.ics", "text/calendar", Kind.API));
		page(rows, "anonymous", "a meeting (many registrations)", "/meetings/" + p.bigMeeting());
		page(rows, "anonymous", "study groups", "/study-groups");
		page(rows, "anonymous", "a study group", "/study-groups/" + p.studyGroup());
		page(rows, "anonymous", "its decisions", "/study-groups/" + p.studyGroup() + "/decisions");
		page(rows, "anonymous", "a letter's check", "/letters/verify?code=" + p.verificationCode());
		page(rows, "anonymous", "sign-in", "/signin");
		api(rows, "anonymous", "member states", "/api/v1/member-states");
		api(rows, "anonymous", "a member state", "/api/v1/member-states/" + p.state());
		api(rows, "anonymous", "pilot study groups", "/api/v1/study-groups?pilot=true");
		api(rows, "anonymous", "meetings", "/api/v1/meetings");
		api(rows, "anonymous", "meetings of a group over ten years",
				"/api/v1/meetings?studyGroup=" + p.studyGroup() + "&from=2016-01-01&to=2026-12-31");
		api(rows, "anonymous", "a meeting", "/api/v1/meetings/" + p.bigMeeting());
		api(rows, "anonymous", "the pilot's terms", "/api/v1/pilot/terms");
		api(rows, "anonymous", "a group's appointments", "/api/v1/study-groups/" + p.studyGroup() + "/appointments");
		api(rows, "anonymous", "decisions", "/api/v1/decisions");
		api(rows, "anonymous", "OpenAPI description", "/v3/api-docs");
		page(rows, "anonymous", "the A.1 course", "/course");
		page(rows, "anonymous", "a module of the course", "/course/modules/1");
		api(rows, "anonymous", "the A.1 course", "/api/v1/courses/A1");
		api(rows, "anonymous", "membership categories", "/api/v1/membership-categories");
		// a participant: an SME's representative with many registrations
		page(rows, "participant", "home (signed in)", "/");
		page(rows, "participant", "the SME's pilot page", "/pilot");
		page(rows, "participant", "upcoming meetings (signed in)", "/meetings");
		page(rows, "participant", "my registrations", "/meetings/registrations");
		page(rows, "participant", "a meeting's documents", "/meetings/" + p.documentsMeeting() + "/documents");
		page(rows, "participant", "a meeting's documents, searched", "/meetings/" + p.documentsMeeting() + "/documents?q=" + q);
		page(rows, "participant", "all documents", "/documents");
		page(rows, "participant", "all documents, searched", "/documents?q=" + q);
		page(rows, "participant", "a contribution", "/contributions/" + p.contribution());
		page(rows, "participant", "my account", "/account");
		rows.add(new Row("participant", "letter (page link)", "/meetings/registrations/" + p.registration() + "/letter.pdf",
				"application/pdf", Kind.DOCUMENT));
		rows.add(new Row("participant", "badge (page link)", "/meetings/registrations/" + p.registration() + "/badge.pdf",
				"application/pdf", Kind.DOCUMENT));
		api(rows, "participant", "me", "/api/v1/me");
		api(rows, "participant", "my registrations", "/api/v1/registrations");
		api(rows, "participant", "a registration", "/api/v1/registrations/" + p.registration());
		rows.add(new Row("participant", "confirmation letter", "/api/v1/registrations/" + p.registration()
				+ "/letter?kind=confirmation", "application/pdf", Kind.DOCUMENT));
		rows.add(new Row("participant", "badge", "/api/v1/registrations/" + p.registration() + "/badge", "application/pdf",
				Kind.DOCUMENT));
		api(rows, "participant", "a meeting's participants", "/api/v1/meetings/" + p.bigMeeting() + "/participants");
		api(rows, "participant", "a meeting's contributions", "/api/v1/meetings/" + p.documentsMeeting() + "/contributions");
		api(rows, "participant", "contribution search", "/api/v1/meetings/" + p.documentsMeeting() + "/contributions?q=" + q);
		api(rows, "participant", "a contribution", "/api/v1/contributions/" + p.contribution());
		api(rows, "participant", "organisations by name", "/api/v1/organizations?q=Generated");
		api(rows, "participant", "an organisation", "/api/v1/organizations/" + p.participantOrganization());
		api(rows, "participant", "my tokens", "/api/v1/tokens");
		api(rows, "participant", "my admission requests", "/api/v1/admission-requests");
		page(rows, "participant", "fellowships", "/fellowships");
		page(rows, "participant", "mentoring", "/mentoring");
		page(rows, "participant", "my invoices", "/invoices");
		api(rows, "participant", "my invoices", "/api/v1/invoices");
		page(rows, "participant", "the A.1 course (signed in)", "/course");
		api(rows, "participant", "my fellowship applications", "/api/v1/fellowship-applications");
		// the DFP of the state with the most admission requests
		page(rows, "dfp", "home (signed in)", "/");
		page(rows, "dfp", "inbox", "/pilot/inbox");
		page(rows, "dfp", "a request", "/pilot/requests/" + p.admissionRequest());
		page(rows, "dfp", "validation list", "/meetings/validation");
		page(rows, "dfp", "dashboard (own state)", "/reports/pilot");
		page(rows, "dfp", "audit trail (own state)", "/audit");
		api(rows, "dfp", "requests to decide", "/api/v1/admission-requests?status=SUBMITTED");
		api(rows, "dfp", "a request", "/api/v1/admission-requests/" + p.admissionRequest());
		api(rows, "dfp", "its history", "/api/v1/admission-requests/" + p.admissionRequest() + "/history");
		api(rows, "dfp", "registrations to validate", "/api/v1/registrations/to-validate");
		api(rows, "dfp", "pilot report (own state)", "/api/v1/reports/pilot");
		rows.add(new Row("dfp", "map (own state)", "/api/v1/reports/pilot/map", "image/svg+xml", Kind.API));
		api(rows, "dfp", "national SME criteria", "/api/v1/member-states/" + p.state() + "/sme-criteria");
		api(rows, "dfp", "audit trail (own state)", "/api/v1/audit?memberState=" + p.state());
		page(rows, "dfp", "its Administration's delegation", "/delegation");
		page(rows, "dfp", "fellowship endorsements", "/fellowships/endorsements");
		api(rows, "dfp", "fellowship applications", "/api/v1/fellowship-applications");
		// the secretariat
		page(rows, "secretariat", "home (signed in)", "/");
		page(rows, "secretariat", "pilot overview", "/pilot/overview");
		page(rows, "secretariat", "interest to follow up", "/pilot/interests");
		page(rows, "secretariat", "validation list", "/meetings/validation");
		page(rows, "secretariat", "check-in desk", "/meetings/check-in");
		page(rows, "secretariat", "a meeting's desk", "/meetings/" + p.bigMeeting() + "/check-in");
		page(rows, "secretariat", "a meeting (with its history)", "/meetings/" + p.bigMeeting());
		page(rows, "secretariat", "focal points", "/focal-points");
		page(rows, "secretariat", "audit trail", "/audit");
		page(rows, "secretariat", "dashboard", "/reports/pilot");
		page(rows, "secretariat", "a request", "/pilot/requests/" + p.admissionRequest());
		rows.add(new Row("secretariat", "participants CSV (page link)", "/meetings/" + p.bigMeeting() + "/participants.csv",
				"text/csv", Kind.API));
		rows.add(new Row("secretariat", "council report DOCX (page link)", "/reports/pilot/council.docx", DOCX, Kind.DOCUMENT));
		rows.add(new Row("secretariat", "council report PDF (page link)", "/reports/pilot/council.pdf", "application/pdf",
				Kind.DOCUMENT));
		api(rows, "secretariat", "pilot report", "/api/v1/reports/pilot");
		rows.add(new Row("secretariat", "pilot report CSV", "/api/v1/reports/pilot", "text/csv", Kind.API));
		rows.add(new Row("secretariat", "pilot report XLSX", "/api/v1/reports/pilot", XLSX, Kind.DOCUMENT));
		api(rows, "secretariat", "annex", "/api/v1/reports/pilot/annex");
		rows.add(new Row("secretariat", "annex CSV", "/api/v1/reports/pilot/annex", "text/csv", Kind.API));
		rows.add(new Row("secretariat", "annex XLSX", "/api/v1/reports/pilot/annex", XLSX, Kind.DOCUMENT));
		rows.add(new Row("secretariat", "map", "/api/v1/reports/pilot/map", "image/svg+xml", Kind.API));
		rows.add(new Row("secretariat", "council report DOCX", "/api/v1/reports/pilot/council", DOCX, Kind.DOCUMENT));
		rows.add(new Row("secretariat", "council report PDF", "/api/v1/reports/pilot/council", "application/pdf", Kind.DOCUMENT));
		api(rows, "secretariat", "registrations to validate", "/api/v1/registrations/to-validate");
		api(rows, "secretariat", "requests to decide", "/api/v1/admission-requests?status=SUBMITTED");
		api(rows, "secretariat", "expressions of interest", "/api/v1/expressions-of-interest");
		api(rows, "secretariat", "a meeting's participants", "/api/v1/meetings/" + p.bigMeeting() + "/participants");
		rows.add(new Row("secretariat", "a meeting's registrations CSV", "/api/v1/meetings/" + p.bigMeeting() + "/participants",
				"text/csv", Kind.API));
		rows.add(new Row("secretariat", "a meeting's registrations XLSX", "/api/v1/meetings/" + p.bigMeeting() + "/participants",
				XLSX, Kind.DOCUMENT));
		api(rows, "secretariat", "participant counts", "/api/v1/meetings/" + p.bigMeeting() + "/participant-counts");
		api(rows, "secretariat", "organisations of a state", "/api/v1/organizations?country=" + p.state());
		api(rows, "secretariat", "a member state's changes", "/api/v1/member-states/" + p.state() + "/changes");
		api(rows, "secretariat", "audit trail", "/api/v1/audit");
		api(rows, "secretariat", "audit chain verification", "/api/v1/audit/verification");
		page(rows, "secretariat", "membership", "/membership");
		page(rows, "secretariat", "suspended Sector Members", "/membership?category=SECTOR_MEMBER&status=SUSPENDED");
		page(rows, "secretariat", "SME category what-if", "/membership/what-if?maxEmployees=300&annualFee=5000");
		api(rows, "secretariat", "SME category what-if", "/api/v1/reports/sme-category?maxEmployees=300&annualFee=5000");
		page(rows, "secretariat", "open invoices", "/invoices");
		page(rows, "secretariat", "overdue invoices", "/invoices?view=overdue");
		page(rows, "secretariat", "all invoices", "/invoices?view=all");
		rows.add(new Row("secretariat", "overdue invoices CSV (page link)", "/invoices/export.csv?view=overdue", "text/csv",
				Kind.DOCUMENT));
		rows.add(new Row("secretariat", "all invoices XLSX (page link)", "/invoices/export.xlsx?view=all", XLSX,
				Kind.DOCUMENT));
		page(rows, "secretariat", "payments", "/payments");
		api(rows, "secretariat", "open invoices", "/api/v1/invoices?status=OPEN");
		if (p.invoice() != null) {
			api(rows, "secretariat", "an overdue invoice", "/api/v1/invoices/" + p.invoice());
			rows.add(new Row("secretariat", "an invoice's PDF", "/api/v1/invoices/" + p.invoice(), "application/pdf",
					Kind.DOCUMENT));
		}
		api(rows, "secretariat", "unmatched payments", "/api/v1/payments/unmatched");
		api(rows, "secretariat", "payment imports", "/api/v1/payments/imports");
		page(rows, "secretariat", "fellowships", "/fellowships");
		page(rows, "secretariat", "the course's certificates", "/course/certificates");
		page(rows, "secretariat", "a module's question bank", "/course/bank/1");
		page(rows, "secretariat", "BSG report", "/reports/bsg");
		page(rows, "secretariat", "BSG trained people", "/reports/bsg/trained");
		api(rows, "secretariat", "BSG report", "/api/v1/reports/bsg");
		rows.add(new Row("secretariat", "BSG report DOCX (page link)", "/reports/bsg.docx", DOCX, Kind.DOCUMENT));
		rows.add(new Row("secretariat", "BSG report PDF (page link)", "/reports/bsg.pdf", "application/pdf", Kind.DOCUMENT));
		return rows;
	}

	private static void page(List<Row> rows, String role, String what, String path) {
		rows.add(new Row(role, what, path, "text/html", Kind.PAGE));
	}

	private static void api(List<Row> rows, String role, String what, String path) {
		rows.add(new Row(role, what, path, "application/json", Kind.API));
	}

	/** Times every row: the warm-up, then requests one at a time until the samples or the row's time are used up. */
	List<Measured> measure(List<Row> rows) {
		List<Measured> out = new ArrayList<>();
		for (Row row : rows) {
			Measured m = measure(row);
			System.out.printf("bench: %-11s %-40s p50 %6s p95 %6s p99 %6s ms (%d)%s%n", row.role(), row.what(),
					Latencies.format(m.latencies().ms(0.5)), Latencies.format(m.latencies().ms(0.95)),
					Latencies.format(m.latencies().ms(0.99)), m.latencies().count(), m.error() == null ? "" : " " + m.error());
			out.add(m);
		}
		return out;
	}

	private Measured measure(Row row) {
		Reader reader = readers.get(row.role());
		Function<Row, HttpResponse<byte[]>> call = r -> r.path().startsWith("/api/") || r.path().startsWith("/v3/")
				? reader.api().getBytes(r.path(), "Accept", r.accept(), "Accept-Language", "en")
				: reader.pages().getBytes(r.path());
		List<Long> timings = new ArrayList<>();
		long bytes = 0;
		long started = System.nanoTime();
		for (int i = 0; i < warmup + samples; i++) {
			long t0 = System.nanoTime();
			HttpResponse<byte[]> response = call.apply(row);
			long t = System.nanoTime() - t0;
			if (response.statusCode() != 200) {
				String body = new String(response.body(), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
				return new Measured(row, Latencies.of(timings), response.statusCode(), 0,
						"HTTP " + response.statusCode() + " " + body.substring(0, Math.min(120, body.length())));
			}
			bytes = response.body().length;
			if (i >= warmup) {
				timings.add(t);
			}
			else if (t > 2_000_000_000L && i >= 1) {
				i = warmup - 1; // slow: two warm-up requests are enough
			}
			if (timings.size() >= 5 && System.nanoTime() - started > budgetNanos) {
				break;
			}
		}
		return new Measured(row, Latencies.of(timings), 200, bytes, null);
	}
}
