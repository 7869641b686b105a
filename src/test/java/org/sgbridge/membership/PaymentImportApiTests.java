package org.sgbridge.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.sgbridge.platform.Act;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 19's acceptance for payments from the bank: camt.054 notifications of versions 001.04 and
 * 001.08 imported by the secretariat, every credit read back (the exact one pays its invoice, an
 * unknown reference, a short or over payment, another currency and a payment on an invoice no
 * longer open are parked with all their data, a debit is skipped); the same file imported again,
 * or twice at once, pays nothing twice; a file that is not a camt.054 of those versions is 400
 * {@code invalid-payment-file} with nothing kept; the secretariat assigns a parked payment to an
 * invoice of its exact amount or marks it for refund.
 */
class PaymentImportApiTests extends ApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Invoices invoices;

	@Autowired
	PaymentImports payments;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	private String organization;

	private Invoice invoice(String amount) {
		if (organization == null) {
			Person rep = pilot.person("payer", Set.of());
			organization = pilot.sme(rep, "Payments Test " + UUID.randomUUID().toString().substring(0, 8), "GH", 15,
					200000, "USD");
		}
		return invoices.issue(organization, Invoice.Purpose.MEETING, UUID.randomUUID().toString(), "Meeting fee",
				new BigDecimal(amount), LocalDate.now(clock).plusDays(30), Act.system(clock));
	}

	static String sample(String name, Map<String, String> values) throws IOException {
		try (InputStream in = PaymentImportApiTests.class.getResourceAsStream("/membership/" + name)) {
			String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			for (Map.Entry<String, String> value : values.entrySet()) {
				xml = xml.replace("${" + value.getKey() + "}", value.getValue());
			}
			assertThat(xml).doesNotContain("${");
			return xml;
		}
	}

	static String run() {
		return "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
	}

	record Posted(int status, JsonNode json) {

		String problem() {
			String type = json.path("type").asString();
			return type.substring(type.lastIndexOf('/') + 1);
		}
	}

	private Posted post(String token, String fileName, byte[] body, String contentType) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/payments/imports"))
			.header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (fileName != null) {
			request.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
		}
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Posted(response.statusCode(), response.body().isEmpty() ? JSON.createObjectNode()
					: JSON.readTree(response.body()));
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	private Posted post(String token, String fileName, String xml) {
		return post(token, fileName, xml.getBytes(StandardCharsets.UTF_8), "application/xml");
	}

	private static void counts(Posted r, int entries, int matched, int already, int unmatched) {
		assertThat(r.status()).as("%s", r.json()).isEqualTo(200);
		assertThat(r.json().path("entries").asInt()).as("entries").isEqualTo(entries);
		assertThat(r.json().path("matched").asInt()).as("matched").isEqualTo(matched);
		assertThat(r.json().path("alreadyImported").asInt()).as("alreadyImported").isEqualTo(already);
		assertThat(r.json().path("unmatched").asInt()).as("unmatched").isEqualTo(unmatched);
	}

	private Map<String, PaymentImports.Payment> byBankRef(String importId) {
		Map<String, PaymentImports.Payment> found = new HashMap<>();
		for (PaymentImports.Payment p : payments.ofImport(staffActor(), importId)) {
			found.put(p.accountServicerReference(), p);
		}
		return found;
	}

	private org.sgbridge.platform.Actor staffActor() {
		return new org.sgbridge.platform.Actor("test", "test@example.org", "Test", Set.of("SECRETARIAT"));
	}

	private long auditEntries(String subject, String action) {
		JsonNode entries = api.bearer(pilot.secretariat()).get("/api/v1/audit?subject=" + subject + "&size=500").json();
		return entries.path("items").findValuesAsString("action").stream().filter(action::equals).count();
	}

	@Test
	void everyCreditOfA00104FileIsBookedOrParkedAndASecondImportPaysNothing() throws Exception {
		Invoice paid = invoice("1234.50");
		Invoice shortPaid = invoice("150.00");
		Invoice euro = invoice("80.00");
		String run = run();
		String xml = sample("camt054-001-04.xml", Map.of("run", run, "paid", paid.reference(), "short",
				shortPaid.reference(), "euro", euro.reference()));
		String token = pilot.secretariat();

		Posted first = post(token, "camt054-" + run + ".xml", xml);
		counts(first, 5, 1, 0, 4);
		Map<String, PaymentImports.Payment> read = byBankRef(first.json().path("id").asString());
		assertThat(read).hasSize(5).doesNotContainKey(run + "-E3-REF");

		PaymentImports.Payment booked = read.get(run + "-T1");
		assertThat(booked.status()).isEqualTo(PaymentImports.Status.BOOKED);
		assertThat(booked.invoiceId()).isEqualTo(paid.id());
		assertThat(booked.debtorName()).isEqualTo("Paid In Full SA");
		Invoice nowPaid = invoices.find(paid.id()).orElseThrow();
		assertThat(nowPaid.status()).isEqualTo(Invoice.Status.PAID);
		assertThat(nowPaid.paidAmount()).isEqualByComparingTo("1234.50");
		assertThat(nowPaid.paidOn()).isEqualTo(LocalDate.of(2026, 12, 2));

		PaymentImports.Payment unknown = read.get(run + "-T2");
		assertThat(unknown.status()).isEqualTo(PaymentImports.Status.UNMATCHED);
		assertThat(unknown.reason()).isEqualTo(PaymentImports.Reason.UNKNOWN_REFERENCE);
		assertThat(unknown.amount()).isEqualByComparingTo("49.55");
		assertThat(unknown.currency()).isEqualTo("CHF");
		assertThat(unknown.reference()).isEqualTo("210000000003139471430009017");
		assertThat(unknown.debtorName()).isEqualTo("Unknown Payer GmbH");
		assertThat(unknown.bookedOn()).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(unknown.importId()).isEqualTo(first.json().path("id").asString());

		PaymentImports.Payment tooLittle = read.get(run + "-T3");
		assertThat(tooLittle.reason()).isEqualTo(PaymentImports.Reason.AMOUNT_DIFFERS);
		assertThat(tooLittle.invoiceId()).isEqualTo(shortPaid.id());
		assertThat(tooLittle.amount()).isEqualByComparingTo("100");
		assertThat(invoices.find(shortPaid.id()).orElseThrow().status()).as("a short payment pays nothing")
			.isEqualTo(Invoice.Status.OPEN);

		PaymentImports.Payment noDetails = read.get(run + "-E2-REF");
		assertThat(noDetails.reason()).isEqualTo(PaymentImports.Reason.UNKNOWN_REFERENCE);
		assertThat(noDetails.amount()).isEqualByComparingTo("20");
		assertThat(noDetails.reference()).isNull();

		PaymentImports.Payment euros = read.get(run + "-E4-REF");
		assertThat(euros.reason()).isEqualTo(PaymentImports.Reason.CURRENCY);
		assertThat(euros.currency()).isEqualTo("EUR");
		assertThat(euros.debtorName()).isEqualTo("Euro Payer SAS");
		assertThat(invoices.find(euro.id()).orElseThrow().status()).isEqualTo(Invoice.Status.OPEN);

		Posted second = post(token, "camt054-" + run + ".xml", xml);
		counts(second, 5, 0, 5, 0);
		assertThat(byBankRef(second.json().path("id").asString())).isEmpty();
		assertThat(auditEntries(paid.id(), "INVOICE_PAID")).as("paid once").isEqualTo(1);

		JsonNode parked = api.bearer(token).get("/api/v1/payments/unmatched?size=500").json();
		List<String> ids = parked.path("items").findValuesAsString("id");
		assertThat(ids).contains(unknown.id(), tooLittle.id(), noDetails.id(), euros.id()).doesNotContain(booked.id())
			.doesNotHaveDuplicates();
		for (JsonNode item : parked.path("items")) {
			if (item.path("id").asString().equals(euros.id())) {
				assertThat(item.path("amount").path("currency").asString()).isEqualTo("EUR");
				assertThat(item.path("amount").path("amount").decimalValue()).isEqualByComparingTo("80.00");
				assertThat(item.path("reason").asString()).isEqualTo("CURRENCY");
				assertThat(item.path("bookedOn").asString()).isEqualTo("2026-12-02");
				assertThat(item.path("accountServicerReference").asString()).isEqualTo(run + "-E4-REF");
			}
		}
		JsonNode recorded = api.bearer(token).get("/api/v1/payments/imports?size=500").json();
		List<JsonNode> ours = new ArrayList<>();
		recorded.path("items").forEach(i -> {
			if (i.path("id").asString().equals(first.json().path("id").asString())) {
				ours.add(i);
			}
		});
		assertThat(ours).hasSize(1);
		assertThat(ours.get(0).path("fileName").asString()).isEqualTo("camt054-" + run + ".xml");
		assertThat(ours.get(0).path("sha256").asString()).isEqualTo(PaymentImports.sha256(xml.getBytes(StandardCharsets.UTF_8)));
		assertThat(ours.get(0).path("message").asString()).isEqualTo("camt.054.001.04");
		assertThat(ours.get(0).path("matched").asInt()).isEqualTo(1);
	}

	@Test
	void a00108FileBooksTheExactPaymentAndParksAnOverPaymentAndOneOnAPaidInvoice() throws Exception {
		Invoice member = invoice("3975.00");
		Invoice over = invoice("450.00");
		Invoice alreadyPaid = invoice("80.00");
		String token = pilot.secretariat();
		new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(s -> invoices
			.book(invoices.locked(alreadyPaid.id()).orElseThrow(), new BigDecimal("80.00"), LocalDate.of(2026, 12, 1),
					Act.system(clock)));

		String run = run();
		String xml = sample("camt054-001-08.xml", Map.of("run", run, "paid", member.reference(), "over", over.reference(),
				"again", alreadyPaid.reference()));
		Posted first = post(token, null, xml);
		counts(first, 3, 1, 0, 2);
		Map<String, PaymentImports.Payment> read = byBankRef(first.json().path("id").asString());
		assertThat(read.get(run + "-U1").status()).isEqualTo(PaymentImports.Status.BOOKED);
		assertThat(read.get(run + "-U1").debtorName()).isEqualTo("Membre de Secteur SA");
		assertThat(invoices.find(member.id()).orElseThrow().status()).isEqualTo(Invoice.Status.PAID);
		assertThat(invoices.find(member.id()).orElseThrow().paidOn()).isEqualTo(LocalDate.of(2026, 12, 4));
		assertThat(read.get(run + "-U2").reason()).as("over payment").isEqualTo(PaymentImports.Reason.AMOUNT_DIFFERS);
		assertThat(read.get(run + "-U2").amount()).isEqualByComparingTo("500");
		assertThat(invoices.find(over.id()).orElseThrow().status()).isEqualTo(Invoice.Status.OPEN);
		assertThat(read.get(run + "-U3").reason()).isEqualTo(PaymentImports.Reason.INVOICE_NOT_OPEN);
		assertThat(read.get(run + "-U3").debtorName()).isEqualTo("Twice Payer Sàrl");
		assertThat(invoices.find(alreadyPaid.id()).orElseThrow().paidOn()).as("not paid again")
			.isEqualTo(LocalDate.of(2026, 12, 1));

		counts(post(token, null, xml), 3, 0, 3, 0);
		assertThat(auditEntries(member.id(), "INVOICE_PAID")).isEqualTo(1);
	}

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	@Test
	void twoImportsOfTheSameFileAtOncePayEachInvoiceOnce() throws Exception {
		Invoice member = invoice("3975.00");
		Invoice over = invoice("450.00");
		Invoice other = invoice("80.00");
		String run = run();
		String xml = sample("camt054-001-08.xml", Map.of("run", run, "paid", member.reference(), "over", over.reference(),
				"again", other.reference()));
		String token = pilot.secretariat();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Posted>> results = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				Callable<Posted> task = () -> {
					start.await();
					return post(token, "same.xml", xml);
				};
				results.add(pool.submit(task));
			}
			start.countDown();
			int matched = 0;
			int already = 0;
			int unmatched = 0;
			for (Future<Posted> result : results) {
				Posted r = result.get();
				assertThat(r.status()).as("%s", r.json()).isEqualTo(200);
				assertThat(r.json().path("entries").asInt()).isEqualTo(3);
				matched += r.json().path("matched").asInt();
				already += r.json().path("alreadyImported").asInt();
				unmatched += r.json().path("unmatched").asInt();
			}
			assertThat(matched).as("the exact payment booked once").isEqualTo(2);
			assertThat(already).isEqualTo(3);
			assertThat(unmatched).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(invoices.find(member.id()).orElseThrow().status()).isEqualTo(Invoice.Status.PAID);
		assertThat(invoices.find(other.id()).orElseThrow().status()).isEqualTo(Invoice.Status.PAID);
		assertThat(auditEntries(member.id(), "INVOICE_PAID")).isEqualTo(1);
		assertThat(auditEntries(other.id(), "INVOICE_PAID")).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM payment WHERE bank_reference LIKE :r").param("r", "tx:" + run + "%")
			.query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void aFileThatIsNotACamt054OfVersions04To08IsRefusedAndNothingIsKept() throws Exception {
		String token = pilot.secretariat();
		long imports = jdbc.sql("SELECT COUNT(*) FROM payment_import").query(Long.class).single();
		long rows = jdbc.sql("SELECT COUNT(*) FROM payment").query(Long.class).single();
		Invoice invoice = invoice("1234.50");
		String good = sample("camt054-001-04.xml", Map.of("run", run(), "paid", invoice.reference(), "short", "1",
				"euro", "2"));
		List<byte[]> files = List.of("this is not XML at all".getBytes(StandardCharsets.UTF_8), new byte[0],
				sample("camt053-001-04.xml", Map.of("run", run(), "paid", invoice.reference(), "short", "1", "euro", "2"))
					.getBytes(StandardCharsets.UTF_8),
				good.replace("camt.054.001.04", "camt.054.001.02").getBytes(StandardCharsets.UTF_8),
				good.replace("camt.054.001.04", "camt.054.001.09").getBytes(StandardCharsets.UTF_8),
				good.substring(0, good.length() / 2).getBytes(StandardCharsets.UTF_8),
				good.replace("<Amt Ccy=\"CHF\">1234.50</Amt>", "<Amt Ccy=\"CHF\">a lot</Amt>").getBytes(StandardCharsets.UTF_8),
				"{\"entries\": 1}".getBytes(StandardCharsets.UTF_8),
				good.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
						+ "<!DOCTYPE Document [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>").replace("Paid In Full SA", "&x;")
					.getBytes(StandardCharsets.UTF_8));
		for (byte[] file : files) {
			Posted r = post(token, "bad.xml", file, "application/xml");
			assertThat(r.status()).as("%s", r.json()).isEqualTo(400);
			assertThat(r.problem()).isEqualTo("invalid-payment-file");
		}
		assertThat(post(token, null, "<x/>".getBytes(StandardCharsets.UTF_8), "text/plain").problem())
			.isEqualTo("invalid-payment-file");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM payment_import").query(Long.class).single()).isEqualTo(imports);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM payment").query(Long.class).single()).isEqualTo(rows);
		assertThat(invoices.find(invoice.id()).orElseThrow().status()).isEqualTo(Invoice.Status.OPEN);

		Person member = pilot.person("payments-nobody", Set.of());
		assertThat(post(member.token(), null, good).status()).isEqualTo(403);
		assertThat(post(null, null, good).status()).isEqualTo(401);
		assertThat(api.bearer(member.token()).get("/api/v1/payments/unmatched").status()).isEqualTo(403);
		assertThat(api.bearer(member.token()).get("/api/v1/payments/imports").status()).isEqualTo(403);
		assertThat(invoices.find(invoice.id()).orElseThrow().status()).isEqualTo(Invoice.Status.OPEN);
	}

	@Test
	void theSecretariatAssignsAParkedPaymentOfTheExactAmountOrMarksItForRefund() throws Exception {
		Invoice paid = invoice("1234.50");
		Invoice shortPaid = invoice("150.00");
		Invoice euro = invoice("80.00");
		String run = run();
		String token = pilot.secretariat();
		Posted imported = post(token, null, sample("camt054-001-04.xml", Map.of("run", run, "paid", paid.reference(),
				"short", shortPaid.reference(), "euro", euro.reference())));
		counts(imported, 5, 1, 0, 4);
		Map<String, PaymentImports.Payment> read = byBankRef(imported.json().path("id").asString());
		String tooLittle = read.get(run + "-T3").id();
		String euros = read.get(run + "-E4-REF").id();
		String unknown = read.get(run + "-T2").id();
		Api staff = api.bearer(token);

		Api.Response differs = staff.post("/api/v1/payments/unmatched/" + tooLittle + "/assign",
				Map.of("invoiceId", shortPaid.id()));
		assertThat(differs.status()).as("%s", differs).isEqualTo(422);
		assertThat(differs.problem()).isEqualTo("payment-amount-differs");
		assertThat(staff.post("/api/v1/payments/unmatched/" + unknown + "/assign", Map.of("invoiceId", paid.id())).problem())
			.isEqualTo("invoice-not-open");
		assertThat(staff.post("/api/v1/payments/unmatched/" + euros + "/assign", Map.of("invoiceId", euro.id())).problem())
			.isEqualTo("payment-currency-differs");
		Api.Response missing = staff.post("/api/v1/payments/unmatched/" + tooLittle + "/assign", Map.of());
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.body()).contains("\"invoiceId\"");
		Api.Response nosuch = staff.post("/api/v1/payments/unmatched/" + tooLittle + "/assign",
				Map.of("invoiceId", "no-such-invoice"));
		assertThat(nosuch.status()).isEqualTo(400);
		assertThat(nosuch.body()).contains("\"invoiceId\"");
		assertThat(staff.post("/api/v1/payments/unmatched/no-such-payment/assign", Map.of("invoiceId", paid.id())).status())
			.isEqualTo(404);
		assertThat(api.bearer(pilot.person("payments-nobody", Set.of()).token())
			.post("/api/v1/payments/unmatched/" + tooLittle + "/assign", Map.of("invoiceId", shortPaid.id())).status())
			.isEqualTo(403);
		assertThat(invoices.find(shortPaid.id()).orElseThrow().status()).isEqualTo(Invoice.Status.OPEN);

		Invoice hundred = invoice("100");
		Api.Response assigned = staff.post("/api/v1/payments/unmatched/" + tooLittle + "/assign",
				Map.of("invoiceId", hundred.id()));
		assertThat(assigned.status()).as("%s", assigned).isEqualTo(200);
		assertThat(assigned.json().path("status").asString()).isEqualTo("ASSIGNED");
		Invoice nowPaid = invoices.find(hundred.id()).orElseThrow();
		assertThat(nowPaid.status()).isEqualTo(Invoice.Status.PAID);
		assertThat(nowPaid.paidOn()).as("the bank's booking date").isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(auditEntries(hundred.id(), "INVOICE_PAID")).isEqualTo(1);
		assertThat(staff.post("/api/v1/payments/unmatched/" + tooLittle + "/assign", Map.of("invoiceId", hundred.id()))
			.status()).isEqualTo(409);

		Api.Response refund = staff.post("/api/v1/payments/unmatched/" + euros + "/refund", Map.of());
		assertThat(refund.status()).as("%s", refund).isEqualTo(200);
		assertThat(refund.json().path("status").asString()).isEqualTo("REFUND");
		assertThat(staff.post("/api/v1/payments/unmatched/" + euros + "/refund", Map.of()).status()).isEqualTo(409);
		assertThat(staff.get("/api/v1/payments/unmatched?size=500").json().path("items").findValuesAsString("id"))
			.contains(unknown).doesNotContain(tooLittle, euros);
		assertThat(staff.get("/api/v1/payments/unmatched?status=REFUND&size=500").json().path("items")
			.findValuesAsString("id")).contains(euros);
		Api.Response wrong = staff.get("/api/v1/payments/unmatched?status=BOOKED");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.body()).contains("\"status\"");
	}
}
