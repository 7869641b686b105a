package org.sgbridge.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.meeting.MeetingRegistrations;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures.Person;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * API.md "Membership, fees and pay-as-you-go": a meeting with a fee takes companies that are not
 * members and SMEs outside the pilot; each registration is invoiced at once and waits in
 * PENDING_PAYMENT (holding its seat) until the bank's camt.054 notification pays it, then goes to
 * its country's DFP; unpaid when registration closes, it is cancelled with its invoice; paid and
 * cancelled before the meeting, it is refunded by a credit note.
 */
class PayAsYouGoTests extends ApiTest {

	@Autowired
	Invoices invoices;

	@Autowired
	MeetingRegistrations registrations;

	private final HttpClient http = HttpClient.newHttpClient();

	private Api staff() {
		return api.bearer(pilot.secretariat());
	}

	private String meeting(String group, LocalDate opens, LocalDate closes, LocalDate start, Integer capacity) {
		Map<String, Object> body = new HashMap<>(Map.of("studyGroup", group, "kind", "STUDY_GROUP", "title",
				"Pay-as-you-go " + System.nanoTime(), "startDate", start.toString(), "endDate", start.plusDays(2).toString(),
				"city", "Geneva", "country", "CH", "remoteParticipation", true, "registrationOpens", opens.toString(),
				"registrationCloses", closes.toString()));
		if (capacity != null) {
			body.put("capacity", capacity);
		}
		Api.Response created = staff().post("/api/v1/meetings", body);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().path("id").asString();
	}

	private String company(Person rep, String country) {
		Api.Response created = api.bearer(rep.token()).post("/api/v1/organizations",
				Map.of("name", "Paying Co " + System.nanoTime(), "kind", "COMPANY", "country", country, "employees", 40));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().path("id").asString();
	}

	private Api.Response register(Person who, String meeting, String organization, String mode) {
		return api.bearer(who.token()).post("/api/v1/meetings/" + meeting + "/registrations",
				Map.of("organizationId", organization, "mode", mode, "visaSupport", false));
	}

