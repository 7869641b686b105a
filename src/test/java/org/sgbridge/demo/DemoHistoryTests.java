package org.sgbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sgbridge.SgBridgeApplication;
import org.sgbridge.account.AccountManagement;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The demo replays the pilot's published history: the report rebuilt from it gives the figures
 * that ITU published on 16 March 2018 and on 29 October 2018.
 */
@SpringBootTest(classes = SgBridgeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class DemoHistoryTests {

	static final String PASSWORD = "demo password for the tests";

	@LocalServerPort
	int port;

	@Autowired
	DemoData demo;

	@Autowired
	AccountManagement accounts;

	@Autowired
	org.springframework.context.MessageSource messages;

	Api secretariat;

	@BeforeEach
	void loadDemo() {
		demo.load(PASSWORD);
		demo.load(PASSWORD);
		Api api = new Api(port);
		secretariat = api.bearer(new TestAccounts(accounts, api).token("secretariat@sgbridge.demo", PASSWORD));
	}

	private JsonNode report(String asOf) {
		Api.Response response = secretariat.get("/api/v1/reports/pilot?asOf=" + asOf);
		assertThat(response.status()).as("%s", response).isEqualTo(200);
		return response.json();
	}

	private static void counts(JsonNode node, long approved, long inAdmission, long interested) {
		assertThat(node.path("approved").asLong()).as("approved in %s", node).isEqualTo(approved);
		assertThat(node.path("inAdmission").asLong()).as("in admission in %s", node).isEqualTo(inAdmission);
		assertThat(node.path("interested").asLong()).as("interested in %s", node).isEqualTo(interested);
	}

	@Test
	void itu_news_of_16_march_2018_five_approved_seven_in_admission_all_itu_t() {
		JsonNode r = report("2018-03-16");
		assertThat(r.path("asOf").asString()).isEqualTo("2018-03-16");
		counts(r.path("bySector").path("ITU-T"), 5, 7, r.path("bySector").path("ITU-T").path("interested").asLong());
		counts(r.path("bySector").path("ITU-D"), 0, 0, 0);
		assertThat(r.path("totals").path("approved").asLong()).isEqualTo(5);
		assertThat(r.path("totals").path("inAdmission").asLong()).isEqualTo(7);
		counts(r.path("byStudyGroup").path("ITU-D-SG1"), 0, 0, 0);
	}

	@Test
	void pp18_opening_22_approved_3_in_admission_4_interested() {
		JsonNode r = report("2018-10-29");
		JsonNode totals = r.path("totals");
		counts(totals, 22, 3, 4);
		assertThat(totals.path("smes").asLong()).isEqualTo(29);
		counts(r.path("bySector").path("ITU-T"), 15, 3, 4);
		counts(r.path("bySector").path("ITU-D"), 8, 0, 0);
		assertThat(r.path("byStudyGroup").propertyNames()).containsExactlyInAnyOrder("ITU-T-SG5", "ITU-T-SG11",
				"ITU-T-SG16", "ITU-T-SG20", "ITU-D-SG1", "ITU-D-SG2");
		counts(r.path("byStudyGroup").path("ITU-T-SG20"), 7, 1, 1);
		counts(r.path("byStudyGroup").path("ITU-D-SG2"), 8, 0, 0);
		counts(r.path("byStudyGroup").path("ITU-D-SG1"), 3, 0, 0);
		// ASTEM counts once in Japan, though it is in both sectors.
		counts(r.path("byMemberState").path("JP"), 4, 0, 0);
		counts(r.path("byMemberState").path("EG"), 3, 0, 0);
		assertThat(r.path("byMemberState").has("FR")).isFalse();
		counts(r.path("byRegion").path("ARB"), 4, 0, 1);
		long regionsTotal = 0;
		for (Map.Entry<String, JsonNode> e : r.path("byRegion").properties()) {
			regionsTotal += e.getValue().path("approved").asLong() + e.getValue().path("inAdmission").asLong()
					+ e.getValue().path("interested").asLong();
		}
		assertThat(regionsTotal).isEqualTo(29);
	}

	@Test
	void theReplayedDecisionsAreInTheAuditTrailAtTheirDatesOf2017And2018() {
		JsonNode items = secretariat.get("/api/v1/audit?memberState=JP&from=2017-01-01&to=2018-12-31&size=500").json().path("items");
		assertThat(items).isNotEmpty();
		assertThat(items.findValuesAsString("action")).contains("ADMISSION_REQUEST_SUBMITTED", "ADMISSION_REQUEST_APPROVED");
		items.forEach(e -> {
			assertThat(e.path("at").asString()).matches("201[78]-.*");
			String action = e.path("action").asString();
			if (action.equals("ADMISSION_REQUEST_APPROVED") || action.equals("ADMISSION_REQUEST_REJECTED")) {
				assertThat(e.path("actingAs").asString()).isEqualTo("DFP:JP");
			}
			if (action.equals("ADMISSION_REQUEST_SUBMITTED")) {
				assertThat(e.path("actingAs").asString()).matches("MEMBER:.+");
			}
		});
		assertThat(secretariat.get("/api/v1/audit/verification").json().path("intact").asBoolean()).isTrue();
	}

	@Test
	void the2018MeetingsHaveRegistrationsOfTheDemoSmes() {
		JsonNode meetings = secretariat.get("/api/v1/meetings?from=2018-01-01&to=2018-12-31").json();
		assertThat(meetings.path("total").asLong()).isEqualTo(10);
		JsonNode sg16 = null;
		for (JsonNode m : meetings.path("items")) {
			if (m.path("studyGroup").asString().equals("ITU-T-SG16") && m.path("kind").asString().equals("STUDY_GROUP")) {
				sg16 = m;
			}
			if (m.path("title").asString().equals("ITU-D Study Group 1 meeting")) {
				assertThat(m.path("startDate").asString()).isEqualTo("2018-04-30");
				assertThat(m.path("endDate").asString()).isEqualTo("2018-05-04");
			}
		}
		assertThat(sg16).isNotNull();
		assertThat(sg16.path("startDate").asString()).startsWith("2018-07");
		JsonNode participants = secretariat.get("/api/v1/meetings/" + sg16.path("id").asString() + "/participants").json();
		assertThat(participants.path("items").findValuesAsString("organization")).contains("Wayfindr", "Alkira Technologies",
				"ASTEM Co. Ltd.");
	}

	@Test
	void theSg20CallOf2018AwardedWithinEgyptsCapAndTheBudget() {
		String sg20 = null;
		for (JsonNode m : secretariat.get("/api/v1/meetings?from=2018-01-01&to=2018-12-31").json().path("items")) {
			if (m.path("title").asString().equals("ITU-T Study Group 20 meeting")) {
				sg20 = m.path("id").asString();
			}
		}
		JsonNode list = secretariat.get("/api/v1/fellowship-applications?size=500").json();
		java.util.List<JsonNode> items = new java.util.ArrayList<>();
		String meeting = sg20;
		list.path("items").forEach(i -> {
			if (i.path("meetingId").asString().equals(meeting)) {
				items.add(i);
			}
		});
		assertThat(items).hasSize(4);
		assertThat(items).extracting(i -> i.path("memberState").asString() + " " + i.path("status").asString())
			.containsExactlyInAnyOrder("EG AWARDED", "EG AWARDED", "EG DECLINED", "TN AWARDED");
		assertThat(items).filteredOn(i -> i.path("status").asString().equals("AWARDED"))
			.allSatisfy(i -> assertThat(i.path("obligations").path("attendance").asString()).isIn("MET", "NOT_MET"));
		JsonNode call = secretariat.get("/api/v1/fellowship-calls/" + items.get(0).path("callId").asString()).json();
		assertThat(call.path("committed").path("amount").decimalValue()).isEqualByComparingTo("7600");
		assertThat(call.path("remaining").path("amount").decimalValue()).isEqualByComparingTo("12400");
	}

	@Test
	void courseLearnersAreAtEveryStageAndOneCertificateIsRevoked() {
		Api api = new Api(port);
		TestAccounts people = new TestAccounts(accounts, api);
		java.util.function.Function<String, JsonNode> progress = who -> {
			Api.Response r = api.bearer(people.token("learner." + who + "@sgbridge.demo", PASSWORD)).get("/api/v1/courses/A1/progress");
			assertThat(r.status()).as("%s", r).isEqualTo(200);
			return r.json();
		};
		assertThat(progress.apply("amina").path("overall").isNull()).isTrue();
		JsonNode rahul = progress.apply("rahul");
		assertThat(rahul.path("modules").get(1).path("bestScore").asInt()).isEqualTo(90);
		assertThat(rahul.path("modules").get(2).path("bestScore").isNull()).as("module 3 not taken").isTrue();
		assertThat(rahul.path("overall").isNull()).isTrue();
		assertThat(progress.apply("lucia").path("overall").asInt()).isEqualTo(60);
		assertThat(progress.apply("lucia").path("certificate").isNull()).isTrue();
		JsonNode mei = progress.apply("mei");
		assertThat(mei.path("overall").asInt()).isEqualTo(90);
		JsonNode certificate = api.get("/api/v1/certificates/" + mei.path("certificate").path("code").asString()).json();
		assertThat(certificate.path("valid").asBoolean()).isTrue();
		assertThat(certificate.path("name").asString()).isEqualTo("Wang Mei (demo)");
		JsonNode omar = progress.apply("omar");
		assertThat(api.get("/api/v1/certificates/" + omar.path("certificate").path("code").asString()).json()
			.path("valid").asBoolean()).as("revoked").isFalse();
		JsonNode report = secretariat.get("/api/v1/reports/bsg?from=2019-09-01&to=2020-03-31").json();
		assertThat(report.path("course").path("enrolments").asLong()).as("%s", report).isEqualTo(5);
		assertThat(report.path("course").path("certificates").asLong()).as("issued, one revoked later").isEqualTo(2);
		assertThat(secretariat.get("/api/v1/reports/bsg?from=2020-02-01&to=2020-03-31").json().path("course")
			.path("enrolments").asLong()).as("Wang Mei, in February 2020").isEqualTo(1);
	}

	@Test
	void technicalPapersWereAgreedWithTheSmesContributionsAsInput() {
		JsonNode decisions = secretariat.get("/api/v1/decisions?studyGroup=ITU-T-SG16").json().path("items");
		java.util.Map<String, String> inputBySubject = new java.util.HashMap<>();
		for (JsonNode d : decisions) {
			if (d.path("subject").asString().startsWith("Technical paper HSTP-CONF-") && d.path("inputs").size() > 0) {
				inputBySubject.put(d.path("subject").asString().substring(0, 30), d.path("inputs").get(0).asString());
			}
		}
		String h702 = inputBySubject.get("Technical paper HSTP-CONF-H702");
		String f921 = inputBySubject.get("Technical paper HSTP-CONF-F921");
		assertThat(h702).isNotNull();
		assertThat(f921).isNotNull();
		assertThat(secretariat.get("/api/v1/contributions/" + h702).json().path("sources").findValuesAsString("name"))
			.containsExactly("ASTEM Co. Ltd.");
		assertThat(secretariat.get("/api/v1/contributions/" + f921).json().path("sources").findValuesAsString("name"))
			.containsExactly("Wayfindr");
		assertThat(secretariat.get("/api/v1/contributions/" + h702).json().path("number").asString())
			.matches("T17-SG16-C-\\d{4}");
		assertThat(secretariat.get("/api/v1/study-groups/ITU-T-SG16/appointments").json().path("items")
			.findValuesAsString("role")).contains("CHAIR", "VICE_CHAIR", "RAPPORTEUR");
	}

	/** The PP-18 report's annex: name, Member State, sectors and groups of each row, in its order. */
	private java.util.List<String[]> pp18Annex() throws java.io.IOException {
		java.util.List<String[]> expected = new java.util.ArrayList<>();
		try (var in = getClass().getResourceAsStream("/pp18-annex.csv")) {
			for (var record : org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().get()
				.parse(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
				expected.add(new String[] { record.get("name"), record.get("member_state"),
						record.get("sectors"), record.get("study_groups").replace(" ", "-") });
			}
		}
		return expected;
	}

	@Test
	void theAnnexAsOfPp18IsThePp18AnnexInJsonCsvAndXlsx() throws Exception {
		java.util.List<String[]> expected = pp18Annex();
		JsonNode rows = secretariat.get("/api/v1/reports/pilot/annex?asOf=2018-10-29").json().path("items");
		assertThat(rows.size()).isEqualTo(22);
		for (int i = 0; i < expected.size(); i++) {
			JsonNode row = rows.get(i);
			assertThat(row.path("no").asInt()).isEqualTo(i + 1);
			assertThat(row.path("name").asString()).as("row %d", i + 1).isEqualTo(expected.get(i)[0]);
			assertThat(row.path("memberState").asString()).isEqualTo(expected.get(i)[1]);
			assertThat(String.join(";", row.path("sectors").valueStream().map(JsonNode::asString).toList()))
				.isEqualTo(expected.get(i)[2]);
			assertThat(String.join(";", row.path("studyGroups").valueStream().map(JsonNode::asString).toList()))
				.isEqualTo(expected.get(i)[3]);
		}
		var csv = secretariat.getBytes("/api/v1/reports/pilot/annex?asOf=2018-10-29", "Accept", "text/csv");
		String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFno,name,member_state,sectors,study_groups")
			.contains("22,Archimède Solutions SARL,Switzerland,ITU-T,ITU-T-SG20")
			.contains("8,ASTEM Co. Ltd.,Japan,ITU-D;ITU-T,ITU-D-SG2;ITU-T-SG16");
		var xlsx = secretariat.getBytes("/api/v1/reports/pilot/annex?asOf=2018-10-29", "Accept",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
			var sheet = book.getSheet("Annex");
			assertThat(sheet.getLastRowNum()).isEqualTo(22);
			assertThat(sheet.getRow(21).getCell(1).getStringCellValue()).isEqualTo(rows.get(20).path("name").asString());
			assertThat(sheet.getRow(22).getCell(2).getStringCellValue()).isEqualTo("Switzerland");
		}
		assertThat(secretariat.get("/api/v1/reports/pilot/annex?asOf=2018-03-16").json().path("items").size()).isEqualTo(5);
	}

	@Test
	void theCouncilReportHoldsTheTotalsTheMapAndTheAnnexInDocxAndPdf() throws Exception {
		var docx = secretariat.getBytes("/api/v1/reports/pilot/council?asOf=2018-10-29", "Accept",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(docx.statusCode()).isEqualTo(200);
		try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx.body()));
				var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
			assertThat(text.getText()).contains("22 SMEs approved, 3 in the admission process, 4 having expressed interest; 29 in all")
				.contains("Archimède Solutions SARL").contains("Iran (Islamic Republic of)").contains("HEEQAC");
			var annex = doc.getTables().get(doc.getTables().size() - 1);
			assertThat(annex.getRows()).as("the annex: its heading and a row of five cells for each SME").hasSize(pp18Annex().size() + 1)
				.allSatisfy(row -> assertThat(row.getTableCells()).hasSize(5));
			assertThat(annex.getRow(1).getCell(1).getText()).isEqualTo(pp18Annex().get(0)[0]);
			assertThat(doc.getAllPictures()).as("the map, two bar charts and the monthly trend").hasSize(4);
			assertThat(doc.getAllPictures()).allSatisfy(p -> assertThat(p.getData().length).isGreaterThan(1000));
		}
		var pdf = secretariat.getBytes("/api/v1/reports/pilot/council?asOf=2018-10-29", "Accept", "application/pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("29 in all").contains("Archimède Solutions SARL").contains("Wayfindr");
			// The map is drawn as vector graphics: render the pages and look for the light blues of its colour scale.
			var renderer = new org.apache.pdfbox.rendering.PDFRenderer(document);
			long mapPixels = 0;
			for (int page = 0; page < document.getNumberOfPages(); page++) {
				var image = renderer.renderImageWithDPI(page, 50);
				for (int x = 0; x < image.getWidth(); x++) {
					for (int y = 0; y < image.getHeight(); y++) {
						int rgb = image.getRGB(x, y);
						int r = (rgb >> 16) & 0xff;
						int g = (rgb >> 8) & 0xff;
						int b = rgb & 0xff;
						if (Math.abs(r - 198) < 12 && Math.abs(g - 219) < 12 && Math.abs(b - 239) < 12) {
							mapPixels++;
						}
					}
				}
			}
			assertThat(mapPixels).as("pixels of the map's colour scale").isGreaterThan(50);
		}
		var french = secretariat.getBytes("/api/v1/reports/pilot/council?asOf=2018-10-29&lang=fr", "Accept", "application/pdf");
		try (var document = org.apache.pdfbox.Loader.loadPDF(french.body())) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Annexe");
		}
	}

	/**
	 * The report to Council as its readers get it in each language: the translated headings, no
	 * replacement glyph, the document's number and page numbers, no placeholder where the
	 * secretariat has written nothing, every row of the annex in its order, and the annex's header row
	 * on each of its pages.
	 */
	@Test
	void theCouncilReportReadsRightInEverySixLanguages() throws Exception {
		java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "documents"));
		for (String language : java.util.List.of("en", "fr", "es", "ru", "ar", "zh")) {
			java.util.Locale locale = java.util.Locale.forLanguageTag(language);
			var pdf = secretariat.getBytes("/api/v1/reports/pilot/council?asOf=2018-10-29&lang=" + language, "Accept",
					"application/pdf");
			assertThat(pdf.statusCode()).isEqualTo(200);
			java.nio.file.Files.write(folder.resolve("council-" + language + ".pdf"), pdf.body());
			try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
				var stripper = new org.apache.pdfbox.text.PDFTextStripper();
				String text = readable(stripper.getText(document));
				assertThat(text).as(language).doesNotContain("\uFFFD").doesNotContain("#");
				// the annex holds every row of the PP-18 annex, in its order (the names are nowhere else)
				int at = -1;
				for (String[] row : pp18Annex()) {
					int next = text.indexOf(readable(row[0]), at);
					assertThat(next).as("%s: %s in the annex, after the row before it", language, row[0]).isGreaterThan(at);
					at = next;
				}
				for (String word : readable(messages.getMessage("report.title", null, locale)).split(" ")) {
					assertThat(text).as(language).contains(word);
				}
				assertThat(text).as("placeholders are not printed")
					.doesNotContain(readable(messages.getMessage("report.default.analysis", null, locale)))
					.doesNotContain(readable(messages.getMessage("report.default.next-steps", null, locale)));
				int pages = document.getNumberOfPages();
				assertThat(pages).isGreaterThan(1);
				String letter = switch (language) {
					case "fr" -> "F";
					case "es" -> "S";
					case "ru" -> "R";
					case "ar" -> "A";
					case "zh" -> "C";
					default -> "E";
				};
				String annexName = readable(messages.getMessage("report.annex.name", null, locale));
				for (int page = 1; page <= pages; page++) {
					stripper.setStartPage(page);
					stripper.setEndPage(page);
					String onPage = readable(stripper.getText(document));
					assertThat(onPage).as("%s page %d", language, page).contains(page + " / " + pages);
					if (page > 1) {
						assertThat(onPage).as("%s page %d", language, page).contains("SGB/2018-10-29-" + letter);
					}
					if (page == pages) {
						assertThat(onPage).as("the annex's last page repeats its header").contains(annexName.split(" ")[0]);
					}
				}
			}
		}
	}

	private static String readable(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).replaceAll("[\u2066-\u2069]", "")
			.replaceAll("\\s+", " ");
	}

	@Test
	void theFiguresAsCsvAndXlsxMatchTheJson() throws Exception {
		JsonNode json = report("2018-10-29");
		String csv = new String(secretariat.getBytes("/api/v1/reports/pilot?asOf=2018-10-29", "Accept", "text/csv").body(),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("2018-10-29,total,,22,3,4").contains("2018-10-29,sector,ITU-D,8,0,0")
			.contains("2018-10-29,member_state,JP," + json.path("byMemberState").path("JP").path("approved").asLong() + ",0,0");
		var xlsx = secretariat.getBytes("/api/v1/reports/pilot?asOf=2018-10-29", "Accept",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
			var sheet = book.getSheet("Figures");
			assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(json.path("totals").path("approved").asDouble());
			long rows = 1 + json.path("bySector").size() + json.path("byStudyGroup").size() + json.path("byMemberState").size()
					+ json.path("byRegion").size();
			assertThat(sheet.getLastRowNum()).isEqualTo((int) rows);
		}
	}

	@Test
	void datesOutsideThePilotAreInvalid() {
		assertThat(secretariat.get("/api/v1/reports/pilot?asOf=2017-05-24").problem()).isEqualTo("invalid-date");
		assertThat(secretariat.get("/api/v1/reports/pilot?asOf=2999-01-01").problem()).isEqualTo("invalid-date");
		assertThat(secretariat.get("/api/v1/reports/pilot?asOf=29-10-2018").status()).isEqualTo(400);
		assertThat(secretariat.get("/api/v1/reports/pilot?asOf=2017-05-25").status()).isEqualTo(200);
	}

	@Test
	void aDfpSeesOnlyItsOwnStatesFigures() {
		Api api = new Api(port);
		Api japan = api.bearer(new TestAccounts(accounts, api).token("dfp.jp@sgbridge.demo", PASSWORD));
		JsonNode r = japan.get("/api/v1/reports/pilot?asOf=2018-10-29").json();
		counts(r.path("totals"), 4, 0, 0);
		assertThat(r.path("byMemberState").propertyNames()).containsExactly("JP");
		Api participant = api.bearer(new TestAccounts(accounts, api).token("participant@sgbridge.demo", PASSWORD));
		assertThat(participant.get("/api/v1/reports/pilot").status()).isEqualTo(403);
	}
}
