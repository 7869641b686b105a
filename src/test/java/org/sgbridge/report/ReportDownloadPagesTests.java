package org.sgbridge.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestAccounts;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard's downloads, followed as a signed-in secretariat would follow them: each link
 * answers with the session (never through /api, which takes no session cookie) and gives a file
 * that opens.
 */
class ReportDownloadPagesTests extends ApiTest {

	@Test
	void everyDownloadLinkOfTheDashboardOpensWithTheSecretariatsSession() throws Exception {
		Person dfp = pilot.dfp("LK");
		Person rep = pilot.person("rep-lk", Set.of());
		String org = pilot.sme(rep, "Colombo Circuits (Pvt) Ltd", "LK", 12, 100_000, "LKR");
		String request = pilot.submit(rep, org, "ITU-T-SG20").json().path("id").asString();
		assertThat(pilot.decide(dfp, request, "APPROVE", null).status()).isEqualTo(200);
		Person secretariat = pilot.person("secretariat", Set.of("SECRETARIAT"));

		PageClient browser = new PageClient(port);
		assertThat(browser.signIn(secretariat.email(), TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
		String dashboard = browser.get("/reports/pilot").body();

		List<String> links = new ArrayList<>();
		Matcher m = Pattern.compile("href=\"(/reports/pilot/(?:annex|figures)\\.[a-z]+[^\"]*)\"").matcher(dashboard);
		while (m.find()) {
			links.add(m.group(1).replace("&amp;", "&"));
		}
		assertThat(links).as("download links on the dashboard")
			.anyMatch(l -> l.startsWith("/reports/pilot/annex.json"))
			.anyMatch(l -> l.startsWith("/reports/pilot/annex.csv"))
			.anyMatch(l -> l.startsWith("/reports/pilot/annex.xlsx"))
			.anyMatch(l -> l.startsWith("/reports/pilot/figures.json"))
			.anyMatch(l -> l.startsWith("/reports/pilot/figures.csv"))
			.anyMatch(l -> l.startsWith("/reports/pilot/figures.xlsx"));
		assertThat(dashboard).doesNotContain("href=\"/api/");

		for (String link : links) {
			HttpResponse<byte[]> file = browser.getBytes(link);
			assertThat(file.statusCode()).as(link).isEqualTo(200);
			String type = file.headers().firstValue("Content-Type").orElse("");
			byte[] body = file.body();
			if (link.contains(".json")) {
				assertThat(type).as(link).startsWith("application/json");
				var json = JsonMapper.builder().build().readTree(body);
				if (link.contains("annex")) {
					assertThat(json.path("items").findValuesAsString("name")).as(link).contains("Colombo Circuits (Pvt) Ltd");
					assertThat(json.path("items").size()).as("%s holds the whole annex", link).isEqualTo(json.path("total").asInt());
				}
				else {
					assertThat(json.path("totals").path("approved").asLong()).as(link).isPositive();
				}
			}
			else if (link.contains(".csv")) {
				assertThat(type).as(link).startsWith("text/csv");
				List<CSVRecord> rows = CSVFormat.RFC4180.builder().get()
					.parse(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8)).getRecords();
				assertThat(rows).as(link).hasSizeGreaterThan(1);
				int columns = rows.get(0).size();
				assertThat(rows).as("%s is one table", link).allMatch(r -> r.size() == columns);
				if (link.contains("annex")) {
					assertThat(rows).anyMatch(r -> r.toList().contains("Colombo Circuits (Pvt) Ltd"));
				}
			}
			else {
				assertThat(type).as(link).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
				try (var book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
					var sheet = book.getSheetAt(0);
					assertThat(sheet.getLastRowNum()).as(link).isPositive();
				}
			}
			assertThat(file.headers().firstValue("Content-Disposition").orElse("")).as(link).contains("attachment");
		}

		// A DFP's session does not read the secretariat's annex; signed out, the page route asks to sign in.
		assertThat(new PageClient(port).getBytes("/reports/pilot/annex.csv").statusCode()).isEqualTo(302);
		PageClient focal = new PageClient(port);
		focal.signIn(dfp.email(), TestAccounts.PASSWORD);
		assertThat(focal.getBytes("/reports/pilot/annex.csv").statusCode()).isEqualTo(403);
		// The API still takes no session cookie.
		assertThat(browser.getBytes("/api/v1/reports/pilot/annex").statusCode()).isEqualTo(401);
	}
}
