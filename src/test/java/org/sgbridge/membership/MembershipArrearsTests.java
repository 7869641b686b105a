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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sgbridge.platform.Actor;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures.Person;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 19, yearly invoicing as ITU does it, with the injected clock: the invoices of 2028 go out in
 * September 2027, due on 31 March 2028; unpaid, the membership is still active on 30 September and
 * suspended from 1 October (a registration for a meeting of its sector is then 422
 * membership-suspended, naming the rule); the day the bank's payment is booked it is restored.
 */
class MembershipArrearsTests extends ApiTest {

	@Autowired
	MembershipInvoicing invoicing;

	@Autowired
	MembershipRegister register;

	@Autowired
	Invoices invoices;

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	/**
	 * The yearly run invoices every membership in the shared test database: the invoices of 2028 that
	 * stay open are cancelled and the memberships they suspended restored, so that no other test finds
	 * its organisation suspended.
	 */
	@AfterEach
	void now() {
		clock.setInstant(null);
		for (String id : jdbc.sql("SELECT id FROM invoice WHERE purpose = 'MEMBERSHIP' AND status = 'OPEN' AND due_on = DATE '2028-03-31'")
			.query(String.class).list()) {
			invoices.cancel(id, "test", org.sgbridge.platform.Act.system(clock));
		}
		jdbc.sql("""
				UPDATE membership SET status = 'ACTIVE' WHERE status = 'SUSPENDED' AND id IN (
				    SELECT membership_id FROM membership_history WHERE reason = 'arrears' AND effective_on = DATE '2028-10-01')""")
			.update();
	}

	private void on(LocalDate day) {
		clock.setInstant(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
	}

	/** A client signed in today (a token from another day of the clock would have expired). */
	private Api as(Person person) {
		return api.bearer(pilot.people().token(person.email(), org.sgbridge.testing.TestAccounts.PASSWORD));
	}

	@Test
	void sixMonthsInArrearsSuspendsAndTheBookedPaymentRestores() throws Exception {
		Person staffPerson = pilot.person("arrears-staff", Set.of("SECRETARIAT"));
		Person delegate = pilot.person("arrears-delegate", Set.of());
		Actor secretariat = new Actor("arrears-staff", "staff@example.org", "Staff", Set.of(Actor.SECRETARIAT));
		on(LocalDate.of(2027, 9, 2));
		Api staff = as(staffPerson);
		assertThat(staff.put("/api/v1/membership-categories/SECTOR_MEMBER?sector=ITU-T",
				Map.of("annualFee", Map.of("amount", 31800, "currency", "CHF"))).status()).isEqualTo(200);
		String member = staff.post("/api/v1/organizations", Map.of("name", "Arrears Telecom " + System.nanoTime(), "kind",
				"SECTOR_MEMBER", "country", "IT", "sectors", List.of("ITU-T"))).json().path("id").asString();
		assertThat(staff.post("/api/v1/organizations/" + member + "/members", Map.of("accountId", delegate.id())).status())
			.isEqualTo(201);
		Membership membership = register.of(member).get(0);
		register.setClass(secretariat, membership.id(), "1/2");

		MembershipInvoicing.Issued issued = invoicing.issueYear(secretariat, 2028);
		assertThat(issued.issued()).isGreaterThanOrEqualTo(1);
		List<Invoice> ofMembership = invoices.of(Invoice.Purpose.MEMBERSHIP, membership.id());
		assertThat(ofMembership).singleElement().satisfies(i -> {
			assertThat(i.dueOn()).isEqualTo(LocalDate.of(2028, 3, 31));
			assertThat(i.amount()).isEqualByComparingTo("15900.00");
			assertThat(i.number()).startsWith("2027-");
		});
		invoicing.issueYear(secretariat, 2028);
		assertThat(invoices.of(Invoice.Purpose.MEMBERSHIP, membership.id())).as("renewed once a year").hasSize(1);

		on(LocalDate.of(2028, 9, 30));
		invoicing.suspendInArrears();
		assertThat(register.find(membership.id()).orElseThrow().status()).isEqualTo(Membership.Status.ACTIVE);

		on(LocalDate.of(2028, 10, 1));
		invoicing.suspendInArrears();
		assertThat(register.find(membership.id()).orElseThrow().status()).isEqualTo(Membership.Status.SUSPENDED);
		staff = as(staffPerson);
		String meeting = staff.post("/api/v1/meetings", new HashMap<>(Map.of("studyGroup", "ITU-T-SG13", "kind",
				"STUDY_GROUP", "title", "SG13 arrears " + System.nanoTime(), "startDate", "2028-11-20", "endDate", "2028-11-24",
				"city", "Geneva", "country", "CH", "remoteParticipation", true, "registrationOpens", "2028-09-01",
				"registrationCloses", "2028-11-10"))).json().path("id").asString();
		Api.Response refused = as(delegate).with("Accept-Language", "fr").post("/api/v1/meetings/" + meeting
				+ "/registrations", Map.of("organizationId", member, "mode", "REMOTE", "visaSupport", false));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problem()).isEqualTo("membership-suspended");
		assertThat(refused.json().path("detail").asString()).contains("suspendue").contains("ITU-T");

		on(LocalDate.of(2028, 10, 12));
		Invoice invoice = invoices.of(Invoice.Purpose.MEMBERSHIP, membership.id()).get(0);
		String xml = PaymentImportApiTests.sample("camt054-credit.xml", Map.of("run", PaymentImportApiTests.run(), "ref",
				invoice.reference(), "amount", "15900.00", "booked", "2028-10-12", "debtor", "Arrears Telecom"));
		HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/v1/payments/imports")).header("Content-Type", "application/xml")
			.header("Authorization", "Bearer " + pilot.people().token(staffPerson.email(), org.sgbridge.testing.TestAccounts.PASSWORD))
			.POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		assertThat(imported.body()).contains("\"matched\":1");
		assertThat(register.find(membership.id()).orElseThrow().status()).isEqualTo(Membership.Status.ACTIVE);
		assertThat(register.history(membership.id())).extracting(row -> row.get("reason"))
			.containsExactly("created", "arrears", "payment");
		Api.Response registered = as(delegate).post("/api/v1/meetings/" + meeting + "/registrations",
				Map.of("organizationId", member, "mode", "REMOTE", "visaSupport", false));
		assertThat(registered.status()).as("%s", registered).isEqualTo(201);
	}
}
