package org.sgbridge.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import net.codecrete.qrbill.generator.Bill;
import net.codecrete.qrbill.generator.QRBill;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sgbridge.platform.Act;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures.Person;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * API.md "Membership, fees and pay-as-you-go", invoices: the organisation's members and the
 * secretariat read an invoice (anyone else: 404), as JSON with the fields of the contract or as PDF
 * whose Swiss QR-bill code, decoded from the rendered page, holds the amount, the creditor's QR-IBAN
 * and the reference; the PDF's text names the invoice and the organisation in any script.
 */
class InvoiceApiTests extends ApiTest {

	static final String QR_IBAN = "CH4431999123000889012";

	@Autowired
	Invoices invoices;

	record Billed(Person member, String organization, Invoice invoice) {
	}

	/** A name unique in the test database (PostgreSQL keeps the organisations of earlier runs). */
	private static String unique(String name) {
		return name + " " + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	private Billed billed(String name, BigDecimal amount) {
		Person rep = pilot.person("invoice-member", Set.of());
		String org = pilot.sme(rep, name, "SN", 20, 300000, "USD");
		LocalDate today = LocalDate.now(clock);
		Invoice invoice = invoices.issue(org, Invoice.Purpose.MEETING, "registration-" + name.hashCode(),
				"Participation fee: SG20 meeting", amount, today.plusDays(30), Act.system(clock));
		return new Billed(rep, org, invoice);
	}

	@Test
	void theOrganisationsMemberReadsItsInvoiceWithTheFieldsOfTheContract() {
		Billed b = billed(unique("Invoice Reader SARL"), new BigDecimal("150.5"));
		Api.Response r = api.bearer(b.member().token()).get("/api/v1/invoices/" + b.invoice().id());
		assertThat(r.status()).as("%s", r).isEqualTo(200);
		JsonNode json = r.json();
		for (String field : List.of("id", "number", "organizationId", "amount", "currency", "status", "reference", "issuedOn",
				"dueOn", "paidAmount")) {
			assertThat(json.has(field)).as(field).isTrue();
		}
		assertThat(json.path("number").asString()).matches("\\d{4}-\\d{6}").isEqualTo(b.invoice().number());
		assertThat(json.path("organizationId").asString()).isEqualTo(b.organization());
		assertThat(json.path("amount").isNumber()).isTrue();
		assertThat(r.body()).contains("\"amount\":150.50");
		assertThat(json.path("currency").asString()).isEqualTo("CHF");
		assertThat(json.path("status").asString()).isEqualTo("OPEN");
		assertThat(json.path("reference").asString()).hasSize(27).containsOnlyDigits();
		assertThat(json.path("issuedOn").asString()).isEqualTo(LocalDate.now(clock).toString());
		assertThat(json.path("paidAmount").isNull()).isTrue();

		assertThat(api.bearer(pilot.secretariat()).get("/api/v1/invoices/" + b.invoice().id()).status()).isEqualTo(200);
		Api.Response other = api.bearer(pilot.person("invoice-stranger", Set.of()).token())
			.get("/api/v1/invoices/" + b.invoice().id());
		assertThat(other.status()).as("another organisation's invoice").isEqualTo(404);
		assertThat(other.problem()).isEqualTo("not-found");
		assertThat(api.bearer(b.member().token()).get("/api/v1/invoices/no-such-invoice").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/invoices/" + b.invoice().id()).status()).isEqualTo(401);
		assertThat(api.bearer(pilot.person("invoice-stranger", Set.of()).token())
			.getBytes("/api/v1/invoices/" + b.invoice().id(), "Accept", "application/pdf").statusCode()).isEqualTo(404);
	}

	@Test
	void membersListTheirOrganisationsInvoicesAndTheSecretariatListsAllByStatus() {
		Billed mine = billed(unique("Listed Invoices Ltd"), new BigDecimal("99.95"));
		Billed theirs = billed(unique("Other Listed Ltd"), new BigDecimal("42"));
		invoices.cancel(theirs.invoice().id(), "unpaid", Act.system(clock));

		JsonNode own = api.bearer(mine.member().token()).get("/api/v1/invoices").json();
		assertThat(own.path("items").findValuesAsString("id")).containsExactly(mine.invoice().id());
		assertThat(own.path("total").asLong()).isEqualTo(1);
		assertThat(own.path("page").asInt()).isZero();
		assertThat(own.path("size").asInt()).isEqualTo(50);

		Api staff = api.bearer(pilot.secretariat());
		JsonNode cancelled = staff.get("/api/v1/invoices?status=CANCELLED&size=500").json();
		assertThat(cancelled.path("items").findValuesAsString("id")).contains(theirs.invoice().id())
			.doesNotContain(mine.invoice().id());
		assertThat(cancelled.path("items").findValuesAsString("status")).containsOnly("CANCELLED");
		JsonNode open = staff.get("/api/v1/invoices?status=open&size=500").json();
		assertThat(open.path("items").findValuesAsString("id")).contains(mine.invoice().id());

		Api.Response wrong = staff.get("/api/v1/invoices?status=UNPAID");
		assertThat(wrong.status()).as("%s", wrong).isEqualTo(400);
		assertThat(wrong.problem()).isEqualTo("invalid-input");
		assertThat(wrong.body()).contains("\"status\"");
		assertThat(api.bearer(pilot.person("invoice-nobody", Set.of()).token()).get("/api/v1/invoices").json()
			.path("total").asLong()).isZero();
		assertThat(api.get("/api/v1/invoices").status()).isEqualTo(401);
	}

	@Test
	void theInvoicePdfsQrCodeHoldsTheAmountTheCreditorsQrIbanAndTheReference() throws Exception {
		String name = unique("QR Bill Reader AG");
		Billed b = billed(name, new BigDecimal("1234.50"));
		byte[] pdf = pdf(b, "en");
		String qr = qrCode(pdf);
		String[] lines = qr.split("\\r?\\n");
		assertThat(lines[0]).isEqualTo("SPC");
		assertThat(lines).contains(QR_IBAN, "1234.50", "CHF", "QRR", b.invoice().reference(), "EPD");
		Bill bill = QRBill.decodeQrCodeText(qr);
		assertThat(bill.getAccount()).isEqualTo(QR_IBAN);
		assertThat(bill.getAmount()).isEqualByComparingTo("1234.50");
		assertThat(bill.getReference()).isEqualTo(b.invoice().reference());
		assertThat(bill.getCreditor().getName()).isEqualTo("International Telecommunication Union");
		assertThat(bill.getCreditor().getTown()).isEqualTo("Genève 20");

		String text = text(pdf);
		assertThat(text).contains(b.invoice().number(), name, "Invoice", "CHF 1 234.50", "Receipt",
				"Payment part");
		assertThat(text(pdf(b, "fr"))).contains("Facture", "Récépissé", "Section paiement");
	}

	@Test
	void arabicAndChineseOrganisationNamesComeOutWithoutReplacementGlyphs() throws Exception {
		for (String[] c : new String[][] { { "ar", "شركة الجسر الرقمي" }, { "zh", "深圳数字桥科技有限公司" } }) {
			String suffix = unique("").strip();
			Billed b = billed(c[1] + " " + suffix, new BigDecimal("75"));
			byte[] pdf = pdf(b, c[0]);
			Path folder = Files.createDirectories(Path.of("target", "invoices"));
			Files.write(folder.resolve("invoice-" + c[0] + ".pdf"), pdf);
			String text = readable(text(pdf));
			assertThat(text).as(c[0]).doesNotContain("\uFFFD").contains(readable(c[1])).contains(suffix)
				.contains(b.invoice().number());
			assertThat(qrCode(pdf)).contains(b.invoice().reference());
		}
	}

	private byte[] pdf(Billed b, String language) {
		HttpResponse<byte[]> response = api.bearer(b.member().token()).with("Accept-Language", language)
			.getBytes("/api/v1/invoices/" + b.invoice().id(), "Accept", "application/pdf");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		return response.body();
	}

	static String qrCode(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 300, ImageType.GRAY);
			BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
			return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
		}
	}

	static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			return new PDFTextStripper().getText(document);
		}
	}

	private static String readable(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\u2066-\u2069]", "").replaceAll("\\s+", " ");
	}
}
