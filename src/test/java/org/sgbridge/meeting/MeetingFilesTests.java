package org.sgbridge.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sgbridge.SgBridgeApplication;
import org.sgbridge.account.AccountManagement;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.PilotFixtures;
import org.sgbridge.testing.PilotFixtures.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The participant exports (CSV and XLSX, read back) and the iCalendar feed. */
@SpringBootTest(classes = SgBridgeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class MeetingFilesTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	private HttpResponse<byte[]> get(String path, String token, String accept, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + token).header("Accept", accept);
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** The CSV as a spreadsheet reads it: a byte-order mark, then one table. */
	private static List<CSVRecord> table(byte[] bytes) throws Exception {
		assertThat(bytes[0]).isEqualTo((byte) 0xEF);
		try (CSVParser parser = CSVParser.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
			return parser.getRecords();
		}
	}

	@Test
	void secretariatExportsValidatedParticipantsWithCountsAndOthersCannot() throws Exception {
		Api api = new Api(port);
		PilotFixtures pilot = new PilotFixtures(accounts, api);
		Api staff = api.bearer(pilot.secretariat());
		LocalDate today = LocalDate.now();
		Map<String, Object> body = new HashMap<>(Map.of("studyGroup", "ITU-T-SG17", "kind", "STUDY_GROUP",
				"title", "SG17 export test, with a comma", "startDate", today.plusDays(20).toString(),
				"endDate", today.plusDays(25).toString(), "city", "Genève", "country", "CH", "remoteParticipation", true,
				"registrationOpens", today.toString(), "registrationCloses", today.plusDays(10).toString()));
		String meeting = staff.post("/api/v1/meetings", body).json().path("id").asString();
		Person dfp = pilot.dfp("LK");
		String administration = pilot.administrationOf("LK");
		assertThat(api.bearer(dfp.token()).post("/api/v1/meetings/" + meeting + "/registrations",
				Map.of("organizationId", administration, "mode", "IN_PERSON")).json().path("status").asString())
			.isEqualTo("VALIDATED");

		// A delegate of another state waits for validation: the export lists every registration with its status.
		pilot.dfp("NP");
		Person delegate = pilot.person("delegate-np", Set.of());
		api.bearer(pilot.secretariat()).post("/api/v1/organizations/" + pilot.administrationOf("NP") + "/members",
				Map.of("accountId", delegate.id()));
		assertThat(api.bearer(delegate.token()).post("/api/v1/meetings/" + meeting + "/registrations",
				Map.of("organizationId", pilot.administrationOf("NP"), "mode", "REMOTE")).json().path("status").asString())
			.isEqualTo("PENDING_VALIDATION");

		HttpResponse<byte[]> csv = get("/api/v1/meetings/" + meeting + "/participants", pilot.secretariat(), "text/csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		List<CSVRecord> records = table(csv.body());
		assertThat(records.get(0).values()).containsExactly("name", "email", "organization", "country", "mode", "status",
				"badge_collected", "country_name", "mode_label", "status_label");
		assertThat(records).as("one table, every row as wide as the header").allSatisfy(r -> assertThat(r.size()).isEqualTo(10));
		assertThat(records).anySatisfy(r -> assertThat(r.values()).containsExactly("dfp-lk", dfp.email(),
				"Administration of Sri Lanka", "LK", "IN_PERSON", "VALIDATED", "false", "Sri Lanka", "In person", "Validated"));
		assertThat(records).anySatisfy(r -> assertThat(r.values()).contains(delegate.email(), "NP", "REMOTE",
				"PENDING_VALIDATION", "Waiting for validation"));

		HttpResponse<byte[]> counts = get("/api/v1/meetings/" + meeting + "/participant-counts", pilot.secretariat(), "text/csv");
		List<CSVRecord> countRows = table(counts.body());
		assertThat(countRows.get(0).values()).containsExactly("count_by", "key", "participants", "label");
		assertThat(countRows).anySatisfy(r -> assertThat(r.values()).containsExactly("country", "LK", "1", "Sri Lanka"))
			.anySatisfy(r -> assertThat(r.values()).containsExactly("region", "ASP", "1", "Asia-Pacific"))
			.noneSatisfy(r -> assertThat(r.get(1)).isEqualTo("NP"));

		HttpResponse<byte[]> french = get("/api/v1/meetings/" + meeting + "/participants", pilot.secretariat(), "text/csv",
				"Accept-Language", "fr");
		assertThat(table(french.body())).anySatisfy(r -> assertThat(r.values()).contains("VALIDATED", "Validée"));

		HttpResponse<byte[]> xlsx = get("/api/v1/meetings/" + meeting + "/participants", pilot.secretariat(),
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			Sheet participants = book.getSheet("Participants");
			assertThat(participants.getLastRowNum()).isEqualTo(2);
			assertThat(participants.getRow(1).getCell(0).getStringCellValue()).isEqualTo("delegate-np");
			assertThat(participants.getRow(2).getCell(0).getStringCellValue()).isEqualTo("dfp-lk");
			assertThat(participants.getRow(2).getCell(4).getStringCellValue()).isEqualTo("In person");
			Sheet summary = book.getSheet("Counts");
			assertThat(summary.getLastRowNum()).isEqualTo(3);
		}
		assertThat(get("/api/v1/meetings/" + meeting + "/participants", dfp.token(), "text/csv").statusCode()).isEqualTo(403);
		HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/meetings/" + meeting + "/participant-counts.csv")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).as("the page's download asks to sign in").isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/signin"));
		Set<String> json = Set.copyOf(api.bearer(dfp.token()).get("/api/v1/meetings/" + meeting + "/participants")
			.json().path("items").findValuesAsString("name"));
		assertThat(json).contains("dfp-lk");
	}

	@Test
	void upcomingMeetingsAreAnICalendarFeed() throws Exception {
		Api api = new Api(port);
		PilotFixtures pilot = new PilotFixtures(accounts, api);
		LocalDate today = LocalDate.now();
		api.bearer(pilot.secretariat()).post("/api/v1/meetings", Map.of("studyGroup", "ITU-D-SG2", "kind", "WORKSHOP",
				"title", "Workshop; on e-health, in Kigali", "startDate", today.plusDays(5).toString(),
				"endDate", today.plusDays(6).toString(), "city", "Kigali", "country", "RW",
				"registrationOpens", today.toString(), "registrationCloses", today.plusDays(4).toString()));
		HttpResponse<String> ics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/meetings.ics")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(ics.statusCode()).isEqualTo(200);
		assertThat(ics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
		assertThat(ics.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("SUMMARY:Workshop\\; on e-health\\, in Kigali (ITU-D-SG2)")
			.contains("DTSTART;VALUE=DATE:" + today.plusDays(5).toString().replace("-", "")).endsWith("END:VCALENDAR\r\n");
	}
}
