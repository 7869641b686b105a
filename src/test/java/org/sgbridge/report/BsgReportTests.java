package org.sgbridge.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * API.md {@code GET /api/v1/reports/bsg}: fellowships counted by the date of the award, trainings
 * and contributions by their meeting's first day, delegates the distinct accounts checked in at a
 * training or forum; and the secretariat's "Delegates trained". The figures are set in 2001, a year
 * no other test uses, so that they are exact.
 */
class BsgReportTests extends ApiTest {

	static final String PERIOD = "from=2001-01-01&to=2001-12-31";

	@Autowired
	JdbcClient jdbc;

	Api staff;
	Person staffPerson;

	/** The meetings, registrations, check-ins, contributions and fellowships of 2001, made once. */
	static Map<String, String> seeded;

	@BeforeEach
	void the2001Figures() {
		clock.setInstant(Instant.parse("2001-03-15T09:00:00Z"));
		staffPerson = pilot.person("bsg-staff", Set.of("SECRETARIAT"));
		staff = api.bearer(staffPerson.token());
		if (seeded == null) {
			seeded = seed();
		}
	}

	private String meeting(String kind, String group, String title) {
		Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "title", title, "startDate", "2001-03-15",
				"endDate", "2001-03-16", "city", "Nairobi", "country", "KE", "remoteParticipation", false,
				"registrationOpens", "2001-03-01", "registrationCloses", "2001-03-15"));
		if (group != null) {
			body.put("studyGroup", group);
		}
		Api.Response r = staff.post("/api/v1/meetings", body);
		assertThat(r.status()).as("%s", r).isEqualTo(201);
		return r.json().path("id").asString();
	}

	private String register(Person who, String meeting, String organizationId) {
		Map<String, Object> body = new HashMap<>(Map.of("mode", "IN_PERSON"));
		if (organizationId != null) {
			body.put("organizationId", organizationId);
		}
		Api.Response r = api.bearer(who.token()).post("/api/v1/meetings/" + meeting + "/registrations", body);
		assertThat(r.status()).as("%s", r).isEqualTo(201);
		return jdbc.sql("SELECT verification_code FROM registration WHERE id = :id").param("id", r.json().path("id").asString())
			.query(String.class).single();
	}

	private void checkIn(String code) {
		assertThat(staff.post("/api/v1/check-ins", Map.of("code", code)).status()).isEqualTo(200);
	}

	private Map<String, String> seed() {
		String training = meeting("TRAINING", null, "BSG training 2001");
		String forum = meeting("FORUM", "ITU-T-SG20", "Regional standardization forum 2001");
		String plenary = meeting("STUDY_GROUP", "ITU-T-SG20", "SG20 plenary 2001");
		meeting("TRAINING", null, "Training with nobody checked in 2001");

		Person alone = pilot.person("trainee-alone", Set.of());
		Person kenyan = pilot.person("trainee-ke", Set.of());
		assertThat(staff.post("/api/v1/organizations/" + pilot.administrationOf("KE") + "/members",
				Map.of("accountId", kenyan.id())).status()).isEqualTo(201);
		Person absent = pilot.person("trainee-absent", Set.of());
		checkIn(register(alone, training, null));
		checkIn(register(alone, forum, null));
		checkIn(register(kenyan, training, pilot.administrationOf("KE")));
		register(absent, training, null);

		// Contributions to the plenary: Senegal (least developed), France, both, a withdrawn one, and
		// Iceland, developing by its recorded history until June 2001 (changed after the meeting).
		contribution(plenary, "SUBMITTED", "SN");
		contribution(plenary, "SUBMITTED", "FR");
		contribution(plenary, "SUBMITTED", "FR", "SN");
		contribution(plenary, "WITHDRAWN", "SN");
		contribution(plenary, "SUBMITTED", "IS");
		jdbc.sql("""
				INSERT INTO member_state_change (code, field, old_value, new_value, reason, changed_by, changed_at)
				VALUES ('IS', 'developing', 'true', 'false', 'test history', NULL, :at)""")
			.param("at", Timestamp.from(Instant.parse("2001-06-01T00:00:00Z"))).update();

		// Fellowships: two awarded in the period (one full, one partial), one declined, one awarded before it.
		String call = UUID.randomUUID().toString();
		jdbc.sql("""
				INSERT INTO fellowship_call (id, meeting_id, budget, currency, closes, created_at)
				VALUES (:id, :m, 100000, 'CHF', DATE '2001-03-01', :at)""")
			.param("id", call).param("m", plenary).param("at", Timestamp.from(Instant.parse("2000-12-01T00:00:00Z"))).update();
		fellowship(call, plenary, "KE", "FULL", "3000.00", "AWARDED", "2001-02-10T10:00:00Z");
		fellowship(call, plenary, "SN", "PARTIAL", "1200.50", "AWARDED", "2001-03-01T23:30:00Z");
		fellowship(call, plenary, "KE", null, null, "DECLINED", "2001-03-02T10:00:00Z");
		fellowship(call, plenary, "SN", "FULL", "5000.00", "AWARDED", "2000-12-31T23:59:00Z");
		// A study period of its own for 2001 (none of the reference data covers it), with a management
		// team: the Kenyan delegate (developing) and the staff member (no organisation).
		jdbc.sql("""
				INSERT INTO study_period (id, sector, label, starts_on, ends_on)
				VALUES ('ITU-T-2001-TEST', 'ITU-T', '2001-2004 (test)', DATE '2001-01-01', DATE '2004-12-31')""").update();
		for (String[] member : new String[][] { { kenyan.id(), "CHAIR" }, { staffPerson.id(), "VICE_CHAIR" } }) {
			jdbc.sql("""
					INSERT INTO appointment (id, study_group, study_period, account_id, role, starts_on, ends_on, created_at)
					VALUES (:id, 'ITU-T-SG20', '2001-2004 (test)', :a, :r, DATE '2001-01-01', DATE '2004-12-31', :at)""")
				.param("id", UUID.randomUUID().toString()).param("a", member[0]).param("r", member[1])
				.param("at", Timestamp.from(Instant.parse("2001-01-01T00:00:00Z"))).update();
		}
		// The A.1 course: two enrolments in the period (one in February), one before it; two certificates
		// issued in March, one of them revoked after the period (it was issued all the same).
		for (String day : new String[] { "2001-02-10", "2001-03-05", "2000-12-20" }) {
			jdbc.sql("INSERT INTO course_enrolment (account_id, enrolled_on, enrolled_at) VALUES (:a, :d, :at)")
				.param("a", UUID.randomUUID().toString()).param("d", java.sql.Date.valueOf(day))
				.param("at", Timestamp.from(Instant.parse(day + "T10:00:00Z"))).update();
		}
		for (String[] c : new String[][] { { "2001-03-10", null }, { "2001-03-12", "2001-04-01" } }) {
			jdbc.sql("""
					INSERT INTO course_certificate (code, account_id, holder_name, language, overall, issued_on, issued_at, revoked,
					    revoked_on)
					VALUES (:code, :a, 'Test learner', 'en', 85, :d, :at, :revoked, :revokedOn)""")
				.param("code", UUID.randomUUID().toString().substring(0, 12)).param("a", UUID.randomUUID().toString())
				.param("d", java.sql.Date.valueOf(c[0])).param("at", Timestamp.from(Instant.parse(c[0] + "T10:00:00Z")))
				.param("revoked", c[1] != null).param("revokedOn", c[1] == null ? null : java.sql.Date.valueOf(c[1])).update();
		}
		return Map.of("training", training, "forum", forum, "plenary", plenary);
	}

	private void contribution(String meeting, String status, String... states) {
		String id = UUID.randomUUID().toString();
		jdbc.sql("""
				INSERT INTO contribution (id, meeting_id, study_group, number, title, status, revision, submitted_by, submitted_at)
				VALUES (:id, :m, 'ITU-T-SG20', :n, 'Test contribution', :s, 1, 'test', :at)""")
			.param("id", id).param("m", meeting).param("n", "T01-" + id.substring(0, 8)).param("s", status)
			.param("at", Timestamp.from(Instant.parse("2001-03-01T10:00:00Z"))).update();
		for (String state : states) {
			jdbc.sql("INSERT INTO contribution_source (contribution_id, organization_id) VALUES (:c, :o)")
				.param("c", id).param("o", pilot.administrationOf(state)).update();
		}
	}

	private void fellowship(String call, String meeting, String state, String kind, String amount, String status, String at) {
		String id = UUID.randomUUID().toString();
		jdbc.sql("""
				INSERT INTO fellowship_application (id, call_id, meeting_id, account_id, organization_id, member_state, eligibility,
				    requested_kind, status, submitted_at, awarded_kind, amount, version)
				VALUES (:id, :call, :m, :a, :o, :state, 'LDC', 'FULL', :status, :at, :kind, :amount, 0)""")
			.param("id", id).param("call", call).param("m", meeting).param("a", UUID.randomUUID().toString())
			.param("o", pilot.administrationOf(state)).param("state", state).param("status", status)
			.param("at", Timestamp.from(Instant.parse("2001-01-05T10:00:00Z"))).param("kind", kind)
			.param("amount", amount == null ? null : new java.math.BigDecimal(amount)).update();
		jdbc.sql("INSERT INTO fellowship_history (application_id, status, effective_at) VALUES (:id, :s, :at)")
			.param("id", id).param("s", status).param("at", Timestamp.from(Instant.parse(at))).update();
	}

	/** The table with that id, up to its end. */
	static String table(String html, String id) {
		int at = html.indexOf("id=\"" + id + "\"");
		assertThat(at).as("a table with id %s", id).isNotNegative();
		return html.substring(at, html.indexOf("</table>", at));
	}

	@Test
	void theFiguresOfThePeriod() {
		Api.Response r = staff.get("/api/v1/reports/bsg?" + PERIOD);
		assertThat(r.status()).as("%s", r).isEqualTo(200);
		JsonNode f = r.json().path("fellowships");
		assertThat(f.path("awarded").asLong()).isEqualTo(2);
		assertThat(f.path("full").asLong()).isEqualTo(1);
		assertThat(f.path("partial").asLong()).isEqualTo(1);
		assertThat(f.path("amount").path("amount").decimalValue()).isEqualByComparingTo("4200.50");
		assertThat(f.path("amount").path("currency").asString()).isEqualTo("CHF");
		assertThat(f.path("byRegion").path("AFR").asLong()).isEqualTo(2);
		assertThat(f.path("byMonth").path("2001-02").asLong()).isEqualTo(1);
		assertThat(f.path("byMonth").path("2001-03").asLong()).as("23:30 UTC on 1 March").isEqualTo(1);
		assertThat(f.path("byMonth").size()).isEqualTo(2);
		JsonNode t = r.json().path("trainings");
		assertThat(t.path("events").asLong()).isEqualTo(3);
		assertThat(t.path("delegates").asLong()).isEqualTo(2);
		assertThat(t.path("countries").asLong()).isEqualTo(1);
		assertThat(t.path("organizations").asLong()).isEqualTo(1);
		JsonNode c = r.json().path("contributions");
		assertThat(c.path("total").asLong()).isEqualTo(4);
		assertThat(c.path("fromDeveloping").asLong()).as("Senegal, France with Senegal, Iceland then").isEqualTo(3);
		JsonNode team = r.json().path("managementTeams").path("ITU-T 2001-2004 (test)");
		assertThat(team.path("members").asLong()).isEqualTo(2);
		assertThat(team.path("fromDeveloping").asLong()).isEqualTo(1);

		JsonNode course = r.json().path("course");
		assertThat(course.path("enrolments").asLong()).isEqualTo(2);
		assertThat(course.path("certificates").asLong()).as("one revoked after the period").isEqualTo(2);

		// February alone: one award, no training, no contribution, one enrolment.
		JsonNode feb = staff.get("/api/v1/reports/bsg?from=2001-02-01&to=2001-02-28").json();
		assertThat(feb.path("course").path("enrolments").asLong()).isEqualTo(1);
		assertThat(feb.path("course").path("certificates").asLong()).isZero();
		assertThat(feb.path("fellowships").path("awarded").asLong()).isEqualTo(1);
		assertThat(feb.path("trainings").path("events").asLong()).isZero();
		assertThat(feb.path("contributions").path("total").asLong()).isZero();
	}

	@Test
	void onlyTheSecretariatAndOnlyDays() {
		assertThat(api.bearer(pilot.person("bsg-nobody", Set.of()).token()).get("/api/v1/reports/bsg?" + PERIOD).status())
			.isEqualTo(403);
		assertThat(api.get("/api/v1/reports/bsg").status()).isEqualTo(401);
		for (String bad : new String[] { "from=2001-13-01", "to=yesterday", "from=2001-12-31&to=2001-01-01", "from=3001-01-01" }) {
			Api.Response r = staff.get("/api/v1/reports/bsg?" + bad);
			assertThat(r.status()).as(bad).isEqualTo(400);
			assertThat(r.problem()).as(bad).isEqualTo("invalid-date");
		}
	}

	@Test
	void delegatesTrainedByCountryOrganisationAndRegion() throws Exception {
		PageClient pages = new PageClient(port);
		assertThat(pages.signIn(staffPerson.email(), TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
		var page = pages.get("/reports/bsg/trained?" + PERIOD);
		assertThat(page.statusCode()).isEqualTo(200);
		String byRegion = table(page.body(), "by-region");
		assertThat(byRegion).contains("Africa").contains("Unknown (no organization)");
		String byCountry = table(page.body(), "by-country");
		assertThat(byCountry).contains("Kenya");
		var csv = pages.get("/reports/bsg/trained.csv?" + PERIOD);
		assertThat(csv.body()).contains("country,KE,Kenya,1").contains("country,unknown,Unknown (no organization),1")
			.contains("region,AFR,Africa,1");
		var bad = pages.get("/reports/bsg/trained?from=2001-12-31&to=2001-01-01");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("id=\"from-error\"");

		PageClient outsider = new PageClient(port);
		Person nobody = pilot.person("bsg-outsider", Set.of());
		assertThat(outsider.signIn(nobody.email(), TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
		assertThat(outsider.get("/reports/bsg/trained?" + PERIOD).statusCode()).isEqualTo(403);
		assertThat(outsider.get("/reports/bsg?" + PERIOD).statusCode()).isEqualTo(403);

		var report = pages.get("/reports/bsg?" + PERIOD);
		assertThat(report.statusCode()).isEqualTo(200);
		assertThat(report.body()).contains("id=\"figure-fellowships-month\"").contains("id=\"figure-trainings\"")
			.contains("id=\"figure-contributions\"").contains("id=\"figure-management\"").contains("id=\"figure-pilot\"")
			.contains("<svg");
	}

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	@Autowired
	org.springframework.context.MessageSource messages;

	private String m(String key, java.util.Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	@Test
	void theDocumentsHoldTheFiguresAndTheCharts() throws Exception {
		java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "documents"));
		var docx = staff.getBytes("/api/v1/reports/bsg?" + PERIOD + "&lang=en", "Accept", DOCX);
		assertThat(docx.statusCode()).isEqualTo(200);
		java.nio.file.Files.write(folder.resolve("bsg-report-en.docx"), docx.body());
		try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx.body()));
				var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
			String text = extractor.getText();
			assertThat(text).contains("Figure 2: Fellowships awarded, by month", "2001-02", "2001-03", "4200.50",
					"Figure 4: Delegates trained, by region", "Unknown (no organization)",
					"Figure 5: Contributions from developing countries, per study period",
					"Figure 6: Developing-country members of study group management teams",
					"Figure 7: The A.1 online course, by month", "2001-03");
			assertThat(doc.getAllPictures()).as("one chart per figure with figures (none for the pilot in 2001)").hasSize(6);
			assertThat(text).contains("ITU-T 2001-2004 (test)");
			assertThat(doc.getAllPictures()).allSatisfy(p -> assertThat(p.getData().length).isGreaterThan(1000));
		}
		assertThat(api.bearer(pilot.person("bsg-docx-nobody", Set.of()).token())
			.getBytes("/api/v1/reports/bsg?" + PERIOD, "Accept", DOCX).statusCode()).isEqualTo(403);

		for (String language : new String[] { "en", "ar", "zh" }) {
			java.util.Locale locale = java.util.Locale.forLanguageTag(language);
			var pdf = staff.getBytes("/api/v1/reports/bsg?" + PERIOD + "&lang=" + language, "Accept", "application/pdf");
			assertThat(pdf.statusCode()).isEqualTo(200);
			java.nio.file.Files.write(folder.resolve("bsg-report-" + language + ".pdf"), pdf.body());
			try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
				String text = readable(new org.apache.pdfbox.text.PDFTextStripper().getText(document));
				assertThat(text).as(language).doesNotContain("\uFFFD");
				for (String key : new String[] { "bsg.title", "bsg.figure.fellowships.month", "bsg.figure.trainings",
						"bsg.figure.contributions", "bsg.trained.unknown", "bsg.figure.course" }) {
					for (String word : readable(m(key, locale)).split("[ :：，,（）()]")) {
						assertThat(text).as(language + " " + key).contains(word);
					}
				}
				assertThat(text).as(language).contains("2001-02", "4200.50");
				int images = 0;
				java.util.Set<String> fonts = new java.util.HashSet<>();
				for (var page : document.getPages()) {
					for (var name : page.getResources().getXObjectNames()) {
						if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
							images++;
						}
					}
					for (var font : page.getResources().getFontNames()) {
						fonts.add(page.getResources().getFont(font).getName());
					}
				}
				assertThat(images).as("the charts as pictures in " + language).isEqualTo(6);
				if (language.equals("ar")) {
					assertThat(fonts).anyMatch(f -> f.contains("NotoNaskhArabic"));
				}
				if (language.equals("zh")) {
					assertThat(fonts).anyMatch(f -> f.contains("DroidSans"));
				}
			}
		}
	}

	/** Arabic letters come back in their shaped forms; compatibility normalisation gives the letters. */
	private static String readable(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).replaceAll("[\u2066-\u2069]", "")
			.replaceAll("\\s+", " ");
	}
}
