package org.sgbridge.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sgbridge.platform.Act;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The secretariat's pages for money: {@code /invoices} shows open, overdue and paid invoices and
 * exports them as CSV and XLSX (read back), an organisation's members see and download only
 * theirs; {@code /payments} imports a camt.054 file from its form and shows the counts, and a parked
 * payment is assigned or marked for refund only after a confirmation page.
 */
class BillingPagesTests extends ApiTest {

	@Autowired
	Invoices invoices;

	private PageClient signedIn(Person person) {
		PageClient page = new PageClient(port);
		assertThat(page.signIn(person.email(), TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
		return page;
	}

	private String organization(Person rep, String name) {
		return pilot.sme(rep, name, "TZ", 9, 90000, "USD");
	}

	private static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void theSecretariatSeesOpenOverdueAndPaidInvoicesAndExportsThem() throws Exception {
		Person rep = pilot.person("pages-member", Set.of());
		String name = unique("=Formula Traders");
		String org = organization(rep, name);
		clock.setInstant(Instant.parse("2026-01-05T09:00:00Z"));
		Invoice late = invoices.issue(org, Invoice.Purpose.MEMBERSHIP, UUID.randomUUID().toString(), "Membership 2026",
				new BigDecimal("3975.00"), LocalDate.of(2026, 1, 31), Act.system(clock));
		clock.setInstant(null);
		Invoice open = invoices.issue(org, Invoice.Purpose.MEETING, UUID.randomUUID().toString(), "Meeting fee",
				new BigDecimal("120.40"), LocalDate.now(clock).plusDays(20), Act.system(clock));

		PageClient staff = signedIn(pilot.person("pages-staff", Set.of("SECRETARIAT")));
		String byName = "&q=" + java.net.URLEncoder.encode(name.substring(1).toUpperCase(java.util.Locale.ROOT), StandardCharsets.UTF_8);
		String overdue = staff.get("/invoices?view=overdue" + byName).body();
		assertThat(overdue).contains("invoice-" + late.number()).doesNotContain("invoice-" + open.number());
		assertThat(staff.get("/invoices?view=overdue&q=" + late.number()).body()).contains("invoice-" + late.number());
		assertThat(staff.get("/invoices?q=" + open.reference()).body()).contains("invoice-" + open.number())
			.doesNotContain("invoice-" + late.number());
		assertThat(staff.get("/invoices?view=open" + byName).body()).contains("invoice-" + late.number(), "invoice-" + open.number());
		assertThat(staff.get("/invoices?view=paid" + byName).body()).doesNotContain("invoice-" + open.number());
		assertThat(staff.get("/invoices?view=unpaid").statusCode()).isEqualTo(400);

		HttpResponse<byte[]> csv = staff.getBytes("/invoices/export.csv?view=overdue");
		assertThat(csv.statusCode()).isEqualTo(200);
		List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new InputStreamReader(new ByteArrayInputStream(csv.body(), 3, csv.body().length - 3), StandardCharsets.UTF_8))
			.getRecords();
		CSVRecord row = records.stream().filter(r -> r.get("number").equals(late.number())).findFirst().orElseThrow();
		assertThat(row.get("amount")).isEqualTo("3975.00");
		assertThat(row.get("overdue")).isEqualTo("true");
		assertThat(row.get("organization")).as("not taken for a formula").startsWith("'=Formula Traders");
		assertThat(records).noneMatch(r -> r.get("number").equals(open.number()));

		HttpResponse<byte[]> xlsx = staff.getBytes("/invoices/export.xlsx?view=open");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("number");
			Map<String, Row> rows = new HashMap<>();
			for (Row r : sheet) {
				rows.put(r.getCell(0).getStringCellValue(), r);
			}
			assertThat(rows).containsKeys(late.number(), open.number());
			assertThat(rows.get(open.number()).getCell(3).getNumericCellValue()).isEqualTo(120.40);
			assertThat(rows.get(open.number()).getCell(5).getStringCellValue()).isEqualTo("OPEN");
		}

		PageClient member = signedIn(rep);
		String mine = member.get("/invoices").body();
		assertThat(mine).contains("invoice-" + late.number(), "/invoices/" + open.id() + "/pdf");
		assertThat(member.getBytes("/invoices/" + open.id() + "/pdf").statusCode()).isEqualTo(200);
		assertThat(member.getBytes("/invoices/export.csv").statusCode()).isEqualTo(403);
		PageClient stranger = signedIn(pilot.person("pages-stranger", Set.of()));
		assertThat(stranger.get("/invoices").body()).doesNotContain("invoice-" + open.number());
		assertThat(stranger.getBytes("/invoices/" + open.id() + "/pdf").statusCode()).isEqualTo(404);
		assertThat(stranger.get("/payments").statusCode()).isEqualTo(403);
	}