	/** The bank's notification of one credit for this invoice, imported by the secretariat. */
	private JsonNode pay(JsonNode invoice, String amount) throws Exception {
		String xml = PaymentImportApiTests.sample("camt054-credit.xml", Map.of("run", PaymentImportApiTests.run(), "ref",
				invoice.path("reference").asString(), "amount", amount, "booked", LocalDate.now(clock).toString(), "debtor",
				"Paying Co"));
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/v1/payments/imports")).header("Content-Type", "application/xml")
			.header("Authorization", "Bearer " + pilot.secretariat())
			.POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body());
	}

	@Test
	void aCompanyRegistersIsInvoicedHoldsItsSeatAndGoesToItsDfpOncePaid() throws Exception {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		String meeting = meeting("ITU-T-SG16", today.minusDays(1), today.plusDays(20), today.plusDays(40), 1);
		Person earlyRep = pilot.person("payg-nofee", Set.of());
		Api.Response refused = register(earlyRep, meeting, company(earlyRep, "BJ"), "REMOTE");
		assertThat(refused.status()).as("without a fee a company is not entitled").isEqualTo(422);
		assertThat(refused.problem()).isEqualTo("not-entitled");

		Api.Response fee = staff().put("/api/v1/meetings/" + meeting + "/fee", Map.of("amount", 450, "currency", "CHF"));
		assertThat(fee.status()).as("%s", fee).isEqualTo(200);
		assertThat(fee.json().path("amount").decimalValue()).isEqualByComparingTo("450");
		assertThat(staff().put("/api/v1/meetings/" + meeting + "/fee", Map.of("amount", 450, "currency", "EUR")).problem())
			.isEqualTo("invalid-input");

		Person dfp = pilot.dfp("BJ");
		Person rep = pilot.person("payg-rep", Set.of());
		String company = company(rep, "BJ");
		Api.Response registered = register(rep, meeting, company, "IN_PERSON");
		assertThat(registered.status()).as("%s", registered).isEqualTo(201);
		assertThat(registered.json().path("status").asString()).isEqualTo("PENDING_PAYMENT");
		String invoiceId = registered.json().path("invoiceId").asString();
		assertThat(invoiceId).isNotBlank();
		String registration = registered.json().path("id").asString();

		// the seat is held: the room of one is full
		Person other = pilot.person("payg-other", Set.of());
		assertThat(register(other, meeting, company(other, "BJ"), "IN_PERSON").problem()).isEqualTo("meeting-full");

		Api.Response invoice = api.bearer(rep.token()).get("/api/v1/invoices/" + invoiceId);
		assertThat(invoice.status()).as("%s", invoice).isEqualTo(200);
		assertThat(invoice.json().path("amount").decimalValue()).isEqualByComparingTo("450.00");
		assertThat(invoice.json().path("status").asString()).isEqualTo("OPEN");
		assertThat(invoice.json().path("organizationId").asString()).isEqualTo(company);
		assertThat(api.bearer(other.token()).get("/api/v1/invoices/" + invoiceId).status()).isEqualTo(404);

		Api.Response early = api.bearer(dfp.token()).post("/api/v1/registrations/" + registration + "/validation",
				Map.of("decision", "APPROVE"));
		assertThat(early.problem()).as("not before it is paid").isEqualTo("payment-pending");
		int mailsBefore = mailbox.to(dfp.email(), 100).size();

		JsonNode imported = pay(invoice.json(), "450.00");
		assertThat(imported.path("matched").asInt()).isEqualTo(1);
		assertThat(api.bearer(rep.token()).get("/api/v1/invoices/" + invoiceId).json().path("status").asString())
			.isEqualTo("PAID");
		assertThat(registrations.paymentReceived(registration).status().name())
			.as("the booking moved it on").isEqualTo("PENDING_VALIDATION");
		assertThat(mailbox.to(dfp.email(), 100)).as("its DFP is asked to validate").hasSizeGreaterThan(mailsBefore);

		Api.Response validated = api.bearer(dfp.token()).post("/api/v1/registrations/" + registration + "/validation",
				Map.of("decision", "APPROVE"));
		assertThat(validated.json().path("status").asString()).isEqualTo("VALIDATED");
	}

	@Test
	void unpaidWhenRegistrationClosesItIsRemindedOnceThenCancelledWithItsInvoice() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		String meeting = meeting("ITU-T-SG20", today.minusDays(1), today.plusDays(2), today.plusDays(30), null);
		staff().put("/api/v1/meetings/" + meeting + "/fee", Map.of("amount", "120.50", "currency", "CHF"));
		Person rep = pilot.person("payg-unpaid", Set.of());
		// an SME outside the pilot (it never asked to join) takes part by paying
		String sme = pilot.sme(rep, "Outside the pilot " + System.nanoTime(), "TG", 8, 50_000, "XOF");
		Api.Response registered = register(rep, meeting, sme, "REMOTE");
		assertThat(registered.json().path("status").asString()).as("%s", registered).isEqualTo("PENDING_PAYMENT");
		String registration = registered.json().path("id").asString();
		String invoiceId = registered.json().path("invoiceId").asString();

		int before = mailbox.to(rep.email(), 100).size();
		registrations.settleUnpaid();
		registrations.settleUnpaid();
		assertThat(mailbox.to(rep.email(), 100)).as("reminded once").hasSize(before + 1);
		assertThat(invoices.find(invoiceId).orElseThrow().status()).isEqualTo(Invoice.Status.OPEN);

		clock.setInstant(today.plusDays(3).atTime(1, 0).toInstant(ZoneOffset.UTC));
		assertThat(registrations.settleUnpaid()).isGreaterThanOrEqualTo(1);
		clock.setInstant(null);
		JsonNode mine = api.bearer(rep.token()).get("/api/v1/registrations/" + registration).json();
		assertThat(mine.path("status").asString()).isEqualTo("CANCELLED");
		assertThat(mine.path("reason").asString()).isEqualTo("unpaid");
		assertThat(invoices.find(invoiceId).orElseThrow().status()).isEqualTo(Invoice.Status.CANCELLED);
		assertThat(invoices.creditNoteOf(invoiceId)).get().satisfies(n -> assertThat(n.number()).matches("CN-\\d{4}-\\d{6}"));
	}

	@Test
	void aPaidRegistrationCancelledBeforeTheMeetingIsRefundedByACreditNote() throws Exception {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		String meeting = meeting("ITU-D-SG1", today.minusDays(1), today.plusDays(10), today.plusDays(25), null);
		staff().put("/api/v1/meetings/" + meeting + "/fee", Map.of("amount", 80, "currency", "CHF"));
		Person rep = pilot.person("payg-refund", Set.of());
		Api.Response registered = register(rep, meeting, company(rep, "SN"), "REMOTE");
		String invoiceId = registered.json().path("invoiceId").asString();
		pay(api.bearer(rep.token()).get("/api/v1/invoices/" + invoiceId).json(), "80.00");

		Api.Response cancelled = api.bearer(rep.token()).delete("/api/v1/registrations/" + registered.json().path("id").asString());
		assertThat(cancelled.status()).as("%s", cancelled).isEqualTo(200);
		assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
		Invoice refunded = invoices.find(invoiceId).orElseThrow();
		assertThat(refunded.status()).isEqualTo(Invoice.Status.REFUNDED);
		assertThat(invoices.creditNoteOf(invoiceId)).get()
			.satisfies(n -> assertThat(n.amount()).isEqualByComparingTo("80.00"));
	}

	@Test
	void membersAreNotChargedAndAMeetingWithoutAFeeStillRefusesACompany() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		String meeting = meeting("ITU-T-SG17", today.minusDays(1), today.plusDays(10), today.plusDays(25), null);
		staff().put("/api/v1/meetings/" + meeting + "/fee", Map.of("amount", 200, "currency", "CHF"));
		Person member = pilot.person("payg-member", Set.of());
		String sectorMember = staff().post("/api/v1/organizations", Map.of("name", "Member Co " + System.nanoTime(), "kind",
				"SECTOR_MEMBER", "country", "FR", "sectors", List.of("ITU-T"))).json().path("id").asString();
		assertThat(staff().post("/api/v1/organizations/" + sectorMember + "/members", Map.of("accountId", member.id())).status())
			.isEqualTo(201);
		Api.Response registered = register(member, meeting, sectorMember, "REMOTE");
		assertThat(registered.json().path("status").asString()).as("%s", registered).isEqualTo("PENDING_VALIDATION");
		assertThat(registered.json().has("invoiceId")).isFalse();
	}
}
