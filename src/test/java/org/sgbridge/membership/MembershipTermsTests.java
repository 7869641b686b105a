package org.sgbridge.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 19, the terms that are data: interest on arrears at the rate the secretariat sets, counted
 * from the day after the due date; notice of cancellation taking effect six months later, after which
 * the membership's sector no longer entitles and no invoice falling due later is issued.
 */
class MembershipTermsTests extends ApiTest {

	@Autowired
	MembershipInvoicing invoicing;

	@Autowired
	MembershipRegister register;

	@Autowired
	Invoices invoices;

	static final Actor STAFF = MembershipTests.STAFF;

	@AfterEach
	void now() {
		clock.setInstant(null);
	}

	@Test
	void interestOnArrearsRunsFromTheDayAfterTheDueDateAtTheRateThatIsSet() {
		assertThat(MembershipInvoicing.interest(new BigDecimal("1000.00"), LocalDate.of(2028, 3, 31), LocalDate.of(2028, 10, 1),
				new BigDecimal("5"))).isEqualByComparingTo("25.21"); // 184 days
		assertThat(MembershipInvoicing.interest(new BigDecimal("1000.00"), LocalDate.of(2028, 3, 31), LocalDate.of(2028, 3, 31),
				new BigDecimal("5"))).isEqualByComparingTo("0.00");
		invoicing.setArrearsRate(STAFF, new BigDecimal("4.5"));
		assertThat(invoicing.arrearsRate()).isEqualByComparingTo("4.5");
		for (String wrong : List.of("-1", "100.5", "2.125")) {
			assertThatThrownBy(() -> invoicing.setArrearsRate(STAFF, new BigDecimal(wrong)))
				.isInstanceOfSatisfying(Problem.class, p -> assertThat(p.fieldProblems()).extracting(Problem.FieldProblem::field)
					.containsExactly("arrearsRate"));
		}
		Actor member = new Actor("someone", "someone@example.org", "Someone", Set.of());
		assertThatThrownBy(() -> invoicing.setArrearsRate(member, BigDecimal.ONE))
			.isInstanceOfSatisfying(Problem.class, p -> assertThat(p.slug()).isEqualTo("forbidden"));
		assertThat(invoicing.arrearsRate()).as("nothing saved by a refusal").isEqualByComparingTo("4.5");
	}

	@Test
	void aNoticeEndsTheMembershipSixMonthsLaterAndItsSectorNoLongerEntitles() {
		Person staffPerson = pilot.person("terms-staff", Set.of("SECRETARIAT"));
		Person delegate = pilot.person("terms-delegate", Set.of());
		clock.setInstant(LocalDate.of(2029, 1, 10).atTime(9, 0).toInstant(ZoneOffset.UTC));
		Api staff = api.bearer(pilot.people().token(staffPerson.email(), TestAccounts.PASSWORD));
		String org = staff.post("/api/v1/organizations", Map.of("name", "Leaving Networks " + System.nanoTime(), "kind",
				"ACADEMIA", "country", "PT", "sectors", List.of("ITU-T"))).json().path("id").asString();
		staff.post("/api/v1/organizations/" + org + "/members", Map.of("accountId", delegate.id()));
		Membership m = register.of(org).get(0);

		Membership noticed = register.giveNotice(STAFF, m.id());
		assertThat(noticed.noticeGivenOn()).isEqualTo(LocalDate.of(2029, 1, 10));
		assertThat(noticed.endsOn()).isEqualTo(LocalDate.of(2029, 7, 10));
		assertThatThrownBy(() -> register.giveNotice(STAFF, m.id()))
			.isInstanceOfSatisfying(Problem.class, p -> assertThat(p.slug()).isEqualTo("notice-given"));
		assertThatThrownBy(() -> register.giveNotice(new Actor(delegate.id(), delegate.email(), "D", Set.of()), m.id()))
			.as("a member who is not its representative").isInstanceOfSatisfying(Problem.class,
					p -> assertThat(p.slug()).isEqualTo("forbidden"));

		clock.setInstant(LocalDate.of(2029, 7, 9).atTime(9, 0).toInstant(ZoneOffset.UTC));
		invoicing.endNoticed();
		assertThat(register.find(m.id()).orElseThrow().status()).isEqualTo(Membership.Status.ACTIVE);
		clock.setInstant(LocalDate.of(2029, 7, 10).atTime(9, 0).toInstant(ZoneOffset.UTC));
		invoicing.endNoticed();
		assertThat(register.find(m.id()).orElseThrow().status()).isEqualTo(Membership.Status.ENDED);

		staff = api.bearer(pilot.people().token(staffPerson.email(), TestAccounts.PASSWORD));
		String meeting = staff.post("/api/v1/meetings", new HashMap<>(Map.of("studyGroup", "ITU-T-SG2", "kind", "STUDY_GROUP",
				"title", "SG2 after notice " + System.nanoTime(), "startDate", "2029-09-10", "endDate", "2029-09-12", "city",
				"Geneva", "country", "CH", "remoteParticipation", true, "registrationOpens", "2029-07-01", "registrationCloses",
				"2029-09-01"))).json().path("id").asString();
		Api.Response refused = api.bearer(pilot.people().token(delegate.email(), TestAccounts.PASSWORD))
			.post("/api/v1/meetings/" + meeting + "/registrations", Map.of("organizationId", org, "mode", "REMOTE",
					"visaSupport", false));
		assertThat(refused.status()).as("%s", refused).isEqualTo(422);
		assertThat(refused.problem()).isEqualTo("not-entitled");

		clock.setInstant(LocalDate.of(2029, 9, 2).atTime(9, 0).toInstant(ZoneOffset.UTC));
		MembershipInvoicing.Preview preview = invoicing.preview(STAFF, 2030);
		invoicing.issueYear(STAFF, 2030);
		assertThat(invoices.of(Invoice.Purpose.MEMBERSHIP, m.id())).as("an ended membership is not invoiced").isEmpty();
		assertThat(invoicing.preview(STAFF, 2030).toInvoice()).as("all issued").isZero();
		assertThat(preview.toInvoice()).isGreaterThanOrEqualTo(0);
	}

	/** The 2030 invoices of the shared test database are cancelled, so that no other test meets them. */
	@AfterEach
	void cancel2030() {
		for (Invoice i : invoices.all(Invoice.Status.OPEN)) {
			if (i.purpose() == Invoice.Purpose.MEMBERSHIP && i.dueOn().getYear() == 2030) {
				invoices.cancel(i.id(), "test", org.sgbridge.platform.Act.system(clock));
			}
		}
	}
}