	@Test
	void theSecretariatsListComesAPageAtATimeAndItsExportHoldsEveryInvoice() throws Exception {
		Person rep = pilot.person("pages-many", Set.of());
		String name = unique("Many Invoices");
		String org = organization(rep, name);
		List<String> numbers = new java.util.ArrayList<>();
		for (int i = 0; i < 30; i++) {
			numbers.add(invoices.issue(org, Invoice.Purpose.MEETING, UUID.randomUUID().toString(), "Meeting fee " + i,
					new BigDecimal("10.00"), LocalDate.now(clock).plusDays(20), Act.system(clock)).number());
		}
		PageClient staff = signedIn(pilot.person("pages-many-staff", Set.of("SECRETARIAT")));
		String q = "&q=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8);
		String first = staff.get("/invoices?view=all" + q).body();
		assertThat(first).contains("invoice-" + numbers.get(29), "invoice-" + numbers.get(5), "page=2")
			.doesNotContain("invoice-" + numbers.get(4));
		String second = staff.get("/invoices?view=all&page=2" + q).body();
		assertThat(second).contains("invoice-" + numbers.get(4), "invoice-" + numbers.get(0))
			.doesNotContain("invoice-" + numbers.get(5));
		assertThat(staff.get("/invoices?page=0").statusCode()).isEqualTo(400);

		// The export is the whole view, read a part at a time: every invoice of the year, each once.
		HttpResponse<byte[]> csv = staff.getBytes("/invoices/export.csv?view=all");
		List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new InputStreamReader(new ByteArrayInputStream(csv.body(), 3, csv.body().length - 3), StandardCharsets.UTF_8))
			.getRecords();
		List<String> exported = records.stream().map(r -> r.get("number")).toList();
		assertThat(exported).containsAll(numbers).doesNotHaveDuplicates();
		assertThat(exported).hasSize(invoices.all(null).size());
	}

	@Test
	void theSecretariatImportsAFileFromItsPageAndDecidesParkedPaymentsAfterAConfirmation() throws Exception {
		Person rep = pilot.person("pages-payer", Set.of());
		String org = organization(rep, "Page Payer");
		LocalDate due = LocalDate.now(clock).plusDays(30);
		Invoice paid = invoices.issue(org, Invoice.Purpose.MEETING, "a", "Fee", new BigDecimal("1234.50"), due, Act.system(clock));
		Invoice shortPaid = invoices.issue(org, Invoice.Purpose.MEETING, "b", "Fee", new BigDecimal("150"), due, Act.system(clock));
		Invoice euro = invoices.issue(org, Invoice.Purpose.MEETING, "c", "Fee", new BigDecimal("80"), due, Act.system(clock));
		Invoice hundred = invoices.issue(org, Invoice.Purpose.MEETING, "d", "Fee", new BigDecimal("100.00"), due, Act.system(clock));
		String run = PaymentImportApiTests.run();
		String xml = PaymentImportApiTests.sample("camt054-001-04.xml", Map.of("run", run, "paid", paid.reference(),
				"short", shortPaid.reference(), "euro", euro.reference()));

		PageClient staff = signedIn(pilot.person("pages-payments", Set.of("SECRETARIAT")));
		HttpResponse<String> uploaded = staff.postMultipart("/payments", "/payments/imports", Map.of(), "bank.xml",
				xml.getBytes(StandardCharsets.UTF_8));
		assertThat(uploaded.statusCode()).isEqualTo(302);
		String page = staff.get("/payments").body();
		assertThat(page).contains("Imported: 5 credits, 1 booked, 0 already imported, 4 left unmatched.");
		assertThat(invoices.find(paid.id()).orElseThrow().status()).isEqualTo(Invoice.Status.PAID);
		assertThat(page).contains("Short Payer Ltd", "Euro Payer SAS", "bank.xml");

		staff.postMultipart("/payments", "/payments/imports", Map.of(), "not.xml", "hello".getBytes(StandardCharsets.UTF_8));
		assertThat(staff.get("/payments").body()).contains("is not an ISO 20022 camt.054 notification");

		String shortId = id(page, "Short Payer Ltd");
		HttpResponse<String> ask = staff.post("/payments", "/payments/" + shortId + "/assign",
				Map.of("invoiceNumber", hundred.number()));
		assertThat(ask.statusCode()).isEqualTo(200);
		assertThat(ask.body()).contains("Assign this payment?", hundred.number());
		assertThat(invoices.find(hundred.id()).orElseThrow().status()).as("nothing before the confirmation")
			.isEqualTo(Invoice.Status.OPEN);
		assertThat(staff.post("/payments", "/payments/" + shortId + "/assign",
				Map.of("invoiceNumber", hundred.number(), "confirmed", "true")).statusCode()).isEqualTo(302);
		assertThat(staff.get("/payments").body()).contains("The payment paid invoice " + hundred.number());
		assertThat(invoices.find(hundred.id()).orElseThrow().status()).isEqualTo(Invoice.Status.PAID);

		String euroId = id(staff.get("/payments").body(), "Euro Payer SAS");
		assertThat(staff.post("/payments", "/payments/" + euroId + "/refund", Map.of()).body())
			.contains("Mark this payment for refund?");
		staff.post("/payments", "/payments/" + euroId + "/refund", Map.of("confirmed", "true"));
		String after = staff.get("/payments").body();
		assertThat(after).contains("The payment is marked for refund.").doesNotContain("payment-" + euroId);
	}

	/** The id of the parked payment whose card names the payer. */
	private static String id(String page, String payer) {
		int at = page.indexOf(payer);
		assertThat(at).as(payer).isPositive();
		int card = page.lastIndexOf("id=\"payment-h-", at);
		return page.substring(card + "id=\"payment-h-".length(), page.indexOf('"', card + "id=\"payment-h-".length()));
	}
}
