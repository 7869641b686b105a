package org.sgbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.SgBridgeApplication;
import org.sgbridge.membership.MembershipCategories;
import org.sgbridge.membership.PaymentImports;
import org.sgbridge.membership.SmeCategoryWhatIf;
import org.sgbridge.platform.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo's illustrative members reproduce what the PP-18 report stated, computed by the what-if
 * and not written down: at 300 employees and the demo's SME fee, more than 60 current Sector Members
 * and Associates would pay less; the small members of developing countries at 1/16 of a unit and the
 * Associates of ITU-D groups, who pay no more than that fee already, would not.
 */
@SpringBootTest(classes = SgBridgeApplication.class)
class DemoMembershipTests {

	@Autowired
	DemoData demo;

	@Autowired
	SmeCategoryWhatIf whatIf;

	@Autowired
	MembershipCategories categories;

	@Test
	void atThreeHundredEmployeesMoreThanSixtyMembersWouldPayLess() {
		demo.load("demo password for the tests");
		Actor staff = new Actor("demo-membership-test", "staff@example.org", "Staff", Set.of(Actor.SECRETARIAT));
		BigDecimal smeFee = categories.all().stream().filter(c -> c.code().equals("SME") && c.sector().equals("ITU-T"))
			.findFirst().orElseThrow().annualFee();
		assertThat(smeFee).isEqualByComparingTo("2650");

		SmeCategoryWhatIf.Outcome at300 = whatIf.weigh(staff, 300, smeFee, "CHF");
		List<SmeCategoryWhatIf.Qualifier> illustrative = at300.members().stream()
			.filter(q -> q.name().endsWith("(illustrative)")).toList();
		assertThat(illustrative).hasSize(67);
		assertThat(at300.qualifyingMembers()).isGreaterThan(60);
		List<String> notQualifying = MembershipHistory.MEMBERS.stream()
			.filter(m -> "1/16".equals(m.contributoryClass()) || (m.studyGroup() != null && m.studyGroup().startsWith("ITU-D"))
					|| m.employees() > 300)
			.map(MembershipHistory.Member::name).toList();
		assertThat(notQualifying).hasSize(23);
		assertThat(illustrative).extracting(SmeCategoryWhatIf.Qualifier::name).doesNotContainAnyElementsOf(notQualifying);
		assertThat(at300.incomeLost()).isPositive();

		SmeCategoryWhatIf.Outcome at250 = whatIf.weigh(staff, 250, smeFee, "CHF");
		assertThat(at250.qualifyingMembers()).isLessThan(at300.qualifyingMembers());
	}

	@Autowired
	org.sgbridge.membership.Invoices invoices;

	@Autowired
	org.sgbridge.membership.PaymentImports payments;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@org.springframework.beans.factory.annotation.Value("${sgbridge.demo.folder:data/demo}")
	String demoFolder;

	@Test
	void aYearOfInvoicesInEveryStateAndAMeetingPaidByOneCompanyNotYetByTheOther() throws Exception {
		demo.load("demo password for the tests");
		List<java.util.Map<String, Object>> states = jdbc.sql("""
				SELECT i.status, COUNT(*) AS n FROM invoice i
				WHERE i.purpose = 'MEMBERSHIP' AND i.due_on = DATE '2026-03-31' GROUP BY i.status""").query().listOfRows();
		java.util.Map<String, Long> byStatus = new java.util.HashMap<>();
		states.forEach(r -> byStatus.put(String.valueOf(r.get("status")), ((Number) r.get("n")).longValue()));
		assertThat(byStatus).containsOnlyKeys("PAID", "OPEN", "CANCELLED", "REFUNDED");
		assertThat(byStatus.get("OPEN")).as("two left unpaid, one paid late").isEqualTo(2);
		assertThat(byStatus.get("CANCELLED")).isEqualTo(1);
		assertThat(byStatus.get("REFUNDED")).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM membership WHERE status = 'SUSPENDED'").query(Long.class).single())
			.as("suspended for arrears since 1 October").isEqualTo(2);

		List<String> statuses = jdbc.sql("""
				SELECT r.status FROM registration r JOIN organization o ON o.id = r.organization_id
				WHERE o.kind = 'COMPANY' AND o.name LIKE '%(fictional)' ORDER BY o.name""").query(String.class).list();
		assertThat(statuses).containsExactly("PENDING_VALIDATION", "PENDING_PAYMENT");

		// The file written for trying the import pays the unpaid registration and an invoice of 2027, parks two credits.
		byte[] file = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(demoFolder, "camt054-demo.xml"));
		PaymentImports.Result result = payments.importFile(new Actor("demo-try", "staff@example.org", "Staff",
				Set.of(Actor.SECRETARIAT)), "camt054-demo.xml", file);
		assertThat(result.entries()).isEqualTo(4);
		assertThat(result.matched()).isEqualTo(2);
		assertThat(result.unmatched()).isEqualTo(2);
		assertThat(jdbc.sql("""
				SELECT r.status FROM registration r JOIN organization o ON o.id = r.organization_id
				WHERE o.kind = 'COMPANY' AND o.name LIKE '%(fictional)' ORDER BY o.name""").query(String.class).list())
			.containsExactly("PENDING_VALIDATION", "PENDING_VALIDATION");
	}
}
