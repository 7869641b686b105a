package org.sgbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.SgBridgeApplication;
import org.sgbridge.membership.MembershipCategories;
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
}
